import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const DEMO_CSV = 'procedures-sample.csv';

/**
 * The demo's procedure list is read from beside the running code (`demo-content.ts`); the
 * compiled manager runs from dist/, so the file is copied there.
 */
const copyDemoCsv: Plugin = {
  name: 'bangtin-copy-demo-csv',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: DEMO_CSV,
      source: readFileSync(new URL(`./src/demo/${DEMO_CSV}`, import.meta.url)),
    });
  },
};

/**
 * The manager compiled for Node: one file per entry (the server and the import worker, which
 * is started by its file name), both in dist/ at the depth of src/, so that paths written
 * relative to the code (`../../player/dist`, `../ui/dist`) hold in both forms. Packages from
 * node_modules stay imports (better-sqlite3 is native); the workspace's shared package, which
 * exports TypeScript, is compiled in.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  plugins: [copyDemoCsv],
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: 'src/index.ts',
        'procedure-import-worker': 'src/procedures/procedure-import-worker.ts',
      },
      output: {
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
