/**
 * The SQLite schema as numbered migrations. `PRAGMA user_version` records the last one applied;
 * each runs in its own transaction, so a crash leaves the database at a whole version.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { TILE_CELL_LEVELS } from './tile-cells';

/** One schema step. Never edit a released step: add a new one. */
export interface Migration {
	version: number;
	description: string;
	sql: string;
}

/**
 * The `feature_counts` key of an index row `r` (migration 5), in the table's column order: the
 * oblast only of a located region claim (what regionCounts groups by), so the table stays small.
 */
function countKeys(r: string): string {
	const region = `${r}.located = 1 AND ${r}.precision = 'region' AND ${r}.admin1 IS NOT NULL`;
	return `${r}.side, ${r}.side_rank, ${r}.type, ${r}.precision, IFNULL(${r}.day, ''), ${r}.located,
		${r}.rejected, ${r}.claim_size = 1, CASE WHEN ${region} THEN ${r}.admin1 ELSE '' END,
		CASE WHEN ${region} THEN IFNULL(${r}.admin1_code, '') ELSE '' END`;
}

/** A trigger on `feature_index` that adds (+) or takes (-) one from the count of a row's key. */
function countTrigger(name: string, event: string, rows: [string, '+' | '-'][]): string {
	const upserts = rows.map(
		([r, sign]) => `INSERT INTO feature_counts VALUES (${countKeys(r)}, ${sign}1)
			ON CONFLICT (side, type, precision, located, single, rejected, day, region_admin1,
				region_admin1_code) DO UPDATE SET n = n ${sign} 1;`
	);
	return `CREATE TRIGGER feature_counts_${name} AFTER ${event} ON feature_index
		BEGIN ${upserts.join('\n')} END;`;
}

/** The index columns a row's cells depend on. */
const CELL_COLUMNS = 'located, mx, my, lon, lat, side, type, rejected';

/**
 * A trigger on `feature_index` that adds a located row `r` to (+) or takes it from (-) its cell at
 * each kept level, per side, type and rejection: count and coordinate sums (a cell left empty is
 * zeroed, so its sums do not keep rounding residue).
 */
