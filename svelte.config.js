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
		}
	}
};

export default config;
