/**
 * The PostgreSQL/PostGIS schema as numbered migrations, the counterpart of migrations.ts for SQLite.
 * `schema_migrations` records the steps applied; each runs in its own transaction, and all of them
 * under one advisory lock, so app servers that start at once against one database migrate it once.
 */
import type pg from 'pg';
import { PG_INCIDENTS_MIGRATION } from './postgres-incidents';

/** One schema step. Never edit a released step: add a new one. */
export interface PgMigration {
	version: number;
	description: string;
	sql: string;
}

/**
 * Every migration, in order. Features keep the machine's JSON as written (so exports match the
 * SQLite store byte for byte) beside columns of the feature as served, corrections applied: a
 * PostGIS point with a GiST index for bounding boxes and tiles, a tsvector with a GIN index for
 * text search, and what the filters, facets and tiles read. `revision` counts writes, in the
 * writing transaction, so a cache keyed by it never pairs a new number with old data. Timestamps
 * stay ISO strings, as the SQLite store returns them.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
	{
		version: 1,
		description: 'articles, features with a PostGIS point and a text index, corrections, meta',
		sql: `
			CREATE EXTENSION IF NOT EXISTS postgis;
			CREATE TABLE articles (
				seq BIGSERIAL PRIMARY KEY,
				article_id TEXT NOT NULL CONSTRAINT articles_article_id_unique UNIQUE,
				title TEXT NOT NULL,
				publisher TEXT,
				url TEXT,
				url_key TEXT CONSTRAINT articles_url_key_unique UNIQUE,
				published TEXT,
				text TEXT NOT NULL,
				text_hash TEXT CONSTRAINT articles_text_hash_unique UNIQUE,
				generator TEXT NOT NULL,
				gazetteer TEXT NOT NULL,
				added_at TEXT NOT NULL,
				added_by TEXT,
				search TSVECTOR NOT NULL
			);
			CREATE INDEX articles_search ON articles USING GIN (search);
			CREATE TABLE features (
				article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
				article_seq BIGINT NOT NULL,
				feature_id TEXT NOT NULL,
				position INTEGER NOT NULL,
				claim_id TEXT NOT NULL,
				json TEXT NOT NULL,
				geom geometry(Point, 4326),
				mx DOUBLE PRECISION,
				my DOUBLE PRECISION,
				claimant_side TEXT NOT NULL,
				event_type TEXT NOT NULL,
				precision TEXT,
				event_day TEXT COLLATE "C",
				confidence DOUBLE PRECISION NOT NULL,
				uncertainty_km DOUBLE PRECISION,
				admin1 TEXT,
				admin1_code TEXT,
				rejected BOOLEAN NOT NULL DEFAULT FALSE,
				search TSVECTOR NOT NULL,
				PRIMARY KEY (article_id, feature_id)
			);
			CREATE INDEX features_by_id ON features (feature_id);
			CREATE INDEX features_in_order ON features (article_seq, position);
			CREATE INDEX features_by_claim ON features (claim_id);
			CREATE INDEX features_geom ON features USING GIST (geom);
			CREATE INDEX features_search ON features USING GIN (search);
			CREATE INDEX features_by_day ON features (event_day);
			CREATE TABLE corrections (
				seq BIGSERIAL PRIMARY KEY,
				feature_id TEXT NOT NULL,
				article_id TEXT NOT NULL,
				change TEXT NOT NULL,
				at TEXT NOT NULL,
				by TEXT,
				undone_at TEXT,
				undone_by TEXT
			);
			CREATE INDEX corrections_by_feature ON corrections (feature_id, seq);
			CREATE TABLE deletions (
				seq BIGSERIAL PRIMARY KEY,
				article_id TEXT NOT NULL,
				title TEXT NOT NULL,
				by TEXT,
				at TEXT NOT NULL
			);
			CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
			CREATE TABLE revision (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row), n BIGINT NOT NULL);
			INSERT INTO revision (n) VALUES (0);
		`
	},
	PG_INCIDENTS_MIGRATION
];

/** Any number, so that every ClaimsMap server takes the same lock: "CMAP" in ASCII. */
const MIGRATION_LOCK = 0x434d4150;

/** The schema version of the database the client is connected to (0 when empty). */
export async function pgSchemaVersion(client: pg.ClientBase): Promise<number> {
	const exists = await client.query<{ t: string | null }>(
		"SELECT to_regclass('schema_migrations')::text AS t"
	);
	if (!exists.rows[0].t) return 0;
	const row = await client.query<{ v: number | null }>(
		'SELECT MAX(version)::int AS v FROM schema_migrations'
	);
	return row.rows[0].v ?? 0;
}

/** Runs `work` while holding the lock every ClaimsMap server takes to change the schema. */
export async function withSchemaLock<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
	await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
	try {
		return await work();
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
	}
}

/** Applies the migrations the database lacks; returns the version it started at. */
export async function pgMigrate(
	client: pg.ClientBase,
	migrations: readonly PgMigration[] = PG_MIGRATIONS
): Promise<number> {
	return withSchemaLock(client, async () => {
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
		const start = await pgSchemaVersion(client);
		const latest = migrations.at(-1)?.version ?? 0;
		if (start > latest) {
			throw new Error(
				`database schema version ${start} is newer than this program knows (${latest}): upgrade ClaimsMap`
			);
		}
		for (const m of migrations) {
			if (m.version <= start) continue;
			await client.query('BEGIN');
			try {
				await client.query(m.sql);
				await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
					m.version,
					m.description
				]);
				await client.query('COMMIT');
			} catch (error) {
				await client.query('ROLLBACK');
				throw error;
			}
		}
		return start;
	});
}
