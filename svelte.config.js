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
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
