import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * CLAIMSMAP_BUILD_DIR and CLAIMSMAP_KIT_DIR let parallel builds (a test run beside a dev session)
 * write to their own folders instead of overwriting each other.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: process.env.CLAIMSMAP_BUILD_DIR ?? 'build', precompress: true }),
		outDir: process.env.CLAIMSMAP_KIT_DIR ?? '.svelte-kit',
		alias: {
			$core: 'src/lib/core',
			$geodata: 'geodata'
		},
		// Every write's Origin and Host are checked in the request hook (src/lib/server/http/origin.ts),
		// JSON and forms alike. Kit's own check compares against an https URL unless ORIGIN is set
		// (adapter-node's default), which would refuse the login form on a plain local server.
		csrf: { trustedOrigins: ['*'] },
		// Pages run only the app's own scripts and styles: kit adds a nonce to its inline start-up
		// script. Style attributes stay allowed (Svelte and MapLibre position elements with them; an
		// attribute cannot run code or load from elsewhere). MapLibre needs blob: workers and images.
		// The basemap's hosts are added at run time (src/lib/server/http/headers.ts).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
