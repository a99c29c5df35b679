import { describe, expect, it } from 'vitest';
import { launchWarning } from './launch';

describe('launchWarning', () => {
	it('warns a production server started without serve.js, saying how to start it', () => {
		const warning = launchWarning({}, false);
		expect(warning).toMatch(/without scripts\/serve\.js/);
		expect(warning).toMatch(/security headers/);
		expect(warning).toMatch(/npm start/);
	});

	it('is quiet under serve.js and in development', () => {
		expect(launchWarning({ CLAIMSMAP_EXTRACT_WORKER: '/app/build/extract-worker.js' }, false)).toBe(
			null
		);
		expect(launchWarning({}, true)).toBeNull();
	});
});
