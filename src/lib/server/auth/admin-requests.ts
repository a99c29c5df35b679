/**
 * The bodies of the account API (`/api/admin/…`), checked as every write route checks its own: a
 * JSON object, no unknown field (a 400 naming it), text without NUL or lone surrogates. The account
 * store then applies its own rules (name pattern, role vocabulary, password length), the same ones
 * the command line meets.
 */
import { textProblem, unknownFields } from '../../core/ingest/text-checks';
import { isRole, ROLES, type Role } from '../../core/accounts/roles';

/** Longest token label kept. */
export const MAX_LABEL_LENGTH = 100;

/** A checked body, or why it was refused. */
export type AdminBody<T> = { kind: 'ok'; value: T } | { kind: 'invalid'; reason: string };

const NEW_ACCOUNT_FIELDS = ['name', 'role', 'password'] as const;
const ROLE_CHANGE_FIELDS = ['role'] as const;
const NEW_TOKEN_FIELDS = ['user', 'label'] as const;

function invalid<T>(reason: string): AdminBody<T> {
	return { kind: 'invalid', reason };
}

/** The body as an object with only `allowed` keys, or why not. */
function fieldsOf(body: unknown, allowed: readonly string[]): AdminBody<Record<string, unknown>> {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return invalid(`body must be a JSON object {${allowed.join(', ')}}`);
	const b = body as Record<string, unknown>;
	const unknown = unknownFields(b, allowed);
	if (unknown.length > 0)
		return invalid(
			`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (accepted: ${allowed.join(', ')})`
		);
	return { kind: 'ok', value: b };
}

/** A required text field, or why it is not one. */
function text(b: Record<string, unknown>, field: string): AdminBody<string> {
	const value = b[field];
	if (value === undefined || value === null) return invalid(`${field} is missing`);
	if (typeof value !== 'string') return invalid(`${field} must be a string`);
	const problem = textProblem(field, value);
	return problem ? invalid(problem) : { kind: 'ok', value };
}

function role(b: Record<string, unknown>): AdminBody<Role> {
	const value = text(b, 'role');
	if (value.kind === 'invalid') return value;
	return isRole(value.value)
		? { kind: 'ok', value: value.value }
		: invalid(`role must be one of ${ROLES.join(', ')}`);
}

/** `POST /api/admin/users`: `{name, role, password}`. */
export function checkNewAccount(
	body: unknown
): AdminBody<{ name: string; role: Role; password: string }> {
	const b = fieldsOf(body, NEW_ACCOUNT_FIELDS);
	if (b.kind === 'invalid') return b;
	const name = text(b.value, 'name');
	if (name.kind === 'invalid') return name;
	const r = role(b.value);
	if (r.kind === 'invalid') return r;
	const password = text(b.value, 'password');
	if (password.kind === 'invalid') return password;
	return { kind: 'ok', value: { name: name.value, role: r.value, password: password.value } };
}

/** `PATCH /api/admin/users/:name`: `{role}`. */
export function checkRoleChange(body: unknown): AdminBody<{ role: Role }> {
	const b = fieldsOf(body, ROLE_CHANGE_FIELDS);
	if (b.kind === 'invalid') return b;
	const r = role(b.value);
	return r.kind === 'invalid' ? r : { kind: 'ok', value: { role: r.value } };
}

/** `POST /api/admin/tokens`: `{user, label?}`; the label defaults to `api`. */
export function checkNewToken(body: unknown): AdminBody<{ user: string; label: string }> {
	const b = fieldsOf(body, NEW_TOKEN_FIELDS);
	if (b.kind === 'invalid') return b;
	const user = text(b.value, 'user');
	if (user.kind === 'invalid') return user;
	if (b.value.label === undefined) return { kind: 'ok', value: { user: user.value, label: 'api' } };
	const label = text(b.value, 'label');
	if (label.kind === 'invalid') return label;
	const trimmed = label.value.trim();
	if (trimmed === '' || trimmed.length > MAX_LABEL_LENGTH)
		return invalid(`label must be 1-${MAX_LABEL_LENGTH} characters`);
	return { kind: 'ok', value: { user: user.value, label: trimmed } };
}
