import { describe, expect, it } from 'vitest';
import { checkNewAccount, checkNewToken, checkRoleChange } from './admin-requests';

describe('checkNewAccount', () => {
	it('accepts a name, a role of the vocabulary and a password', () => {
		expect(checkNewAccount({ name: 'mira', role: 'editor', password: 'x'.repeat(12) })).toEqual({
			kind: 'ok',
			value: { name: 'mira', role: 'editor', password: 'x'.repeat(12) }
		});
	});

	it('names unknown fields, a missing field and a role outside the vocabulary', () => {
		expect(checkNewAccount({ name: 'm', role: 'admin', password: 'p', isAdmin: true })).toEqual({
			kind: 'invalid',
			reason: 'unknown field isAdmin (accepted: name, role, password)'
		});
		expect(checkNewAccount({ role: 'admin', password: 'p' })).toMatchObject({
			reason: 'name is missing'
		});
		expect(checkNewAccount({ name: 'm', role: 'owner', password: 'p' })).toMatchObject({
			reason: 'role must be one of viewer, editor, admin'
		});
		expect(checkNewAccount([])).toMatchObject({ kind: 'invalid' });
	});

	it('refuses NUL and lone surrogates in any text', () => {
		const ok = { name: 'mira', role: 'viewer', password: 'a long passphrase' };
		for (const field of ['name', 'password'] as const) {
			expect(checkNewAccount({ ...ok, [field]: 'ab\u0000cd' })).toMatchObject({
				reason: `${field} contains a NUL character`
			});
			expect(checkNewAccount({ ...ok, [field]: 'ab\ud800cd' })).toMatchObject({
				reason: expect.stringMatching(new RegExp(`^${field} contains a lone surrogate`))
			});
		}
	});
});

describe('checkRoleChange', () => {
	it('takes only a role', () => {
		expect(checkRoleChange({ role: 'viewer' })).toEqual({ kind: 'ok', value: { role: 'viewer' } });
		expect(checkRoleChange({ role: 'viewer', name: 'x' })).toMatchObject({
			reason: 'unknown field name (accepted: role)'
		});
		expect(checkRoleChange({ role: 3 })).toMatchObject({ reason: 'role must be a string' });
	});
});

describe('checkNewToken', () => {
	it('defaults the label, trims it, and bounds it', () => {
		expect(checkNewToken({ user: 'mira' })).toEqual({
			kind: 'ok',
			value: { user: 'mira', label: 'api' }
		});
		expect(checkNewToken({ user: 'mira', label: ' laptop ' })).toMatchObject({
			value: { label: 'laptop' }
		});
		expect(checkNewToken({ user: 'mira', label: 'x'.repeat(101) })).toMatchObject({
			kind: 'invalid'
		});
		expect(checkNewToken({ user: 'mira', label: '\udc00' })).toMatchObject({ kind: 'invalid' });
		expect(checkNewToken({ user: 'mira', token: 'cmt_x' })).toMatchObject({
			reason: 'unknown field token (accepted: user, label)'
		});
	});
});
