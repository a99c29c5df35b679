/**
 * Signing in on a team server in real Chromium: a signed-out visit lands on the login page (with no
 * console errors, so the CSP lets the page run), a wrong password is refused, an editor signs in,
 * sees the map, corrects a claim and reads "Corrected by NAME on DATE"; signing out ends it. A
 * viewer reads who corrected a claim too, and is offered no control the server would refuse.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCliProcess } from './cli-helpers';
import {
	launchBrowser,
	openPage,
	screenshot,
	startServer,
	waitForMapIdle,
	type AppServer
} from './harness';
import type { Browser } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'claimsmap-login-'));
const PASSWORD = 'editor passphrase for tests';
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
	const env = { CLAIMSMAP_DB: join(dir, 'login.db') };
	const added = await runCliProcess(
		['user', 'add', 'edna', '--role', 'editor', '--password-stdin'],
		env,
		PASSWORD + '\n'
	);
	expect(added.code, added.stderr).toBe(0);
	const viewer = await runCliProcess(
		['user', 'add', 'vic', '--role', 'viewer', '--password-stdin'],
		env,
		PASSWORD + '\n'
	);
	expect(viewer.code, viewer.stderr).toBe(0);
	server = await startServer(env);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

describe('login', () => {
	test('signed out, the map sends you to the login page; wrong password refused; editor signs in', async () => {
		const { page, errors } = await openPage(browser);
		// localhost, not 127.0.0.1: the session cookie is set for the name the browser used.
		const base = server.url.replace('127.0.0.1', 'localhost');
		await page.goto(`${base}/?side=russia`);
		await page.getByRole('heading', { name: 'Sign in' }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/login');
		const audit = await new AxeBuilder({ page } as never).analyze();
		expect(audit.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		await screenshot(page, 'login-page');

		await page.getByLabel('Account name').fill('edna');
		await page.getByLabel('Password').fill('not the password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('alert').filter({ hasText: 'Wrong account name or password' }).waitFor();

		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL(
			(url) => url.pathname === '/' && url.searchParams.get('side') === 'russia'
		);
		await waitForMapIdle(page);
		await expect
			.poll(() => page.getByTestId('account').innerText())
			.toMatch(/Signed in as\s+edna\s+\(editor\)/);

		const items = page.locator('[data-testid="claim-list"] button[data-claim-id]');
		await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
		await items.first().click();
		const review = page.locator('[data-testid="claim-detail"] [data-testid="claim-review"]');
		// The event type, not the side: the page's side filter would hide the claim.
		const type = review.getByRole('combobox', { name: 'Event type' });
		const current = await type.inputValue();
		const values = await type
			.locator('option')
			.evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
		await type.selectOption(values.find((v) => v !== current)!);
		await review.locator('[data-testid="corrected-by"]').waitFor();
		const today = new Date().toISOString().slice(0, 10);
		expect(await review.locator('[data-testid="corrected-by"]').innerText()).toMatch(
			new RegExp(`Corrected by edna on\\s+${today}`)
		);
		await screenshot(page, 'login-corrected-by');
		// The one error: the browser logs the refused sign-in's 401.
		expect(errors).toEqual([
			'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)'
		]);

		const signedOut = await page.evaluate(async () => {
			await fetch('/logout', { method: 'POST' });
			return (await fetch('/api/articles')).status;
		});
		expect(signedOut).toBe(401);
	});

	test('a viewer sees who is signed in, who corrected a claim, and no controls the server would refuse', async () => {
		// An editor's script corrects a claim with an API token; the viewer then opens that claim.
		const token = await runCliProcess(['token', 'create', 'edna'], {
			CLAIMSMAP_DB: join(dir, 'login.db')
		});
		expect(token.code, token.stderr).toBe(0);
		const auth = {
			authorization: `Bearer ${token.stdout.trim()}`,
			'content-type': 'application/json'
		};
		const all = (await (
			await fetch(`${server.url}/api/claims.geojson`, { headers: auth })
		).json()) as {
			features: { id: string; properties: { claimantSide: string } }[];
		};
		const target = all.features.find((f) => f.properties.claimantSide !== 'other')!;
		const patched = await fetch(`${server.url}/api/claims/${target.id}`, {
			method: 'PATCH',
			headers: auth,
			body: JSON.stringify({ claimantSide: 'other' })
		});
		expect(patched.status).toBe(200);

		const { page } = await openPage(browser);
		const base = server.url.replace('127.0.0.1', 'localhost');
		await page.goto(`${base}/login?next=${encodeURIComponent(`/?claim=${target.id}`)}`);
		await page.getByLabel('Account name').fill('vic');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await waitForMapIdle(page);
		await expect
			.poll(() => page.getByTestId('account').innerText())
			.toMatch(/Signed in as\s+vic\s+\(viewer\)/);
		expect(await page.getByRole('button', { name: 'Add article' }).count()).toBe(0);
		const detail = page.getByTestId('claim-detail');
		await detail.getByTestId('read-only').waitFor();
		expect(await detail.getByTestId('read-only').innerText()).toContain('your role cannot correct');
		const today = new Date().toISOString().slice(0, 10);
		expect(await detail.getByTestId('corrected-by').innerText()).toMatch(
			new RegExp(`Corrected by edna on\\s+${today}`)
		);
		expect(await page.locator('[data-testid="claim-review"]').count()).toBe(0);
		await screenshot(page, 'login-viewer');
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.getByRole('heading', { name: 'Sign in' }).waitFor();
	});
});
