/**
 * How the production server was started. scripts/serve.js (what `npm start` runs) gives static
 * files the security headers and starts the extraction workers; adapter-node's own entry
 * (`node build`) does neither, and only the request hook can notice it.
 */

/**
 * A warning for a production server started without scripts/serve.js, or null. serve.js names the
 * bundled extraction worker in CLAIMSMAP_EXTRACT_WORKER; `vite dev` is not a production server.
 */
export function launchWarning(env: NodeJS.ProcessEnv, dev: boolean): string | null {
	if (dev || env.CLAIMSMAP_EXTRACT_WORKER) return null;
	return [
		'ClaimsMap: warning: started without scripts/serve.js (by `node build`?), so static files are',
		"served without the security headers and articles are extracted on the server's own thread.",
		'Start it with `npm start` or `node scripts/serve.js` (README.md, "Deploying for a team").'
	].join('\n');
}