function cellTrigger(name: string, event: string, r: 'new' | 'old', sign: '+' | '-'): string {
	const upserts = TILE_CELL_LEVELS.map(
		(level) => `INSERT INTO tile_cells VALUES (${level}, CAST(${r}.mx * ${2 ** level} AS INTEGER),
			CAST(${r}.my * ${2 ** level} AS INTEGER), ${r}.side, ${r}.type, ${r}.rejected, ${sign}1,
			${sign}${r}.lon, ${sign}${r}.lat)
			ON CONFLICT (level, cx, cy, side, type, rejected) DO UPDATE SET n = n ${sign} 1,
				lon = CASE WHEN n ${sign} 1 = 0 THEN 0 ELSE lon ${sign} ${r}.lon END,
				lat = CASE WHEN n ${sign} 1 = 0 THEN 0 ELSE lat ${sign} ${r}.lat END;`
	);
	return `CREATE TRIGGER tile_cells_${name} AFTER ${event} ON feature_index WHEN ${r}.located = 1
		BEGIN ${upserts.join('\n')} END;`;
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
		description: 'query index: slim per-feature columns, R*Tree of points, FTS5 of texts, revision',
		// Features get a stable integer key (VACUUM may renumber an implicit rowid), which the slim
		// index, the R*Tree and the full-text table share. The index rows hold the values as served
		// (corrections applied); the store fills them after migrating (sqlite-index.ts). The first
		// feature of each claim (its head) carries the claim's sort keys, so a list page walks one
		// index in order and stops after a page instead of grouping every feature.
		sql: `
			CREATE TABLE features_v3 (
				id INTEGER PRIMARY KEY,
				article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
				feature_id TEXT NOT NULL,
				position INTEGER NOT NULL,
				claim_id TEXT NOT NULL,
				json TEXT NOT NULL,
				UNIQUE (article_id, feature_id)
			);
			INSERT INTO features_v3 (article_id, feature_id, position, claim_id, json)
				SELECT f.article_id, f.feature_id, f.position, f.claim_id, f.json
				FROM features f JOIN articles a ON a.article_id = f.article_id ORDER BY a.seq, f.position;
			DROP TABLE features;
			ALTER TABLE features_v3 RENAME TO features;
			CREATE INDEX features_by_id ON features(feature_id);
			CREATE TABLE feature_index (
				id INTEGER PRIMARY KEY REFERENCES features(id) ON DELETE CASCADE,
				ord INTEGER NOT NULL UNIQUE,
				feature_id TEXT NOT NULL,
				claim_id TEXT NOT NULL,
				article_id TEXT NOT NULL,
				side TEXT NOT NULL,
				side_rank INTEGER NOT NULL,
				type TEXT NOT NULL,
				day TEXT,
				precision TEXT NOT NULL,
				confidence REAL NOT NULL,
				located INTEGER NOT NULL,
				lon REAL,
				lat REAL,
				mx REAL,
				my REAL,
				km REAL,
				admin1 TEXT,
				admin1_code TEXT,
				place_key INTEGER,
				rejected INTEGER NOT NULL,
				claim_size INTEGER NOT NULL,
				is_head INTEGER NOT NULL,
				claim_day TEXT NOT NULL,
				claim_conf REAL NOT NULL,
				claim_rank INTEGER NOT NULL
			);
			CREATE INDEX feature_index_by_claim ON feature_index(claim_id, ord);
			CREATE INDEX feature_index_by_article ON feature_index(article_id);
			CREATE INDEX feature_index_by_mercator ON feature_index(mx, my);
			CREATE INDEX claim_heads_by_day ON feature_index(claim_day DESC, ord) WHERE is_head = 1;
			CREATE INDEX claim_heads_by_confidence ON feature_index(claim_conf DESC, ord)
				WHERE is_head = 1;
			CREATE INDEX claim_heads_by_side ON feature_index(claim_rank, claim_day DESC, ord)
				WHERE is_head = 1;
			CREATE VIRTUAL TABLE feature_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
			CREATE VIRTUAL TABLE feature_text USING fts5(
				claimant, place, quote,
				content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
			);
			CREATE TRIGGER feature_index_points_insert AFTER INSERT ON feature_index WHEN new.located = 1
			BEGIN
				INSERT INTO feature_rtree VALUES (new.id, new.lon, new.lon, new.lat, new.lat);
			END;
			CREATE TRIGGER feature_index_points_delete AFTER DELETE ON feature_index WHEN old.located = 1
			BEGIN
				DELETE FROM feature_rtree WHERE id = old.id;
			END;
			CREATE TRIGGER feature_index_points_update AFTER UPDATE OF lon, lat, located ON feature_index
			BEGIN
				DELETE FROM feature_rtree WHERE id = old.id;
				INSERT INTO feature_rtree SELECT new.id, new.lon, new.lon, new.lat, new.lat
					WHERE new.located = 1;
			END;
			CREATE TRIGGER feature_index_text_delete AFTER DELETE ON feature_index
			BEGIN
				DELETE FROM feature_text WHERE rowid = old.id;
			END;
			CREATE VIRTUAL TABLE article_search USING fts5(
				title, publisher,
				content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
			);
			INSERT INTO article_search (rowid, title, publisher)
				SELECT seq, title, coalesce(publisher, '') FROM articles;
			CREATE TRIGGER articles_search_insert AFTER INSERT ON articles
			BEGIN
				INSERT INTO article_search (rowid, title, publisher)
					VALUES (new.seq, new.title, coalesce(new.publisher, ''));
			END;
			CREATE TRIGGER articles_search_delete AFTER DELETE ON articles
			BEGIN
				DELETE FROM article_search WHERE rowid = old.seq;
			END;
			INSERT INTO meta (key, value) VALUES ('revision', '1')
				ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
		`
	},
	{
		version: 4,
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
	},
	{
		version: 5,
		description: 'feature counts kept by triggers; multi-feature claim heads; places index',
		// The summary of a large store (its first view, a side or type toggle, a date range) is
		// then a sum over some thousands of rows, not a scan of every feature. A key column is ''
		// where the feature has no value (no day, not a region claim), so the key is one UNIQUE
		// constraint an upsert can name, in the order the facet counts group by (no sort). Rows at
		// n = 0 stay (a deleted key may come back).
		// Distinct places, and counts under a filter the table does not keep (a confidence floor),
		// read an index of the filter columns in place order instead of the wide index rows: no
		// sort for the places, a fraction of the bytes for the rest. The counts table's own indexes
		// let the histogram and the region counts read it in their groups' order (no sort).
		sql: `
			CREATE TABLE feature_counts (
				side TEXT NOT NULL,
				side_rank INTEGER NOT NULL,
				type TEXT NOT NULL,
				precision TEXT NOT NULL,
				day TEXT NOT NULL,
				located INTEGER NOT NULL,
				rejected INTEGER NOT NULL,
				single INTEGER NOT NULL,
				region_admin1 TEXT NOT NULL,
				region_admin1_code TEXT NOT NULL,
				n INTEGER NOT NULL,
				PRIMARY KEY (side, type, precision, located, single, rejected, day, region_admin1,
					region_admin1_code)
			) WITHOUT ROWID;
			${countTrigger('insert', 'INSERT', [['new', '+']])}
			${countTrigger('delete', 'DELETE', [['old', '-']])}
			${countTrigger('update', 'UPDATE', [
				['old', '-'],
				['new', '+']
			])}
			INSERT INTO feature_counts SELECT ${countKeys('i')}, COUNT(*) FROM feature_index i
				GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
			CREATE INDEX feature_counts_by_day ON feature_counts(day, rejected, side, type, precision, n);
			CREATE INDEX feature_counts_by_region ON feature_counts(side, region_admin1,
				region_admin1_code, rejected, side_rank, type, precision, day, n) WHERE region_admin1 <> '';
			CREATE INDEX claim_heads_multi ON feature_index(claim_size) WHERE is_head = 1 AND claim_size > 1;
			CREATE INDEX feature_index_by_place ON feature_index(place_key, rejected, side, type, precision,
				day, confidence, located);
		`
	},
	{
		version: 6,
		description: 'located features in confidence order, with the counts key',
		// A confidence floor's counts are the counts table's rows without a place plus the located
		// features at or above the floor (or the table less those below it, whichever side is
		// smaller), grouped by the table's key: a range of this index, read without the wide rows.
		// The place key rides along, so the floor's distinct places read the same range.
		sql: `
			CREATE INDEX feature_index_by_confidence ON feature_index(confidence, located, rejected, side,
				side_rank, type, precision, day, claim_size, admin1, admin1_code, place_key) WHERE located = 1;
		`
	},
	{
		version: 7,
		description: 'located features counted per Web Mercator cell, kept by triggers',
		// A cluster tile at low zoom covers most of the store: grouping every feature in it cost
		// 100 ms to seconds at 100k features. The counts per cell (at three levels, three upserts
		// per feature written) answer it from a few hundred rows when the selection is by side and
		// type alone, which the map's tiles are unless a date or another filter is set.
		sql: `
			CREATE TABLE tile_cells (
				level INTEGER NOT NULL,
				cx INTEGER NOT NULL,
				cy INTEGER NOT NULL,
				side TEXT NOT NULL,
				type TEXT NOT NULL,
				rejected INTEGER NOT NULL,
				n INTEGER NOT NULL,
				lon REAL NOT NULL,
				lat REAL NOT NULL,
				PRIMARY KEY (level, cx, cy, side, type, rejected)
			) WITHOUT ROWID;
			${cellTrigger('insert', 'INSERT', 'new', '+')}
			${cellTrigger('delete', 'DELETE', 'old', '-')}
			${cellTrigger('update_old', `UPDATE OF ${CELL_COLUMNS}`, 'old', '-')}
			${cellTrigger('update_new', `UPDATE OF ${CELL_COLUMNS}`, 'new', '+')}
			${TILE_CELL_LEVELS.map(
				(level) => `INSERT INTO tile_cells SELECT ${level}, CAST(mx * ${2 ** level} AS INTEGER),
					CAST(my * ${2 ** level} AS INTEGER), side, type, rejected, COUNT(*), SUM(lon), SUM(lat)
					FROM feature_index WHERE located = 1 GROUP BY 1, 2, 3, 4, 5, 6;`
			).join('\n')}
		`
	},
	{
		version: 8,
		description: 'an index of the features whose claimant denies the event',
		// The map marks a lone denial; finding the few among a million claims read every stored
		// feature's JSON (1.7 s at 1M synthetic claims). The condition is DENIED_IDS_SQL's
		// (sqlite-queries.ts), which the planner matches to use the index.
		sql: `
			CREATE INDEX features_denials ON features(feature_id)
				WHERE instr(json, '"stance":"denies"') > 0;
		`
	},
	{
		version: 9,
		description: 'indexes of incident members by incident, and of those that joined another',
		// The marks' shared grouping counted every incident's members in a temporary B-tree
		// (1.6-2.5 s at 1M synthetic claims); it now starts from the joined members and looks up
		// their incidents' others (SHARED_MEMBERS_SQL, rows.ts). A correction's regrouping
		// finds an incident's heir by the first index too, instead of by a scan.
		sql: `
			CREATE INDEX incident_members_by_incident ON incident_members(incident_id, seq);
			CREATE INDEX incident_members_joined ON incident_members(incident_id)
				WHERE incident_id <> feature_id;
		`
	},
	{
		version: 10,
		description: 'an index of the features whose text names an assessor',
		// The marks read of a grouped claim its query index row and two facts of its stored text:
		// whether it denies (features_denials) and whether an assessor makes it. Looking for the
		// latter in every grouped claim's text read each one's page of the features table (a third
		// of the marks' read at 1M synthetic claims). The condition is MARK_COLUMNS'
		// (sqlite-queries.ts), which the planner matches to use the index.
		sql: `
			CREATE INDEX features_assessors ON features(feature_id)
				WHERE instr(json, '"kind":"assessor"') > 0;
		`
	},
	{
		version: 11,
		description: 'each incident’s mark, kept as the grouping changes',
		// A cold read of the incident marks read the grouping and every grouped claim a page at a
		// time (5.6-7.0 s at 1M synthetic claims); the marks are now written with the grouping
		// (sqlite-marks.ts) and read in one range of their order. A database with claims starts
		// stale: its first read of the marks builds them from the whole store and saves them.
		sql: `
			CREATE TABLE incident_marks (
				incident_id TEXT PRIMARY KEY,
				ord INTEGER NOT NULL,
				mark TEXT NOT NULL
			);
			CREATE INDEX incident_marks_by_order ON incident_marks(ord, incident_id);
			INSERT INTO meta (key, value)
				VALUES ('incident_marks', CASE WHEN EXISTS (SELECT 1 FROM features) THEN 'stale' ELSE 'fresh' END)
				ON CONFLICT(key) DO UPDATE SET value = excluded.value;
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
		// The version is read again under the write lock: another process opening the same file at
		// once may have applied this step between the first look and the lock.
		db.transaction(() => {
			if (m.version <= schemaVersion(db)) return;
			db.exec(m.sql);
			db.pragma(`user_version = ${m.version}`);
		}).immediate();
	}
	return start;
}
