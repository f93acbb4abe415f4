// `npm run backup [-- --to FILE]`: a copy of the running manager's store (DATABASE_URL, else
// DATA_DIR's SQLite file), by default into DATA_DIR/backups/. Restoring is in the README.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../env.js';
import { backupExtension, backupStore } from '../store/backup-store.js';
import { storeLocation } from '../store/store-location.js';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const config = loadEnv();
const location = storeLocation(config);
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
const file =
  values.to ??
  join(resolve(config.dataDir), 'backups', `bang-tin-${stamp}${backupExtension(location)}`);
if (!values.to) await mkdir(join(resolve(config.dataDir), 'backups'), { recursive: true });
await backupStore(location, file);
process.stdout.write(`backed up to ${file}\n`);
