/**
 * How the server is exposed, read once from the environment: the address it binds, whether an open
 * read-only server was asked for, which hosts may be named in requests, and the write rate limit.
 */

/** Tunables of the server's exposure. */
export const SERVER_DEFAULTS = {
	/** Writes one client may make per minute before 429 (CLAIMSMAP_WRITES_PER_MINUTE; 0 = no limit). */
	writesPerMinute: 120,
	/** Address adapter-node binds when HOST is unset. */
	adapterHost: '0.0.0.0'
} as const;

/** The server's exposure settings. */
export interface ServerConfig {
	/** The address the server listens on (HOST). */
	bindHost: string;
	/** True when only this machine can connect (loopback address or a Unix socket). */
	localBind: boolean;
	/** CLAIMSMAP_PUBLIC_READ=1: map and exports open to anyone, writes need an account. */
	publicRead: boolean;
	/** Host names (lower case, without port) that requests may name in Host and Origin. */
	allowedHosts: string[];
	/** Writes per client per minute; 0 turns the limit off. */
	writesPerMinute: number;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];

/** True for loopback addresses and names (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
	const h = host.toLowerCase();
	return LOOPBACK_NAMES.includes(h) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function hostOf(origin: string): string | null {
	try {
		return new URL(origin).hostname.toLowerCase();
	} catch {
		return null;
	}
}

/** The configuration from `env` (process.env by default). */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	const bindHost = env.HOST || SERVER_DEFAULTS.adapterHost;
	const localBind = Boolean(env.SOCKET_PATH) || isLoopback(bindHost);
	const listed = (env.CLAIMSMAP_ALLOWED_HOSTS ?? '')
		.split(',')
		.map((h) => h.trim().toLowerCase())
		.filter(Boolean);
	const origin = env.ORIGIN ? hostOf(env.ORIGIN) : null;
	const bound =
		isLoopback(bindHost) || bindHost === '0.0.0.0' || bindHost === '::' ? [] : [bindHost];
	const rate = Number(env.CLAIMSMAP_WRITES_PER_MINUTE);
	return {
		bindHost,
		localBind,
		publicRead: env.CLAIMSMAP_PUBLIC_READ === '1',
		allowedHosts: [
			...new Set([...LOOPBACK_NAMES, ...listed, ...(origin ? [origin] : []), ...bound])
		],
		writesPerMinute:
			env.CLAIMSMAP_WRITES_PER_MINUTE !== undefined && Number.isFinite(rate) && rate >= 0
				? rate
				: SERVER_DEFAULTS.writesPerMinute
	};
}

/**
 * Why the server must not start as configured, or null. An open server on a reachable address
 * would let anyone rewrite the data, so it needs accounts or an explicit read-only opt-in.
 */
export function startupRefusal(config: ServerConfig, accounts: number): string | null {
	if (config.localBind || accounts > 0 || config.publicRead) return null;
	return [
		`ClaimsMap: refusing to serve on ${config.bindHost} with no accounts: anyone who can reach it could change or delete the data.`,
		'Either:',
		'  - serve on this machine only: HOST=127.0.0.1 (the default of npm start), or',
		'  - create an admin account first: npm run -s cli -- user add NAME --role admin, or',
		'  - serve an open read-only map (all writes refused): CLAIMSMAP_PUBLIC_READ=1.',
		'See "Deploying for a team" in README.md.'
	].join('\n');
}
