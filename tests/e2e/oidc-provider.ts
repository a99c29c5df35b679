/**
 * A local OpenID Connect provider for tests (oidc-provider with its development sign-in pages,
 * which accept any name and password): one registered client, and ID tokens that carry the
 * signed-in name as `preferred_username`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A running test provider. */
export interface TestProvider {
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** Registers the client's redirect URIs (before any sign-in; its port may be known only now). */
	register: (redirectUris: string[]) => void;
	stop: () => Promise<void>;
}

/** Starts a provider on a free loopback port; it answers once {@link TestProvider.register}ed. */
export async function startTestProvider(): Promise<TestProvider> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const clientId = 'claimsmap-test';
	const clientSecret = 'an-invented-client-secret-for-tests-only';
	let handle: ReturnType<Provider['callback']> | null = null;
	server.on('request', (req, res) => {
		if (handle) return handle(req, res);
		res.statusCode = 503;
		res.end('not registered yet');
	});
	const register = (redirectUris: string[]) => {
		const provider = new Provider(issuer, {
			clients: [
				{
					client_id: clientId,
					client_secret: clientSecret,
					redirect_uris: redirectUris,
					grant_types: ['authorization_code'],
					response_types: ['code']
				}
			],
			claims: { openid: ['sub'], profile: ['preferred_username'] },
			conformIdTokenClaims: false,
			ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
			cookies: { keys: ['an-invented-cookie-key'] },
			findAccount: async (_ctx, id) => ({
				accountId: id,
				claims: async () => ({ sub: id, preferred_username: id })
			})
		});
		handle = provider.callback();
	};
	return {
		issuer,
		clientId,
		clientSecret,
		register,
		stop: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** Cookies as a browser keeps them, for following the provider's pages with fetch. */
class CookieJar {
	readonly #cookies = new Map<string, string>();
	take(response: Response): void {
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const at = pair.indexOf('=');
			this.#cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
		}
	}
	header(): string {
		return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
}

/**
 * Signs in at the test provider as `name`, from its authorization URL, through its sign-in and
 * consent pages; returns the URL the provider sends the browser back to (the client's callback).
 */
export async function signInAtProvider(authorizationUrl: URL, name: string): Promise<URL> {
	const jar = new CookieJar();
	let url = authorizationUrl;
	for (let step = 0; step < 12; step++) {
		const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
		jar.take(response);
		const location = response.headers.get('location');
		if (location) {
			const next = new URL(location, url);
			if (next.origin !== authorizationUrl.origin) return next;
			url = next;
			continue;
		}
		const page = await response.text();
		const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
		const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1];
		if (!action || !prompt) throw new Error(`unexpected provider page: ${page.slice(0, 300)}`);
		const form = new URLSearchParams({ prompt });
		if (prompt === 'login') {
			form.set('login', name);
			form.set('password', 'any');
		}
		const posted = await fetch(new URL(action, url), {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
			body: form
		});
		jar.take(posted);
		url = new URL(posted.headers.get('location') ?? '', url);
	}
	throw new Error('the provider did not send the browser back');
}
