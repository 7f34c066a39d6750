/**
 * `npm start`: the News API and the demo site, with settings from the
 * environment. Prints the URL and the admin token; SIGINT/SIGTERM close the
 * HTTP server, then the database, so nothing written is lost.
 */
import { loadConfig } from './config.js';
import { startServer } from './server.js';

const config = loadConfig();
const server = await startServer(config);
const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
console.log(`News server listening on ${server.url} (storage: ${storage}, moderation: ${config.moderation}, started in ${server.startupMs} ms)`);
const admin = server.adminToken;
console.log(
  admin.source === 'created'
    ? `Admin token (generated now and shown only this once; only its hash is kept. Set ADMIN_TOKEN to choose one): ${admin.token}`
    : admin.source === 'stored'
      ? 'Admin token: generated at an earlier start (only its hash is kept; set ADMIN_TOKEN to choose one)'
      : 'Admin token: from ADMIN_TOKEN',
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error('shutdown failed', error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
