// `npm run store:import -- --from FILE [--store LOCATION]`: a file from `store:export` into an
// empty store (DATABASE_URL, else DATA_DIR's SQLite file), migrated first; all or nothing.
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadEnv } from '../env.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';
import { storeLocation } from '../store/store-location.js';
import { ImportRefused, importStore } from '../store/transfer/import-store.js';

const { values } = parseArgs({ options: { from: { type: 'string' }, store: { type: 'string' } } });
if (!values.from) {
  process.stderr.write(
    'usage: npm run store:import -- --from FILE [--store sqlite-file|postgres://…]\n',
  );
  process.exit(2);
}
const location = values.store ?? storeLocation(loadEnv());
if (!isPostgresUrl(location)) await mkdir(dirname(location), { recursive: true });
const store = await openStore(location);
try {
  const lines = createInterface({ input: createReadStream(values.from), crlfDelay: Infinity });
  const counts = await importStore(store, lines);
  process.stdout.write(
    `imported ${counts.rows} rows of ${counts.tables} tables into ${store.dialect}\n`,
  );
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error;
  process.stderr.write(`import refused: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
