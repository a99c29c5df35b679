/**
 * The SQLite schema as numbered migrations. `PRAGMA user_version` records the last one applied;
 * each runs in its own transaction, so a crash leaves the database at a whole version.
 */
import type { BetterSqlite3 } from 'better-sqlite3';

/** One schema step. Never edit a released step: add a new one. */
export interface Migration {
	version: number;
	description: string;
	sql: string;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		description: 'articles, machine features, corrections, meta',
		sql: `
			CREATE TABLE articles (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				article_id TEXT NOT NULL UNIQUE,
				title TEXT NOT NULL,
				publisher TEXT,
				url TEXT,
				url_key TEXT UNIQUE,
				published TEXT,
				text TEXT NOT NULL,
				text_hash TEXT UNIQUE,
				generator TEXT NOT NULL,
				gazetteer TEXT NOT NULL,
				added_at TEXT NOT NULL
			);
			CREATE TABLE features (
				article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
				feature_id TEXT NOT NULL,
				position INTEGER NOT NULL,
				claim_id TEXT NOT NULL,
				json TEXT NOT NULL,
				PRIMARY KEY (article_id, feature_id)
			);
			CREATE INDEX features_by_id ON features(feature_id);
			CREATE TABLE corrections (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				feature_id TEXT NOT NULL,
				article_id TEXT NOT NULL,
				change TEXT NOT NULL,
				at TEXT NOT NULL,
				undone_at TEXT
			);
			CREATE INDEX corrections_by_feature ON corrections(feature_id, seq);
			CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
		`
	},
	{
		version: 2,
		description: 'accounts, sessions, API tokens; who stored, corrected and deleted what',
		sql: `
			CREATE TABLE users (
				id INTEGER PRIMARY KEY AUTOINCREMENT,
				name TEXT NOT NULL UNIQUE COLLATE NOCASE,
				role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
				password_hash TEXT NOT NULL,
				created_at TEXT NOT NULL,
				disabled_at TEXT
			);
			CREATE TABLE sessions (
				token_hash TEXT PRIMARY KEY,
				user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_at TEXT NOT NULL,
				expires_at TEXT NOT NULL
			);
			CREATE TABLE api_tokens (
				id INTEGER PRIMARY KEY AUTOINCREMENT,
				user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				label TEXT NOT NULL,
				token_hash TEXT NOT NULL UNIQUE,
				created_at TEXT NOT NULL,
				last_used_at TEXT,
				revoked_at TEXT
			);
			ALTER TABLE articles ADD COLUMN added_by TEXT;
			ALTER TABLE corrections ADD COLUMN by TEXT;
			ALTER TABLE corrections ADD COLUMN undone_by TEXT;
			CREATE TABLE deletions (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				article_id TEXT NOT NULL,
				title TEXT NOT NULL,
				by TEXT,
				at TEXT NOT NULL
			);
		`
	},
	{
		version: 3,
		description: "incidents: the grouping of claims, and analysts' judgements on it",
		sql: `
			CREATE TABLE incident_members (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
				feature_id TEXT NOT NULL,
				incident_id TEXT NOT NULL,
				day INTEGER,
				lat REAL,
				lon REAL,
				key TEXT NOT NULL
			);
			CREATE INDEX incident_members_by_article ON incident_members(article_id);
			CREATE INDEX incident_members_by_day ON incident_members(day, lat);
			CREATE TABLE incident_judgements (
				seq INTEGER PRIMARY KEY AUTOINCREMENT,
				kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'verify', 'unverify')),
				feature_id TEXT NOT NULL,
				other_feature_id TEXT,
				note TEXT,
				link TEXT,
				by TEXT,
				at TEXT NOT NULL
			);
		`
	}
];

/** The schema version of an open database (0 when empty). */
export function schemaVersion(db: BetterSqlite3.Database): number {
	return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the migrations the database lacks; returns the version it started at. */
export function migrate(
	db: BetterSqlite3.Database,
	migrations: readonly Migration[] = MIGRATIONS
): number {
	const start = schemaVersion(db);
	const latest = migrations.at(-1)?.version ?? 0;
	if (start > latest) {
		throw new Error(
			`database schema version ${start} is newer than this program knows (${latest}): upgrade ClaimsMap`
		);
	}
	for (const m of migrations) {
		if (m.version <= schemaVersion(db)) continue;
		db.transaction(() => {
			db.exec(m.sql);
			db.pragma(`user_version = ${m.version}`);
		}).immediate();
	}
	return start;
}
