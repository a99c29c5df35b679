import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findChromium } from './harness';

describe('findChromium', () => {
	test('CHROMIUM_PATH wins when it exists', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cm-chromium-'));
		const fake = join(dir, 'chrome');
		writeFileSync(fake, '');
		expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
	});

	test('a missing CHROMIUM_PATH falls through to the next candidate or a helpful error', () => {
		const env = { CHROMIUM_PATH: '/nonexistent/chrome' };
		try {
			expect(findChromium(env)).not.toBe('/nonexistent/chrome');
		} catch (error) {
			expect(String(error)).toMatch(/apt-get install chromium|playwright install/);
		}
	});
});
