/**
 * The PostgreSQL/PostGIS schema as numbered migrations, the counterpart of migrations.ts for SQLite.
 * `schema_migrations` records the steps applied; each runs in its own transaction, and all of them
 * under one advisory lock, so app servers that start at once against one database migrate it once.
 * Every step the database lacks is applied, not only those above its highest: steps written on
 * parallel branches (numbered 2 and 3, say) reach a database that got 3 first.
 */
import type pg from 'pg';
import { PG_INCIDENTS_MIGRATION } from './postgres-incidents';
import { TILE_CELL_LEVELS } from './tile-cells';

/**
 * The columns of a `feature_counts` row computed from a features row `r`: the filter's precision
 * (`none` without a place), and the oblast only of a region-precision feature (what regionCounts
 * groups by), so the table stays small.
 */
const COUNT_KEYS = (r: string) => `${r}.claimant_side, ${r}.event_type,
	CASE WHEN ${r}.geom IS NULL THEN 'none' ELSE COALESCE(${r}.precision, 'none') END,
	${r}.event_day, ${r}.geom IS NOT NULL, ${r}.rejected, ${r}.claim_size = 1,
	CASE WHEN ${r}.precision = 'region' THEN ${r}.admin1 END,
	CASE WHEN ${r}.precision = 'region' AND ${r}.admin1 IS NOT NULL THEN ${r}.admin1_code END`;
/** GROUP BY of COUNT_KEYS: its nine columns by position. */
const COUNT_GROUP = '1, 2, 3, 4, 5, 6, 7, 8, 9';

/**
 * The `tile_cells` rows of the located features of `source` (a table or a trigger's transition
 * table), at every kept level, with `sign` 1 (added) or -1 (taken away): what the cluster tiles sum
 * (tile-cells.ts).
 */
