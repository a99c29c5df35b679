/** The part of oidc-provider 9's API the test provider uses (the package ships no types). */
declare module 'oidc-provider' {
	import type { IncomingMessage, ServerResponse } from 'node:http';

	interface ClientMetadata {
		client_id: string;
		client_secret: string;
		redirect_uris: string[];
		grant_types: string[];
		response_types: string[];
	}

	interface Account {
		accountId: string;
		claims: () => Promise<Record<string, unknown>>;
	}

	interface Configuration {
		clients: ClientMetadata[];
		claims: Record<string, string[]>;
		conformIdTokenClaims: boolean;
		ttl: Record<string, number>;
		cookies: { keys: string[] };
		findAccount: (ctx: unknown, id: string) => Promise<Account>;
	}

	export default class Provider {
		constructor(issuer: string, configuration: Configuration);
		callback(): (req: IncomingMessage, res: ServerResponse) => void;
	}
}
