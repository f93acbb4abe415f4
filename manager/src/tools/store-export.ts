// `npm run store:export -- --to FILE [--store LOCATION]`: every record of the manager's store
// (DATABASE_URL, else DATA_DIR's SQLite file) into a file that `store:import` reads into the other.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEnv } from '../env.js';
import { openStore } from '../store/open-store.js';
import { storeLocation } from '../store/store-location.js';
import { exportStore } from '../store/transfer/export-store.js';

const { values } = parseArgs({ options: { to: { type: 'string' }, store: { type: 'string' } } });
if (!values.to) {
  process.stderr.write(
    'usage: npm run store:export -- --to FILE [--store sqlite-file|postgres://…]\n',
  );
  process.exit(2);
}
const store = await openStore(values.store ?? storeLocation(loadEnv()));
const out = createWriteStream(values.to, { flags: 'wx' });
try {
  const counts = await exportStore(store, async (line) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  process.stdout.write(
    `exported ${counts.rows} rows of ${counts.tables} tables (${store.dialect}) to ${values.to}\n`,
  );
} finally {
  await store.close();
}
