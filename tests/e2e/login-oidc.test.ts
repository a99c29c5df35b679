/**
 * Single sign-on in real Chromium against a local OpenID Connect provider: the login page offers
 * it, the provider's own pages sign the user in, and the server opens a session for the local
 * account of that name, with its role; a name without an account here is refused with a 403 that
 * says how to add it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runCliProcess } from './cli-helpers';
import {
	launchBrowser,
	openPage,
	screenshot,
	startServer,
	waitForMapIdle,
	type AppServer
} from './harness';
import { startTestProvider, type TestProvider } from './oidc-provider';

const dir = mkdtempSync(join(tmpdir(), 'claimsmap-oidc-'));
const LABEL = 'Sign in with Invented Corp SSO';
let provider: TestProvider;
let server: AppServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
	provider = await startTestProvider();
	const env = {
		CLAIMSMAP_DB: join(dir, 'oidc.db'),
		CLAIMSMAP_OIDC_ISSUER: provider.issuer,
		CLAIMSMAP_OIDC_CLIENT_ID: provider.clientId,
		CLAIMSMAP_OIDC_CLIENT_SECRET: provider.clientSecret,
		CLAIMSMAP_OIDC_LABEL: LABEL
	};
	const added = await runCliProcess(
		['user', 'add', 'olga', '--role', 'editor', '--password-stdin'],
		env,
		'a password olga never uses here\n'
	);
	expect(added.code, added.stderr).toBe(0);
	server = await startServer(env);
	// localhost, not 127.0.0.1: the session cookie is set for the name the browser used.
	base = server.url.replace('127.0.0.1', 'localhost');
	provider.register([`${base}/login/oidc/callback`]);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await provider?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/** From the login page through the provider's sign-in and consent pages, as `name`. */
async function signInWithProvider(page: Page, name: string): Promise<void> {
	await page.goto(`${base}/login?next=${encodeURIComponent('/?side=russia')}`);
	await page.getByRole('link', { name: LABEL }).click();
	await page.locator('input[name="login"]').fill(name);
	await page.locator('input[name="password"]').fill('anything');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
}

describe('single sign-on', () => {
	test('signs in the local account the provider vouches for, with its role', async () => {
		const { page, errors } = await openPage(browser);
		await page.goto(`${base}/login`);
		await page.getByRole('link', { name: LABEL }).waitFor();
		expect(errors, errors.join('\n')).toEqual([]);
		await screenshot(page, 'login-oidc-offered');
		await signInWithProvider(page, 'olga');
		await page.waitForURL((url) => url.origin === base && url.pathname === '/');
		// The provider's development pages fetch styles from the web, which this machine may not reach.
		errors.length = 0;
		expect(new URL(page.url()).searchParams.get('side')).toBe('russia');
		await waitForMapIdle(page);
		await expect
			.poll(() => page.getByTestId('account').innerText())
			.toMatch(/Signed in as\s+olga\s+\(editor\)/);
		expect(await page.evaluate(async () => (await fetch('/api/articles')).status)).toBe(200);
		await screenshot(page, 'login-oidc-signed-in');
		expect(errors, errors.join('\n')).toEqual([]);
	});

	test('refuses a name with no account here, saying how to add it', async () => {
		const { page } = await openPage(browser);
		await signInWithProvider(page, 'nobody-here');
		await page.waitForURL((url) => url.origin === base && url.pathname === '/login/oidc/callback');
		expect(await page.locator('body').innerText()).toContain(
			"'nobody-here' has no account on this server"
		);
		await screenshot(page, 'login-oidc-refused');
		expect((await page.goto(`${base}/api/articles`))?.status()).toBe(401);
	});
});
