import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../http/guard';
import { safeNext, setSessionCookie } from './session-cookie';

/** Cookies that remember what was set, as the hook's own would send it. */
function createCookies() {
	const set: { name: string; value: string; options: Parameters<Cookies['set']>[2] }[] = [];
	const cookies = {
		set: (name: string, value: string, options: Parameters<Cookies['set']>[2]) =>
			set.push({ name, value, options })
	} as unknown as Cookies;
	return { cookies, set };
}

const SESSION = { id: 'session-id', expires: new Date('2030-01-02T03:04:05Z') };

describe('setSessionCookie', () => {
	it('sets an HttpOnly, SameSite=Lax, Secure session cookie for a team server', () => {
		const { cookies, set } = createCookies();
		setSessionCookie({ cookies, url: new URL('https://claims.example.org/login') }, SESSION);
		expect(set).toEqual([
			{
				name: SESSION_COOKIE,
				value: 'session-id',
				options: {
					path: '/',
					httpOnly: true,
					sameSite: 'lax',
					secure: true,
					expires: SESSION.expires
				}
			}
		]);
	});

	it('is Secure behind a plain-HTTP proxy too: only this machine may go without', () => {
		for (const url of ['http://claims.example.org/login', 'http://10.0.0.5:3000/login']) {
			const { cookies, set } = createCookies();
			setSessionCookie({ cookies, url: new URL(url) }, SESSION);
			expect(set[0].options.secure, url).toBe(true);
		}
		for (const url of ['http://127.0.0.1:3000/login', 'http://localhost:3000/login']) {
			const { cookies, set } = createCookies();
			setSessionCookie({ cookies, url: new URL(url) }, SESSION);
			expect(set[0].options.secure, url).toBe(false);
		}
	});
});

describe('safeNext', () => {
	it('keeps a path on this site and sends anything else home', () => {
		expect(safeNext('/?side=russia&claim=x')).toBe('/?side=russia&claim=x');
		for (const next of [null, '', 'https://evil.example/', '//evil.example/', '/\\evil.example'])
			expect(safeNext(next), String(next)).toBe('/');
	});
});
