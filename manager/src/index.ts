import './heap-tuning.js';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';
import { loadEnv } from './env.js';
import { openChangeBus } from './events/open-change-bus.js';
import { ADMIN_LOGIN, ensureAdmin, liveDemoToken, seedDemoScreen } from './first-run.js';
import { createLogger, errorFields } from './logger.js';
import { sweepStaleUploads } from './media/upload-disk.js';
import { openStore } from './store/open-store.js';
import { storeLocation } from './store/store-location.js';

const config = loadEnv();
const logger = createLogger(config.logLevel);
const dataDir = resolve(config.dataDir);
const mediaDir = join(dataDir, 'media');
const demoTokenFile = join(dataDir, 'demo-screen.token');

await mkdir(mediaDir, { recursive: true });
await sweepStaleUploads(mediaDir, logger);
const store = await openStore(storeLocation(config));
const admin = await ensureAdmin(store, config.adminPassword, Date.now());
// A store without users is a new one: it gets the demo, once.
if (admin.created && config.demoContent) await seedDemoScreen(store, demoTokenFile, Date.now());

const changes = await openChangeBus(config.databaseUrl, logger);
const { app, hub, manifests, readiness, monitor, figureFeeds } = createApp({
  store,
  changes,
  mediaDir,
  config,
  logger,
  monitoring: config.monitoring,
  revisionFloor: config.revisionFloor,
  rateLimits: {
    devicePerToken: { limit: config.devicePerMinute, windowMs: 60_000 },
    pairingPerAddress: { limit: config.pairingCodesPer10Minutes, windowMs: 600_000 },
    queuePerCaller: { limit: config.queueCallsPerMinute, windowMs: 60_000 },
  },
});
await manifests.refresh();
monitor.start();
figureFeeds.start();

const server = createServer(getRequestListener(app.fetch, { hostname: config.host }));
// Node's default of 511 waiting connections overflows when the screens of a failed instance
// come back within a second: each dropped SYN then waits 1, 3, 7 s to be sent again (the
// kernel caps this at net.core.somaxconn, 4096 by default).
server.listen({ port: config.port, host: config.host, backlog: 8192 }, async () => {
  const demoToken = await liveDemoToken(store, demoTokenFile);
  const lines = [
    '',
    '  Bảng tin manager is running',
    `  Player:           ${config.publicUrl}/`,
    `  Admin:            ${config.publicUrl}/admin/`,
    `  API reference:    ${config.publicUrl}/api/docs`,
    `  Login:            ${ADMIN_LOGIN}${admin.generatedPassword ? ` / ${admin.generatedPassword}  (generated; shown only this once; change it at the first sign-in)` : ''}`,
    ...(demoToken ? [`  Demo screen:      ${config.publicUrl}/#token=${demoToken}`] : []),
    `  Data:             ${dataDir}${store.dialect === 'postgres' ? ' (media; records in PostgreSQL)' : ''}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  logger.info('listening', { host: config.host, port: config.port });
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  readiness.drain();
  // Open event streams would keep the server from closing: end them first.
  hub.closeAll();
  monitor.stop();
  figureFeeds.stop();
  const forced = setTimeout(() => process.exit(1), 5_000);
  forced.unref();
  server.close(async () => {
    try {
      await changes.close();
      await store.close();
    } catch (error) {
      logger.error('closing the store failed', errorFields(error));
    }
    process.exit(0);
  });
  // Players reconnect at once over kept-alive sockets; nothing in flight is worth waiting for
  // (plays and heartbeats are retried), so cut every connection rather than wait for the timer.
  if ('closeAllConnections' in server) server.closeAllConnections();
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
