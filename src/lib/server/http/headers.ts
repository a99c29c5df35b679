/**
 * Security headers for every response. Pages get SvelteKit's Content-Security-Policy (svelte.config.js,
 * with a nonce for its inline start-up script), widened here by the basemap hosts configured at run
 * time; everything else (JSON, files, errors) gets a policy that allows nothing to run.
 */
import { basemapTileOrigins, parseBasemapConfig } from '../../core/basemap/online';

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()'
};

/** The policy of responses that are not pages: nothing runs, nothing frames them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** CSP directives that must also allow the basemap's hosts (style, tiles, sprites, glyphs). */
const BASEMAP_DIRECTIVES = ['connect-src', 'img-src'];

/**
 * Origins of the online basemaps: PUBLIC_BASEMAP_STYLE's own, the tile hosts of PUBLIC_BASEMAPS and
 * CLAIMSMAP_BASEMAP_HOSTS.
 */
export function basemapOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
	const out = new Set<string>();
	const add = (value: string) => {
		try {
			const url = new URL(value.trim());
			if (url.protocol === 'https:' || url.protocol === 'http:') out.add(url.origin);
		} catch {
			// A relative style URL is served by the app itself.
		}
	};
	if (env.PUBLIC_BASEMAP_STYLE) add(env.PUBLIC_BASEMAP_STYLE);
	for (const origin of basemapTileOrigins(parseBasemapConfig(env.PUBLIC_BASEMAPS).basemaps)) {
		add(origin);
	}
	for (const host of (env.CLAIMSMAP_BASEMAP_HOSTS ?? '').split(',')) if (host.trim()) add(host);
	return [...out];
}

/** A CSP with `sources` added to each of `directives` (added as a directive when missing). */
export function widenCsp(csp: string, directives: readonly string[], sources: readonly string[]) {
	if (sources.length === 0) return csp;
	const parts = csp
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean);
	for (const directive of directives) {
		const at = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
		if (at >= 0) parts[at] = `${parts[at]} ${sources.join(' ')}`;
		else parts.push(`${directive} 'self' ${sources.join(' ')}`);
	}
	return parts.join('; ');
}

/** Sets the security headers on a response (in place when it can, else on a copy). */
export function withSecurityHeaders(response: Response, basemap: readonly string[]): Response {
	let out = response;
	try {
		out.headers.set('x-content-type-options', 'nosniff');
	} catch {
		// Immutable headers (a fetched response passed through): copy it.
		out = new Response(response.body, response);
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) out.headers.set(name, value);
	const csp = out.headers.get('content-security-policy');
	if (csp) out.headers.set('content-security-policy', widenCsp(csp, BASEMAP_DIRECTIVES, basemap));
	else out.headers.set('content-security-policy', NON_PAGE_CSP);
	return out;
}
