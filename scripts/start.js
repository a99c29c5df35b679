/**
 * `npm start`: builds the app when the build is missing or stale (into a fresh folder, swapped in
 * only when complete), then serves it on http://127.0.0.1:3000 (PORT and HOST respected). Only this
 * machine can connect unless HOST says otherwise; the server then refuses to start without accounts
 * or CLAIMSMAP_PUBLIC_READ=1 (see "Deploying for a team" in README.md).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build-freshness.js';

ensureBuild();
const port = process.env.PORT ?? '3000';
const host = process.env.HOST || '127.0.0.1';
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
// Said before the server checks its settings (it may refuse to start): "starting", not "serving".
console.log(`ClaimsMap: starting on http://${shownHost}:${port}  (Ctrl+C to stop)`);
const server = spawn(process.execPath, [fileURLToPath(new URL('./serve.js', import.meta.url))], {
	stdio: 'inherit',
	env: { ...process.env, PORT: port, HOST: host }
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
