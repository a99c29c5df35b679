/**
 * The process's claim store: the SQLite database at `$CLAIMSMAP_DB` (default data/claimsmap.db),
 * opened once, migrated, and seeded with the shipped article on first start unless CLAIMSMAP_SEED=0.
 */
import { resolve } from 'node:path';
import { readSeed, defaultSeedPaths, type SeedPaths } from './seed';
import { openDatabase, SqliteClaimStore, type SqliteStoreOptions } from './sqlite';
import type { ClaimStore } from './types';

export type * from './types';
export { SqliteClaimStore } from './sqlite';

/** Path of the database file the process uses. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.CLAIMSMAP_DB || 'data/claimsmap.db');
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions extends SqliteStoreOptions {
	/** The seed to load on first start; null to seed nothing. */
	seed?: SeedPaths | null;
}

const SEEDED = 'seeded_at';

/** Adds the seed articles once per database; a missing seed file leaves it for a later start. */
export async function seedOnce(store: SqliteClaimStore, paths: SeedPaths): Promise<number> {
	if (store.getMeta(SEEDED)) return 0;
	const articles = readSeed(paths);
	if (!articles) return 0;
	let added = 0;
	for (const article of articles) {
		if ((await store.addArticle(article)).kind === 'added') added++;
	}
	store.setMeta(SEEDED, new Date().toISOString());
	return added;
}

/** Opens (creating and migrating when needed) a SQLite store at `path`, seeding it once. */
export async function openStore(
	path: string,
	options: OpenStoreOptions = {}
): Promise<SqliteClaimStore> {
	const { db } = openDatabase(path);
	// The seed is written without the crash test's fault delay, which is for ingests only.
	if (options.seed)
		await seedOnce(new SqliteClaimStore(db, { ...options, faultDelayMs: 0 }), options.seed);
	return new SqliteClaimStore(db, options);
}

let shared: Promise<ClaimStore> | null = null;

/** The process-wide store, opened on first use from the environment. */
export function getStore(): Promise<ClaimStore> {
	shared ??= openStore(databasePath(), {
		seed: process.env.CLAIMSMAP_SEED === '0' ? null : defaultSeedPaths(),
		faultDelayMs: Number(process.env.CLAIMSMAP_FAULT_INGEST_DELAY_MS) || 0
	}).catch((error: unknown) => {
		shared = null;
		throw error;
	});
	return shared;
}

/** Closes the process-wide store (the CLI calls this before exiting so the WAL is checkpointed). */
export async function closeStore(): Promise<void> {
	const open = shared;
	shared = null;
	if (open) await (await open).close();
}
