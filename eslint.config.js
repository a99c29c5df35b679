import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Imports that would tie the pure core to a runtime: the core must run in Node, a browser and a worker. */
const coreForbidden = [
	{ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'core/ is pure: MapLibre lives in ui/map/.' },
	{ group: ['svelte', 'svelte/*', '*.svelte'], message: 'core/ is pure: no Svelte.' },
	{ group: ['$app/*', '$env/*'], message: 'core/ is pure: no SvelteKit runtime.' },
	{
		group: [
			'**/ui/**',
			'$lib/ui/*',
			'**/server/**',
			'$lib/server/*',
			'**/io/**',
			'$lib/io/*',
			'**/state/**',
			'$lib/state/*'
		],
		message: 'core/ may not import from ui/, server/, io/ or state/.'
	},
	{
		group: [
			'node:*',
			'fs',
			'fs/*',
			'path',
			'os',
			'http',
			'https',
			'net',
			'child_process',
			'better-sqlite3'
		],
		message: 'core/ is pure: no Node I/O; the caller passes data in.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'tests/artifacts/',
			'data/',
			'.cache/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/core/**/*.ts'],
		ignores: ['src/lib/core/**/*.test.ts', 'src/lib/core/**/*.bench.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: coreForbidden }],
			'no-restricted-globals': [
				'error',
				{ name: 'document', message: 'core/ has no DOM.' },
				{ name: 'window', message: 'core/ has no DOM.' },
				{ name: 'fetch', message: 'core/ does no network I/O.' },
				{ name: 'process', message: 'core/ does not read the environment.' }
			]
		}
	}
);
