/**
 * Public read-only mode (CLAIMSMAP_PUBLIC_READ=1) in real Chromium: anyone sees the map and opens a
 * claim without signing in, reads who corrected it, is offered no control the server would refuse
 * and a way to sign in, and the page runs under the CSP with no errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ClaimCollection } from '../../src/lib/core/contract';
import { runCliProcess } from './cli-helpers';
import {
	launchBrowser,
	openPage,
	screenshot,
	startServer,
	waitForMapIdle,
	type AppServer
} from './harness';

const dir = mkdtempSync(join(tmpdir(), 'claimsmap-public-'));
let server: AppServer;
let browser: Browser;
let token = '';

beforeAll(async () => {
	const env = { CLAIMSMAP_DB: join(dir, 'public.db') };
	const added = await runCliProcess(['user', 'add', 'erin', '--role', 'editor'], env);
	expect(added.code, added.stderr).toBe(0);
	const made = await runCliProcess(['token', 'create', 'erin'], env);
	expect(made.code, made.stderr).toBe(0);
	token = made.stdout.trim();
	server = await startServer({ ...env, CLAIMSMAP_PUBLIC_READ: '1' });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

describe('public read-only mode', () => {
	test('a reader without an account sees the map and who corrected a claim, and no write controls', async () => {
		// An editor's script corrects a claim; writes need an account even in public mode.
		const all = (await (await fetch(`${server.url}/api/claims.geojson`)).json()) as ClaimCollection;
		const target = all.features.find((f) => f.properties.claimantSide !== 'other')!;
		const patch = (headers: Record<string, string>) =>
			fetch(`${server.url}/api/claims/${target.id}`, {
				method: 'PATCH',
				headers: { 'content-type': 'application/json', ...headers },
				body: JSON.stringify({ claimantSide: 'other' })
			});
		expect((await patch({})).status).toBe(401);
		expect((await patch({ authorization: `Bearer ${token}` })).status).toBe(200);

		const { page, errors } = await openPage(browser);
		await page.goto(`${server.url}/?claim=${target.id}`);
		await waitForMapIdle(page);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect.poll(() => page.getByTestId('account').innerText()).toBe('Sign in');
		expect(await page.getByRole('button', { name: 'Add article' }).count()).toBe(0);
		const detail = page.getByTestId('claim-detail');
		await detail.getByTestId('read-only').waitFor();
		expect(await detail.getByTestId('read-only').innerText()).toContain(
			'sign in to correct claims'
		);
		const today = new Date().toISOString().slice(0, 10);
		expect(await detail.getByTestId('corrected-by').innerText()).toMatch(
			new RegExp(`Corrected by erin on\\s+${today}`)
		);
		expect(await page.locator('[data-testid="claim-review"]').count()).toBe(0);
		await screenshot(page, 'public-read');
		expect(errors).toEqual([]);
	});
});
