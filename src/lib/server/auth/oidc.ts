/**
 * Optional sign-in through an OpenID Connect provider (a company's Keycloak, Entra ID, Google…),
 * with openid-client: the authorization code flow with PKCE and a state bound to the browser by an
 * HttpOnly cookie. The provider proves who someone is; what they may do is the role of the local
 * account of the same name (made with `user add NAME --role ROLE`), so someone the provider knows
 * but this server does not gets no access.
 */
import * as client from 'openid-client';
import { isLoopback } from './config';

/** Name of the cookie that carries a sign-in in progress from the redirect to the callback. */
export const OIDC_FLOW_COOKIE = 'claimsmap_oidc';

/** How long a sign-in at the provider may take before it must be started again. */
export const OIDC_FLOW_SECONDS = 600;

/** The path the provider sends the browser back to. */
export const OIDC_CALLBACK_PATH = '/login/oidc/callback';

/** The provider and this server's registration there, from the environment. */
export interface OidcConfig {
	issuer: URL;
	clientId: string;
	clientSecret: string;
	/** The ID token claim holding the local account's name. */
	usernameClaim: string;
	/** The sign-in button's text. */
	label: string;
	/** The callback URL registered at the provider, when given (else derived from each request). */
	redirectUri: URL | null;
}

/** What the environment says: no OIDC, a usable configuration, or why it is unusable. */
export type OidcSetting =
	{ kind: 'off' } | { kind: 'on'; config: OidcConfig } | { kind: 'invalid'; reason: string };

/**
 * Reads CLAIMSMAP_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, and optionally _USERNAME_CLAIM (default
 * `preferred_username`), _LABEL and _REDIRECT_URI. Off without an issuer; the issuer must be HTTPS,
 * or HTTP on this machine's loopback (a provider for testing).
 */
export function readOidcSetting(env: NodeJS.ProcessEnv = process.env): OidcSetting {
	const issuer = env.CLAIMSMAP_OIDC_ISSUER?.trim();
	if (!issuer) return { kind: 'off' };
	let url: URL;
	try {
		url = new URL(issuer);
	} catch {
		return { kind: 'invalid', reason: `CLAIMSMAP_OIDC_ISSUER '${issuer}' is not a URL` };
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname)))
		return { kind: 'invalid', reason: 'CLAIMSMAP_OIDC_ISSUER must be an https:// URL' };
	const clientId = env.CLAIMSMAP_OIDC_CLIENT_ID?.trim();
	const clientSecret = env.CLAIMSMAP_OIDC_CLIENT_SECRET?.trim();
	if (!clientId || !clientSecret)
		return {
			kind: 'invalid',
			reason:
				'CLAIMSMAP_OIDC_ISSUER needs CLAIMSMAP_OIDC_CLIENT_ID and CLAIMSMAP_OIDC_CLIENT_SECRET'
		};
	let redirectUri: URL | null = null;
	if (env.CLAIMSMAP_OIDC_REDIRECT_URI?.trim()) {
		try {
			redirectUri = new URL(env.CLAIMSMAP_OIDC_REDIRECT_URI.trim());
		} catch {
			return { kind: 'invalid', reason: 'CLAIMSMAP_OIDC_REDIRECT_URI is not a URL' };
		}
	}
	return {
		kind: 'on',
		config: {
			issuer: url,
			clientId,
			clientSecret,
			usernameClaim: env.CLAIMSMAP_OIDC_USERNAME_CLAIM?.trim() || 'preferred_username',
			label: env.CLAIMSMAP_OIDC_LABEL?.trim() || 'Sign in with single sign-on',
			redirectUri
		}
	};
}

/**
 * The callback URL as the browser reaches it, for a request to `requestUrl`: the configured one,
 * else this server's. adapter-node reports https unless told the origin (ORIGIN, README: behind a
 * reverse proxy); on the loopback the server is plain HTTP, as the session cookie also assumes.
 */
export function callbackUrl(config: OidcConfig, requestUrl: URL): URL {
	if (config.redirectUri) return new URL(config.redirectUri);
	const url = new URL(OIDC_CALLBACK_PATH, requestUrl);
	if (isLoopback(url.hostname)) url.protocol = 'http:';
	return url;
}

const discovered = new Map<string, Promise<client.Configuration>>();

/** The provider's metadata, discovered once per process (again after a failure). */
function providerOf(config: OidcConfig): Promise<client.Configuration> {
	const key = `${config.issuer.href} ${config.clientId}`;
	let found = discovered.get(key);
	if (!found) {
		const insecure = config.issuer.protocol === 'http:';
		found = client
			.discovery(
				config.issuer,
				config.clientId,
				config.clientSecret,
				undefined,
				insecure ? { execute: [client.allowInsecureRequests] } : undefined
			)
			.catch((error: unknown) => {
				discovered.delete(key);
				throw error;
			});
		discovered.set(key, found);
	}
	return found;
}

/** A sign-in in progress, as kept in {@link OIDC_FLOW_COOKIE}. */
interface Flow {
	state: string;
	verifier: string;
	next: string;
}

/**
 * Starts a sign-in from a request to `requestUrl`: the provider's URL to send the browser to, and
 * the value of the flow cookie to set.
 */
export async function beginOidcLogin(
	config: OidcConfig,
	requestUrl: URL,
	next: string
): Promise<{ url: URL; flow: string }> {
	const provider = await providerOf(config);
	const verifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const url = client.buildAuthorizationUrl(provider, {
		redirect_uri: callbackUrl(config, requestUrl).href,
		scope: 'openid profile email',
		code_challenge: await client.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state
	});
	return { url, flow: JSON.stringify({ state, verifier, next } satisfies Flow) };
}

/** The outcome of the provider's answer: who signed in and where they were headed, or why not. */
export type OidcLogin =
	{ kind: 'signed-in'; username: string; next: string } | { kind: 'refused'; reason: string };

function parseFlow(value: string | undefined): Flow | null {
	if (!value) return null;
	try {
		const flow = JSON.parse(value) as Partial<Flow>;
		return typeof flow.state === 'string' &&
			typeof flow.verifier === 'string' &&
			typeof flow.next === 'string'
			? (flow as Flow)
			: null;
	} catch {
		return null;
	}
}

/**
 * Finishes a sign-in from the request the provider sent the browser back with and the flow
 * cookie: exchanges the code (checking state, PKCE and the ID token) and reads the account name.
 */
export async function finishOidcLogin(
	config: OidcConfig,
	requestUrl: URL,
	flowCookie: string | undefined
): Promise<OidcLogin> {
	const flow = parseFlow(flowCookie);
	if (!flow) return { kind: 'refused', reason: 'the sign-in expired or was not started here' };
	let claims: client.IDToken | undefined;
	try {
		// The answer's parameters on the callback URL as registered (which the code was issued for).
		const answered = callbackUrl(config, requestUrl);
		answered.search = requestUrl.search;
		const tokens = await client.authorizationCodeGrant(await providerOf(config), answered, {
			pkceCodeVerifier: flow.verifier,
			expectedState: flow.state,
			idTokenExpected: true
		});
		claims = tokens.claims();
	} catch (error) {
		return { kind: 'refused', reason: `the provider's answer was refused: ${errorText(error)}` };
	}
	const username = claims?.[config.usernameClaim];
	if (typeof username !== 'string' || username.trim() === '')
		return { kind: 'refused', reason: `the ID token has no ${config.usernameClaim}` };
	return { kind: 'signed-in', username: username.trim(), next: flow.next };
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
