/**
 * The admin page (`/admin`) in real Chromium: an admin signed in lists the accounts, adds one,
 * changes a role, reads the last-admin refusal, makes a token shown once and revokes it; a viewer
 * signed in reads the server's refusal and no account. The page runs under the CSP with no errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCliProcess } from './cli-helpers';
import { launchBrowser, openPage, screenshot, startServer, type AppServer } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'claimsmap-admin-page-'));
let server: AppServer;
let browser: Browser;
const passwords: Record<string, string> = {};

beforeAll(async () => {
	const env = { CLAIMSMAP_DB: join(dir, 'team.db') };
	for (const [name, role] of [
		['ana', 'admin'],
		['vic', 'viewer']
	]) {
		const added = await runCliProcess(['user', 'add', name, '--role', role], env);
		expect(added.code, added.stderr).toBe(0);
		passwords[name] = /password: (\S+)/.exec(added.stdout)![1];
	}
	server = await startServer(env);
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

async function signIn(page: Page, name: string) {
	await page.goto(`${server.url}/login?next=%2Fadmin`);
	await page.getByLabel('Account name').fill(name);
	await page.getByLabel('Password').fill(passwords[name]);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL(`${server.url}/admin`);
}

describe('the admin page', () => {
	test('an admin manages accounts and tokens', async () => {
		const { page, errors } = await openPage(browser);
		await signIn(page, 'ana');
		const accounts = page.getByTestId('accounts');
		await expect.poll(() => accounts.locator('tbody tr').count()).toBe(2);

		await page.getByLabel('Name').fill('nell');
		await page.getByLabel('Role of the new account').selectOption('editor');
		await page.getByLabel('Password (12 characters or more)').fill('nell passphrase 1');
		await page.getByRole('button', { name: 'Add account' }).click();
		await expect.poll(() => accounts.locator('tbody tr').count()).toBe(3);
		expect(await page.getByLabel('Role of nell').inputValue()).toBe('editor');

		await page.getByLabel('Role of ana').selectOption('viewer');
		await expect
			.poll(() => page.getByRole('alert').innerText())
			.toMatch(/ana is the last admin; making it a viewer would leave no one/);
		expect(await page.getByLabel('Role of ana').inputValue()).toBe('admin');
		await screenshot(page, 'admin-page-last-admin');

		await page.getByLabel('Account', { exact: true }).fill('nell');
		await page.getByLabel('Label').fill('laptop');
		await page.getByRole('button', { name: 'Make token' }).click();
		const secret = page.getByTestId('secret');
		await secret.waitFor();
		const token = (await secret.locator('code').innerText()).trim();
		expect(token).toMatch(/^cmt_/);
		const tokens = page.getByTestId('tokens');
		await expect.poll(() => tokens.innerText()).toMatch(/nell\s+laptop/);
		expect(await tokens.innerText()).not.toContain(token);
		const bearer = { authorization: `Bearer ${token}` };
		expect((await fetch(`${server.url}/api/articles`, { headers: bearer })).status).toBe(200);
		await screenshot(page, 'admin-page');

		await tokens.getByRole('button', { name: /^Revoke / }).click();
		await expect.poll(() => tokens.innerText()).toMatch(/revoked \d{4}-/);
		expect((await fetch(`${server.url}/api/articles`, { headers: bearer })).status).toBe(401);
		// The browser logs the refused demotion's 409; nothing else may be logged.
		expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
	});

	test("a viewer reads the server's refusal and sees no account", async () => {
		const { page, errors } = await openPage(browser);
		await signIn(page, 'vic');
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.innerText()).toMatch(
			/vic is a viewer; managing accounts needs the admin role/
		);
		expect(await page.getByTestId('accounts').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Add account' }).count()).toBe(0);
		await screenshot(page, 'admin-page-viewer');
		// The browser logs the refused fetch's 403; nothing else may be logged.
		expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
	});
});
