/**
 * `npm start`: builds the app when the build is missing or stale, then serves it on
 * http://localhost:3000 (PORT and HOST respected).
 */
import { spawn } from 'node:child_process';
import { buildDir, ensureBuild } from './build-freshness.js';

ensureBuild();
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`ClaimsMap: serving on http://${shownHost}:${port}  (Ctrl+C to stop)`);
const server = spawn(process.execPath, [buildDir()], {
	stdio: 'inherit',
	env: { ...process.env, PORT: port, HOST: host }
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
