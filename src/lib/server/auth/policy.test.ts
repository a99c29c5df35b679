import { describe, expect, it } from 'vitest';
import type { Principal } from './accounts';
import { decideAccess, type AccessRequest } from './policy';
import type { Role } from '../../core/accounts/roles';

function createRequest(overrides: Partial<AccessRequest> = {}): AccessRequest {
	return {
		method: 'GET',
		pathname: '/api/claims.geojson',
		principal: null,
		accountsExist: true,
		localBind: true,
		publicRead: false,
		...overrides
	};
}

function createPrincipal(role: Role): Principal {
	return { userId: 1, name: `a-${role}`, role, via: 'session' };
}

describe('decideAccess', () => {
	it('lets the single local analyst do everything when there are no accounts', () => {
		const verdict = decideAccess(
			createRequest({ accountsExist: false, method: 'DELETE', pathname: '/api/articles/x' })
		);
		expect(verdict).toEqual({ kind: 'allow', rule: 'local-single-user' });
	});

	it('sends a signed-out browser to the login page and answers the API with 401', () => {
		expect(decideAccess(createRequest({ pathname: '/' }))).toEqual({
			kind: 'login',
			rule: 'read-needs-account'
		});
		expect(decideAccess(createRequest())).toMatchObject({ kind: 'deny', status: 401 });
		expect(decideAccess(createRequest({ pathname: '/login' })).kind).toBe('allow');
		expect(decideAccess(createRequest({ pathname: '/login/oidc' })).kind).toBe('allow');
		expect(decideAccess(createRequest({ pathname: '/login/oidc/callback' })).kind).toBe('allow');
	});

	it('gives each role its writes: viewer none, editor add and correct, admin delete', () => {
		const patch = { method: 'PATCH', pathname: '/api/claims/f1' };
		const remove = { method: 'DELETE', pathname: '/api/articles/a1' };
		const decide = (role: Role, r: object) =>
			decideAccess(createRequest({ ...r, principal: createPrincipal(role) })).kind;
		expect(decide('viewer', patch)).toBe('deny');
		expect(decide('viewer', { method: 'GET' })).toBe('allow');
		expect(decide('editor', patch)).toBe('allow');
		expect(decide('editor', { method: 'POST', pathname: '/api/articles' })).toBe('allow');
		expect(decide('editor', remove)).toBe('deny');
		expect(decide('admin', remove)).toBe('allow');
		expect(
			decideAccess(createRequest({ ...patch, principal: createPrincipal('viewer') }))
		).toMatchObject({ status: 403, rule: 'write-needs-role' });
		expect(
			decideAccess(createRequest({ ...remove, principal: createPrincipal('editor') }))
		).toMatchObject({
			message: expect.stringMatching(/ is an editor; this needs the admin role$/)
		});
	});

	it('opens reads but no writes in public read-only mode', () => {
		const open = { publicRead: true, localBind: false };
		expect(decideAccess(createRequest({ ...open, pathname: '/' })).kind).toBe('allow');
		expect(decideAccess(createRequest({ ...open, accountsExist: false }))).toEqual({
			kind: 'allow',
			rule: 'read-public'
		});
		expect(
			decideAccess(createRequest({ ...open, accountsExist: false, method: 'POST' }))
		).toMatchObject({ kind: 'deny', status: 401, message: 'this server is read-only' });
	});

	it('keeps the account API for admins, reads too, in every mode', () => {
		const modes = [
			{},
			{ accountsExist: false },
			{ publicRead: true, localBind: false },
			{ publicRead: true, accountsExist: false }
		];
		for (const mode of modes)
			for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
				const at = { ...mode, method, pathname: '/api/admin/users' };
				const why = JSON.stringify(at);
				expect(decideAccess(createRequest(at)), why).toMatchObject({
					kind: 'deny',
					status: 401,
					rule: 'admin-api'
				});
				for (const role of ['viewer', 'editor'] as const)
					expect(
						decideAccess(createRequest({ ...at, principal: createPrincipal(role) })),
						why
					).toMatchObject({ status: 403, message: expect.stringMatching(/needs the admin role/) });
				expect(
					decideAccess(createRequest({ ...at, principal: createPrincipal('admin') })),
					why
				).toEqual({ kind: 'allow', rule: 'admin-api' });
			}
		expect(decideAccess(createRequest({ pathname: '/api/admin' })).kind).toBe('deny');
	});
});
