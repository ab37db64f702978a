// Starts the built server on an empty embedded database for the browser journeys. The data folder is named after
// the port, so two servers (the shared and the fresh workspace, or two people's runs) never share a database.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const folder = `e2e/.artifacts/data-${process.env.PORT ?? 3000}`;
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const child = spawn(process.execPath, ['server/dist/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `file:${folder}/e2e.db`, LOG_LEVEL: 'warn', HOST: '127.0.0.1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
