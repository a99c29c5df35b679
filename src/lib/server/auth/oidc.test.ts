import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	signInAtProvider,
	startTestProvider,
	type TestProvider
} from '../../../../tests/e2e/oidc-provider';
import {
	beginOidcLogin,
	callbackUrl,
	finishOidcLogin,
	readOidcSetting,
	type OidcConfig
} from './oidc';

const CALLBACK = new URL('http://127.0.0.1:5999/login/oidc/callback');
/** A request to this server as adapter-node reports it without ORIGIN: https, even on loopback. */
const REQUEST = new URL('https://127.0.0.1:5999/login/oidc');
let provider: TestProvider;
let config: OidcConfig;

beforeAll(async () => {
	provider = await startTestProvider();
	provider.register([CALLBACK.href]);
	const setting = readOidcSetting({
		CLAIMSMAP_OIDC_ISSUER: provider.issuer,
		CLAIMSMAP_OIDC_CLIENT_ID: provider.clientId,
		CLAIMSMAP_OIDC_CLIENT_SECRET: provider.clientSecret
	});
	if (setting.kind !== 'on') throw new Error(JSON.stringify(setting));
	config = setting.config;
});

afterAll(async () => {
	await provider.stop();
});

describe('readOidcSetting', () => {
	it('is off without an issuer, and names what is missing or unsafe', () => {
		expect(readOidcSetting({})).toEqual({ kind: 'off' });
		expect(readOidcSetting({ CLAIMSMAP_OIDC_ISSUER: 'http://sso.example.org' })).toMatchObject({
			kind: 'invalid',
			reason: expect.stringContaining('https://')
		});
		expect(readOidcSetting({ CLAIMSMAP_OIDC_ISSUER: 'https://sso.example.org' })).toMatchObject({
			kind: 'invalid',
			reason: expect.stringContaining('CLAIMSMAP_OIDC_CLIENT_ID')
		});
	});
});

describe('callbackUrl', () => {
	it("is the registered URL when configured, else this server's, plain HTTP on loopback", () => {
		const registered = new URL('https://maps.example.org/login/oidc/callback');
		expect(callbackUrl({ ...config, redirectUri: registered }, REQUEST).href).toBe(registered.href);
		expect(callbackUrl(config, REQUEST).href).toBe(CALLBACK.href);
		expect(callbackUrl(config, new URL('https://maps.example.org/login/oidc')).href).toBe(
			'https://maps.example.org/login/oidc/callback'
		);
	});
});

describe('an OIDC sign-in', () => {
	it('yields the name the provider signed in, and where the user was headed', async () => {
		const { url, flow } = await beginOidcLogin(config, REQUEST, '/?side=ua');
		expect(url.searchParams.get('code_challenge_method')).toBe('S256');
		const back = await signInAtProvider(url, 'eddie');
		expect(back.origin + back.pathname).toBe(CALLBACK.href);
		expect(await finishOidcLogin(config, back, flow)).toEqual({
			kind: 'signed-in',
			username: 'eddie',
			next: '/?side=ua'
		});
	});

	it("refuses an answer meant for another browser's sign-in (state mismatch)", async () => {
		const mine = await beginOidcLogin(config, REQUEST, '/');
		const theirs = await beginOidcLogin(config, REQUEST, '/');
		const back = await signInAtProvider(theirs.url, 'mallory');
		expect(await finishOidcLogin(config, back, mine.flow)).toMatchObject({ kind: 'refused' });
	});

	it('refuses a callback without a sign-in started here', async () => {
		const back = new URL('?code=x&state=y', CALLBACK);
		expect(await finishOidcLogin(config, back, undefined)).toMatchObject({
			kind: 'refused',
			reason: expect.stringContaining('not started here')
		});
	});
});
