import { describe, expect, it } from 'vitest';
import { remoteAccounts, ServerRefusal, takeRemoteArgs } from './remote-accounts';

describe('takeRemoteArgs', () => {
	it('takes --server and --token out of the arguments, either form', () => {
		expect(takeRemoteArgs(['list', '--server', 'http://h:3000/', '--token=cmt_a'], {})).toEqual({
			kind: 'ok',
			args: ['list'],
			remote: { server: 'http://h:3000', token: 'cmt_a' }
		});
		expect(takeRemoteArgs(['add', 'x', '--role', 'viewer'], {})).toEqual({
			kind: 'ok',
			args: ['add', 'x', '--role', 'viewer'],
			remote: null
		});
	});

	it('takes the token from CLAIMSMAP_TOKEN, and refuses a token without a server or a bad URL', () => {
		expect(
			takeRemoteArgs(['list', '--server=https://h'], { CLAIMSMAP_TOKEN: 'cmt_e' })
		).toMatchObject({ remote: { token: 'cmt_e' } });
		expect(takeRemoteArgs(['list', '--token', 'cmt_a'], {})).toMatchObject({ kind: 'error' });
		expect(takeRemoteArgs(['list', '--server', 'h:3000'], {})).toMatchObject({
			kind: 'error',
			message: "--server 'h:3000' is not an http(s) URL"
		});
		expect(takeRemoteArgs(['list', '--server'], {})).toMatchObject({ kind: 'error' });
	});
});

describe('remoteAccounts', () => {
	/** A fetch that records the request and answers with `status` and `body`. */
	function createFetch(status: number, body: unknown) {
		const seen: { url: string; init: RequestInit }[] = [];
		const impl = (async (url: string, init: RequestInit) => {
			seen.push({ url, init });
			return new Response(JSON.stringify(body), { status });
		}) as unknown as typeof fetch;
		return { impl, seen };
	}

	it('sends the token and reads the last-admin refusal as an outcome', async () => {
		const { impl, seen } = createFetch(409, {
			error: 'conflict',
			message: 'root is the last admin'
		});
		const admin = remoteAccounts({ server: 'http://h', token: 'cmt_t' }, impl);
		expect(await admin.removeUser('root')).toEqual({
			kind: 'last_admin',
			reason: 'root is the last admin'
		});
		expect(seen[0].url).toBe('http://h/api/admin/users/root');
		expect(seen[0].init.method).toBe('DELETE');
		expect((seen[0].init.headers as Record<string, string>).authorization).toBe('Bearer cmt_t');
	});

	it('throws the refusal it cannot turn into an outcome, and revokes only by id', async () => {
		const { impl } = createFetch(403, { message: 'vera is a viewer' });
		const admin = remoteAccounts({ server: 'http://h', token: null }, impl);
		await expect(admin.listUsers()).rejects.toThrow(
			new ServerRefusal('server answered 403: vera is a viewer')
		);
		await expect(admin.revokeToken('cmt_secret')).rejects.toThrow(/by its id/);
	});
});
