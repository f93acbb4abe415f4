import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

/** The fault scenarios of issue 18 (`npm run test:faults`; `npm test` runs them too). */
export default defineConfig({ ...base, testDir: 'tests/faults', fullyParallel: false, workers: 1 });