const CELL_ROWS = (source: string, sign: 1 | -1) => `SELECT l.level,
	FLOOR(r.mx * (2 ^ l.level))::int, FLOOR(r.my * (2 ^ l.level))::int,
	r.claimant_side, r.event_type, r.rejected, ${sign} * COUNT(*),
	${sign} * SUM(ST_X(r.geom)), ${sign} * SUM(ST_Y(r.geom))
	FROM ${source} r CROSS JOIN (VALUES ${TILE_CELL_LEVELS.map((l) => `(${l})`).join(', ')}) AS l(level)
	WHERE r.geom IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6`;

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
	PG_INCIDENTS_MIGRATION,
	{
		// Independent of every other step but 1's schema, so it applies with or without step 2.
		version: 3,
		description: 'accounts, login sessions and API tokens, shared by every app server',
		sql: `
			CREATE TABLE users (
				id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
				name TEXT NOT NULL,
				role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
				password_hash TEXT NOT NULL,
				created_at TEXT NOT NULL,
				disabled_at TEXT
			);
			CREATE UNIQUE INDEX users_name_unique ON users (lower(name));
			CREATE TABLE sessions (
				token_hash TEXT PRIMARY KEY,
				user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_at TEXT NOT NULL,
				expires_at TEXT NOT NULL
			);
			CREATE INDEX sessions_by_user ON sessions (user_id);
			CREATE TABLE api_tokens (
				id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
				user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				label TEXT NOT NULL,
				token_hash TEXT NOT NULL UNIQUE,
				created_at TEXT NOT NULL,
				last_used_at TEXT,
				revoked_at TEXT
			);
		`
	},
	{
		// Depends on step 1 only (as 3 does). Rows are appended by statement triggers (no row is
		// ever updated in place, so concurrent ingests never wait on one another for a count);
		// the store compacts them now and then (postgres-summary.ts).
		version: 4,
		description: 'feature counts kept by triggers; claim sizes; list order indexes',
		sql: `
			ALTER TABLE features ADD COLUMN claim_size INTEGER NOT NULL DEFAULT 1;
			UPDATE features f SET claim_size = c.n
				FROM (SELECT claim_id, COUNT(*)::int AS n FROM features GROUP BY claim_id HAVING COUNT(*) > 1) c
				WHERE f.claim_id = c.claim_id;
			CREATE INDEX features_multi_claims ON features (claim_id) WHERE claim_size > 1;
			CREATE INDEX features_single_by_day ON features
				((geom IS NOT NULL), (COALESCE(event_day, '')) DESC, article_seq, position) WHERE claim_size = 1;
			CREATE INDEX features_single_by_confidence ON features
				((geom IS NOT NULL), confidence DESC, article_seq, position) WHERE claim_size = 1;
			CREATE TABLE feature_counts (
				claimant_side TEXT NOT NULL,
				event_type TEXT NOT NULL,
				precision TEXT NOT NULL,
				event_day TEXT COLLATE "C",
				located BOOLEAN NOT NULL,
				rejected BOOLEAN NOT NULL,
				single BOOLEAN NOT NULL,
				region_admin1 TEXT,
				region_admin1_code TEXT,
				n BIGINT NOT NULL
			);
			CREATE FUNCTION feature_counts_delta() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF TG_OP IN ('INSERT', 'UPDATE') THEN
					INSERT INTO feature_counts
					SELECT ${COUNT_KEYS('r')}, COUNT(*) FROM new_rows r GROUP BY ${COUNT_GROUP};
				END IF;
				IF TG_OP IN ('DELETE', 'UPDATE') THEN
					INSERT INTO feature_counts
					SELECT ${COUNT_KEYS('r')}, -COUNT(*) FROM old_rows r GROUP BY ${COUNT_GROUP};
				END IF;
				RETURN NULL;
			END $$;
			CREATE TRIGGER feature_counts_insert AFTER INSERT ON features
				REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feature_counts_delta();
			CREATE TRIGGER feature_counts_update AFTER UPDATE ON features
				REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
				FOR EACH STATEMENT EXECUTE FUNCTION feature_counts_delta();
			CREATE TRIGGER feature_counts_delete AFTER DELETE ON features
				REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feature_counts_delta();
			INSERT INTO feature_counts
			SELECT ${COUNT_KEYS('r')}, COUNT(*) FROM features r GROUP BY ${COUNT_GROUP};
			ANALYZE features;
			ANALYZE feature_counts;
		`
	},
	{
		version: 5,
		description: 'an index of the features whose claimant denies the event',
		// The map marks a lone denial; the condition is DENIAL_SQL's (postgres-queries.ts).
		sql: `
			CREATE INDEX features_denials ON features (article_seq, position)
				WHERE strpos(json, '"stance":"denies"') > 0;
		`
	},
	{
		// Appended to by statement triggers, as feature_counts is, and folded with it
		// (compactCounts): concurrent ingests never wait on one another for a cell.
		version: 6,
		description: 'located features counted per Web Mercator cell, kept by triggers',
		sql: `
			CREATE TABLE tile_cells (
				level INTEGER NOT NULL,
				cx INTEGER NOT NULL,
				cy INTEGER NOT NULL,
				side TEXT NOT NULL,
				type TEXT NOT NULL,
				rejected BOOLEAN NOT NULL,
				n BIGINT NOT NULL,
				lon DOUBLE PRECISION NOT NULL,
				lat DOUBLE PRECISION NOT NULL
			);
			CREATE INDEX tile_cells_by_cell ON tile_cells (level, cx, cy);
			CREATE FUNCTION tile_cells_delta() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF TG_OP IN ('INSERT', 'UPDATE') THEN
					INSERT INTO tile_cells ${CELL_ROWS('new_rows', 1)};
				END IF;
				IF TG_OP IN ('DELETE', 'UPDATE') THEN
					INSERT INTO tile_cells ${CELL_ROWS('old_rows', -1)};
				END IF;
				RETURN NULL;
			END $$;
			CREATE TRIGGER tile_cells_insert AFTER INSERT ON features
				REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_delta();
			CREATE TRIGGER tile_cells_update AFTER UPDATE ON features
				REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
				FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_delta();
			CREATE TRIGGER tile_cells_delete AFTER DELETE ON features
				REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_delta();
			INSERT INTO tile_cells ${CELL_ROWS('features', 1)};
			ANALYZE tile_cells;
		`
	},
	{
		// The list's side order as step 4 indexed the date and confidence orders: one stretch per
		// side (postgres-queries.ts singleStretches), so a page deep in it is a seek, not a sort.
		version: 7,
		description: 'an index of single-feature claims in the list side order',
		sql: `
			CREATE INDEX features_single_by_side ON features
				((geom IS NOT NULL), claimant_side, (COALESCE(event_day, '')) DESC, article_seq, position)
				WHERE claim_size = 1;
		`
	},
	{
		// The incident marks' shared grouping starts from the members that joined another's
		// incident (a sixth of them at a million synthetic claims), not from every member.
		version: 8,
		description: 'an index of the incident members whose incident is not of their own id',
		sql: `
			CREATE INDEX incident_members_joined ON incident_members (incident_id)
				WHERE incident_id <> feature_id;
			ANALYZE incident_members;
		`
	},
	{
		// A cold read of the incident marks read the grouping and every grouped claim a page at a
		// time; the marks are now written with the grouping (postgres-marks.ts) and read in one
		// range of their order. A database with claims starts stale: its first read of the marks
		// builds them from the whole store and saves them.
		version: 9,
		description: 'each incident’s mark, kept as the grouping changes',
		sql: `
			CREATE TABLE incident_marks (
				incident_id TEXT PRIMARY KEY,
				ord DOUBLE PRECISION NOT NULL,
				mark TEXT NOT NULL
			);
			CREATE INDEX incident_marks_by_order ON incident_marks (ord, incident_id);
			INSERT INTO meta (key, value)
				VALUES ('incident_marks',
					CASE WHEN EXISTS (SELECT 1 FROM features) THEN 'stale' ELSE 'fresh' END)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value;
		`
	}
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

/** The versions recorded in `schema_migrations` (none when the table is missing). */
async function appliedVersions(client: pg.ClientBase): Promise<Set<number>> {
	const exists = await client.query<{ t: string | null }>(
		"SELECT to_regclass('schema_migrations')::text AS t"
	);
	if (!exists.rows[0].t) return new Set();
	const rows = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
	return new Set(rows.rows.map((r) => r.version));
}

/** Applies the migrations the database lacks; returns the version it started at (its highest). */
export async function pgMigrate(
	client: pg.ClientBase,
	migrations: readonly PgMigration[] = PG_MIGRATIONS
): Promise<number> {
	return withSchemaLock(client, async () => {
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
		const applied = await appliedVersions(client);
		const start = Math.max(0, ...applied);
		const known = new Set(migrations.map((m) => m.version));
		const unknown = [...applied].filter((v) => !known.has(v));
		if (unknown.length > 0) {
			throw new Error(
				`database schema version ${Math.max(...unknown)} is newer than this program knows ` +
					`(${[...known].join(', ')}): upgrade ClaimsMap`
			);
		}
		for (const m of migrations) {
			if (applied.has(m.version)) continue;
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
