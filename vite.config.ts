import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['geodata'] } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					// Speed is judged by the tests' own assertions (linear time, ms budgets); the runner's
					// limit only stops a hung test, so it sits well above them for a loaded machine.
					testTimeout: 30_000,
					include: [
						'src/**/*.test.ts',
						'scripts/**/*.test.ts',
						'tests/golden/**/*.test.ts',
						'tests/e2e/harness.test.ts'
					],
					benchmark: { include: ['src/**/*.bench.ts', 'tests/bench/**/*.bench.ts'] }
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					exclude: ['tests/e2e/harness.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
