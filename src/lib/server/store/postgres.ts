/**
 * The PostgreSQL/PostGIS implementation of the claim store (node-postgres), for a team whose app
 * servers share one database. It answers exactly as the SQLite store does; what differs is how
 * writers are kept apart: an article is written in one transaction and the unique keys of its text,
 * URL and id decide between two servers adding it at once (the loser answers `duplicate`), and the
 * corrections of one feature are serialised by an advisory lock on its id.
 */
import pg from 'pg';
import type { ClaimCollection, ClaimFeature } from '../../core/contract';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import type {
	Correction,
	CorrectionChange,
	CorrectedProperties
} from '../../core/corrections/correction';
import type { FacetCounts } from '../../core/filter/facets';
import { buildClaimCollection } from '../../core/geojson/build';
import { parseStoredFeature } from '../../core/geojson/upgrade';
import type { ClaimTileSpec, NativeTileStore } from '../tiles/claim-tiles';
import { toMercator } from '../tiles/mercator';
import { buildIncidents } from '../../core/incidents/incident';
import type { IncidentGrouping, IncidentJudgement } from '../../core/incidents/judgements';
import { incidentOf } from './incident-of';
import { recordJudgement } from './judge';
import { articleColumns, textKey, urlKey } from './keys';
import * as incidents from './postgres-incidents';
import * as marks from './postgres-marks';
import { pgMigrate, withSchemaLock } from './postgres-migrations';
import * as queries from './postgres-queries';
import { compactCounts, SUMMARY_OPTIONS } from './postgres-summary';
import { foldText } from './postgres-query';
import {
	articleDetail,
	articleSummary,
	correctionOf,
	correctionsOf,
	joinSources,
	type ArticleRow,
	type CorrectionRow
} from './rows';
import type {
	ArticlePage,
	ArticlePageQuery,
	ClaimPage,
	ClaimPageQuery,
	ClaimSelection,
	ClaimTotals,
	DayCount,
	FacetOptions,
	RegionCount,
	StoreSources,
	StreamOptions,
	TileAddress,
	TileCluster,
	TileClustersQuery,
	TilePoint,
	TilePointsQuery
} from './types';
import type {
	AddOutcome,
	ArticleSummary,
	ClaimQuery,
	ClaimStore,
	CorrectOutcome,
	DuplicateReason,
	JudgeOutcome,
	NewArticle,
	OrderedFeature,
	OrderedMarkFeature,
	SharedIncident,
	StoredArticle,
	StoredMark,
	StoredMarks,
	UndoOutcome
} from './types';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
	/** The clock, as ISO timestamps (tests pass a fixed one). */
	now?: () => string;
	/** Fault injection, as in the SQLite store: wait this long inside the ingest transaction. */
	faultDelayMs?: number;
	/** A schema to keep the tables in instead of `public` (tests use one per test). */
	schema?: string;
	/** Connections per server process. */
	poolSize?: number;
	/** Group claims into incidents on ingest (default true; false only to measure what it costs). */
	groupIncidents?: boolean;
}

/**
 * Settings of every connection: no JIT compilation (it costs more than it saves on queries that
 * finish in milliseconds), and memory enough for a facet count's hash tables not to spill to disk.
 */
const SESSION_SETTINGS = ['-c jit=off', '-c work_mem=64MB'];

/** Connections one app server keeps open; several servers share the database's max_connections. */
const DEFAULT_POOL_SIZE = 8;

/** The unique keys of an article; a violation of one means another writer stored it first. */
const ARTICLE_KEYS = new Set([
	'articles_article_id_unique',
	'articles_url_key_unique',
	'articles_text_hash_unique'
]);

/** How often a batch is tried again after losing a race for an article's unique key. */
const MAX_ADD_ATTEMPTS = 5;

/** The text configuration of the search index: words as written, lower-cased, no stemming. */
const SEARCH_CONFIG = 'simple';

/** Advisory lock class of a feature's corrections (the object is a hash of its id). */
const FEATURE_LOCK_CLASS = 1;

const ARTICLE_COLUMNS = `
	a.article_id, a.title, a.publisher, a.url, a.published, a.text, a.generator, a.gazetteer, a.added_at, a.added_by,
	(SELECT COUNT(*)::int FROM features f WHERE f.article_id = a.article_id) AS feature_count,
	(SELECT COUNT(DISTINCT f.claim_id)::int FROM features f WHERE f.article_id = a.article_id) AS claim_count,
	(SELECT COUNT(DISTINCT c.feature_id)::int FROM corrections c
		WHERE c.article_id = a.article_id AND c.undone_at IS NULL
		AND c.feature_id IN (SELECT f.feature_id FROM features f WHERE f.article_id = a.article_id))
		AS corrected_count`;

const INSERT_FEATURES = `
	INSERT INTO features (article_id, article_seq, feature_id, position, claim_id, json, geom, mx, my,
		claimant_side, event_type, precision, event_day, confidence, uncertainty_km, admin1,
		admin1_code, rejected, search, claim_size)
	SELECT $1, $2, u.fid, u.pos, u.cid, u.json,
		CASE WHEN u.lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326) END,
		u.mx, u.my, u.side, u.type, u.prec, u.day, u.conf, u.unc, u.adm, u.admc, u.rej,
		to_tsvector('${SEARCH_CONFIG}', u.words), u.size
	FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::float8[], $8::float8[],
		$9::float8[], $10::float8[], $11::text[], $12::text[], $13::text[], $14::text[], $15::float8[],
		$16::float8[], $17::text[], $18::text[], $19::bool[], $20::text[], $21::int[])
		AS u(fid, pos, cid, json, lon, lat, mx, my, side, type, prec, day, conf, unc, adm, admc, rej, words,
			size)`;

const UPDATE_SERVED = `
	UPDATE features SET
		geom = CASE WHEN $3::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($3, $4), 4326) END,
		mx = $5, my = $6, claimant_side = $7, event_type = $8, precision = $9, event_day = $10,
		confidence = $11, uncertainty_km = $12, admin1 = $13, admin1_code = $14, rejected = $15,
		search = to_tsvector('${SEARCH_CONFIG}', $16)
	WHERE article_id = $1 AND feature_id = $2`;

/** How many features one INSERT_FEATURES statement writes (see PostgresClaimStore.#insertFeatures). */
export const FEATURE_CHUNK = 250;

/** The served columns in the order INSERT_FEATURES and UPDATE_SERVED take them. */
const SERVED_ORDER = [
	'lon',
	'lat',
	'mx',
	'my',
	'side',
	'type',
	'precision',
	'day',
	'confidence',
	'uncertaintyKm',
	'admin1',
	'admin1Code',
	'rejected',
	'words'
] as const;

/** What the indexed columns hold for a feature as served: where, which side, type, day, words. */
export function servedColumns(feature: CorrectedFeature) {
	const p = feature.properties;
	const code = (p as { admin1Code?: unknown }).admin1Code;
	const point = feature.geometry?.coordinates;
	const mercator = point ? toMercator(point[0], point[1]) : null;
	return {
		lon: feature.geometry?.coordinates[0] ?? null,
		lat: feature.geometry?.coordinates[1] ?? null,
		mx: mercator?.[0] ?? null,
		my: mercator?.[1] ?? null,
		side: p.claimantSide,
		type: p.eventType,
		precision: p.precision,
		day: p.eventDate ?? p.published ?? null,
		confidence: p.confidence,
		uncertaintyKm: p.uncertaintyKm,
		admin1: p.admin1,
		admin1Code: typeof code === 'string' ? code : null,
		rejected: p.rejected === true,
		words: foldText([p.claimant, p.placeName, p.placeMention, p.quote].filter(Boolean).join(' '))
	};
}

/** What the article search looks through: title and publisher, folded. */
function articleWords(title: string, publisher: string | null): string {
	return foldText(`${title} ${publisher ?? ''}`);
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A connection URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
	return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Whether a CLAIMSMAP_DB value names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(value: string | undefined): value is string {
	return /^postgres(ql)?:\/\//i.test(value ?? '');
}

function isArticleKeyViolation(error: unknown): boolean {
	const e = error as { code?: string; constraint?: string };
	return e.code === '23505' && ARTICLE_KEYS.has(e.constraint ?? '');
}

/** Opens a pool to `url` and migrates the database, naming the database and the way out on failure. */
export async function openPostgresPool(
	url: string,
	options: PostgresStoreOptions = {}
): Promise<{ pool: pg.Pool; fromVersion: number }> {
	const schema = options.schema;
	if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
		throw new Error(`schema name '${schema}' must be lower-case letters, digits and _`);
	const pool = new pg.Pool({
		connectionString: url,
		max: options.poolSize ?? DEFAULT_POOL_SIZE,
		options: [...SESSION_SETTINGS, ...(schema ? [`-c search_path=${schema},public`] : [])].join(' ')
	});
	// An idle connection the server drops (a restart) is replaced on next use; do not crash.
	pool.on('error', (error) => console.error(`claimsmap-store: ${error.message}`));
	try {
		const client = await pool.connect();
		try {
			// Two servers creating one schema at once would collide: take the migration lock.
			if (schema) {
				await withSchemaLock(client, () => client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`));
				// Set the path again now that the schema surely exists: a path resolved while it did not
				// could put the migration's tables in public (seen when servers start at once).
				await client.query(`SELECT set_config('search_path', $1, false)`, [`${schema},public`]);
			}
			return { pool, fromVersion: await pgMigrate(client) };
		} finally {
			client.release();
		}
	} catch (error) {
		await pool.end();
		throw new Error(
			`cannot open the ClaimsMap database ${redactUrl(url)}: ${(error as Error).message} ` +
				'(check that the server runs, the URL and password are right, and PostGIS is installed: ' +
				'CREATE EXTENSION postgis as the database owner)',
			{ cause: error }
		);
	}
}

/** Runs `work` in one transaction on one connection, committing or rolling back. */
async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

/** The claim store over one PostgreSQL database with PostGIS. */
export class PostgresClaimStore implements ClaimStore, NativeTileStore {
	readonly #pool: pg.Pool;
	readonly #now: () => string;
	readonly #faultDelayMs: number;
	readonly #ctx: queries.QueryContext;
	readonly #groupIncidents: boolean;
	#closed = false;
	/** Features written since this process last compacted the counts table. */
	#written = 0;

	/** Wraps a pool to a migrated database. */
	constructor(pool: pg.Pool, options: PostgresStoreOptions = {}) {
		this.#pool = pool;
		this.#now = options.now ?? (() => new Date().toISOString());
		this.#faultDelayMs = options.faultDelayMs ?? 0;
		this.#ctx = {
			pool,
			served: (rows) => this.#served(rows),
			corrections: (ids) => this.#corrections(this.#pool, ids)
		};
		this.#groupIncidents = options.groupIncidents ?? true;
	}

	/** A value from the `meta` table, or null. */
	async getMeta(key: string): Promise<string | null> {
		const r = await this.#pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [
			key
		]);
		return r.rows[0]?.value ?? null;
	}

	/** Sets a value in the `meta` table. */
	async setMeta(key: string, value: string): Promise<void> {
		await this.#pool.query(
			'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
			[key, value]
		);
	}

	async #duplicateOf(
		db: pg.ClientBase | pg.Pool,
		text: string,
		url: string | null,
		articleId?: string
	): Promise<{ articleId: string; by: DuplicateReason } | null> {
		const first = async (column: string, value: string): Promise<string | null> => {
			const r = await db.query<{ article_id: string }>(
				`SELECT article_id FROM articles WHERE ${column} = $1`,
				[value]
			);
			return r.rows[0]?.article_id ?? null;
		};
		const byText = text.trim() ? await first('text_hash', textKey(text)) : null;
		if (byText) return { articleId: byText, by: 'text' };
		const byId = articleId ? await first('article_id', articleId) : null;
		if (byId) return { articleId: byId, by: 'text' };
		const key = urlKey(url);
		const byUrl = key ? await first('url_key', key) : null;
		if (byUrl) return { articleId: byUrl, by: 'url' };
		return null;
	}

	/** See {@link ClaimStore.findDuplicate}. */
	async findDuplicate(text: string, url: string | null) {
		return this.#duplicateOf(this.#pool, text, url);
	}

	async #corrections(db: pg.ClientBase | pg.Pool, featureIds?: readonly string[]) {
		const r = featureIds
			? await db.query<CorrectionRow>(
					`SELECT seq, feature_id, change, at, by FROM corrections WHERE undone_at IS NULL
					AND feature_id = ANY($1::text[]) ORDER BY seq`,
					[featureIds]
				)
			: await db.query<CorrectionRow>(
					'SELECT seq, feature_id, change, at, by FROM corrections WHERE undone_at IS NULL ORDER BY seq'
				);
		return correctionsOf(r.rows);
	}

	/**
	 * Writes machine features with their served columns (their corrections, if any, applied), in
	 * statements of FEATURE_CHUNK rows inside the caller's transaction: the driver builds each
	 * statement's parameters on this thread in one go, and one statement for a 1,500-claim article
	 * held the event loop for over 100 ms (issue 15); awaiting each piece lets other work in between.
	 */
	async #insertFeatures(
		client: pg.ClientBase,
		articleId: string,
		articleSeq: string | number,
		features: readonly ClaimFeature[]
	): Promise<void> {
		if (features.length === 0) return;
		const corrections = await this.#corrections(
			client,
			features.map((f) => f.id)
		);
		// A claim's features are all in its article: its size is known here, once.
		const sizes = new Map<string, number>();
		for (const f of features)
			sizes.set(f.properties.claimId, (sizes.get(f.properties.claimId) ?? 0) + 1);
		for (let start = 0; start < features.length; start += FEATURE_CHUNK) {
			const chunk = features.slice(start, start + FEATURE_CHUNK);
			const served = applyAll(chunk, corrections).map(servedColumns);
			await client.query(INSERT_FEATURES, [
				articleId,
				articleSeq,
				chunk.map((f) => f.id),
				chunk.map((_, i) => start + i),
				chunk.map((f) => f.properties.claimId),
				chunk.map((f) => JSON.stringify(f)),
				...SERVED_ORDER.map((key) => served.map((s) => s[key])),
				chunk.map((f) => sizes.get(f.properties.claimId)!)
			]);
		}
		this.#written += features.length;
	}

	/**
	 * Folds the counts table's appended deltas once this process has written enough features
	 * since the last time (after its transaction: a compaction never holds up a write).
	 */
	async #compactNow(): Promise<void> {
		if (this.#written < SUMMARY_OPTIONS.compactAfterFeatures) return;
		this.#written = 0;
		await compactCounts(this.#pool);
	}

	/** Counts a write, inside its transaction (see the `revision` table). */
	async #bumpRevision(client: pg.ClientBase): Promise<void> {
		await client.query('UPDATE revision SET n = n + 1');
	}

	/** Adds one article inside the caller's transaction; the batch's earlier ones count as stored. */
	async #add(client: pg.ClientBase, a: NewArticle): Promise<AddOutcome> {
		const duplicate = await this.#duplicateOf(client, a.text, a.url, a.articleId);
		if (duplicate) return { kind: 'duplicate', ...duplicate };
		const inserted = await client.query<{ seq: string }>(
			`INSERT INTO articles (article_id, title, publisher, url, url_key, published, text,
				text_hash, generator, gazetteer, added_at, added_by, search)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
				to_tsvector('${SEARCH_CONFIG}', $13)) RETURNING seq`,
			[...articleColumns(a, this.#now()), articleWords(a.title, a.publisher)]
		);
		if (this.#faultDelayMs > 0) {
			process.stderr.write(`claimsmap-store: ingest transaction open for ${a.articleId}\n`);
			await delay(this.#faultDelayMs);
		}
		await this.#insertFeatures(client, a.articleId, inserted.rows[0].seq, a.claims.features);
		return { kind: 'added', articleId: a.articleId };
	}

	/** See {@link ClaimStore.addArticle}. */
	async addArticle(article: NewArticle): Promise<AddOutcome> {
		return (await this.addArticles([article]))[0];
	}

	/** See {@link ClaimStore.addArticles}. */
	async addArticles(articles: readonly NewArticle[]): Promise<AddOutcome[]> {
		for (let attempt = 1; ; attempt++) {
			try {
				const outcomes = await inTransaction(this.#pool, async (client) => {
					const outcomes: AddOutcome[] = [];
					for (const a of articles) outcomes.push(await this.#add(client, a));
					const added = articles.filter((_, i) => outcomes[i].kind === 'added');
					// Grouped once every article is written (see postgres-incidents.ts on the locks).
					if (this.#groupIncidents)
						await incidents.groupArticles(
							client,
							added.map((a) => ({
								articleId: a.articleId,
								features: a.claims.features,
								fresh: true
							}))
						);
					if (added.length > 0) {
						await this.#marksAfter(
							client,
							this.#groupIncidents
								? await marks.incidentsOfArticles(
										client,
										added.map((a) => a.articleId)
									)
								: []
						);
						await this.#bumpRevision(client);
					}
					return outcomes;
				});
				await this.#compactNow();
				return outcomes;
			} catch (error) {
				// Another writer stored one of these articles between our check and our insert: its
				// unique key made us wait for its commit, and the next attempt's checks see its row.
				if (!isArticleKeyViolation(error) || attempt >= MAX_ADD_ATTEMPTS) throw error;
			}
		}
	}

	/** See {@link ClaimStore.listArticles}. */
	async listArticles(): Promise<ArticleSummary[]> {
		const r = await this.#pool.query<ArticleRow>(
			`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.seq`
		);
		return r.rows.map(articleSummary);
	}

	/** See {@link ClaimStore.getArticle}. */
	async getArticle(articleId: string): Promise<StoredArticle | null> {
		const r = await this.#pool.query<ArticleRow>(
			`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.article_id = $1`,
			[articleId]
		);
		const row = r.rows[0];
		if (!row) return null;
		return articleDetail(row);
	}

	/** See {@link ClaimStore.deleteArticle}. */
	async deleteArticle(articleId: string, by: string | null = null): Promise<boolean> {
		return inTransaction(this.#pool, async (client) => {
			const row = await client.query<{ title: string }>(
				'SELECT title FROM articles WHERE article_id = $1 FOR UPDATE',
				[articleId]
			);
			if (row.rows.length === 0) return false;
			await this.#lockGrouping(client);
			const touched = await marks.incidentsOfArticles(client, [articleId]);
			await client.query('DELETE FROM corrections WHERE article_id = $1', [articleId]);
			await client.query('DELETE FROM articles WHERE article_id = $1', [articleId]);
			await this.#marksAfter(client, touched);
			await client.query(
				'INSERT INTO deletions (article_id, title, by, at) VALUES ($1, $2, $3, $4)',
				[articleId, row.rows[0].title, by, this.#now()]
			);
			await this.#bumpRevision(client);
			return true;
		});
	}

	/** Deleted articles, newest first: which, by whom and when (deletions leave this trace only). */
	async deletions(): Promise<
		{ articleId: string; title: string; by: string | null; at: string }[]
	> {
		const r = await this.#pool.query<{
			article_id: string;
			title: string;
			by: string | null;
			at: string;
		}>('SELECT article_id, title, by, at FROM deletions ORDER BY seq DESC');
		return r.rows.map((x) => ({ articleId: x.article_id, title: x.title, by: x.by, at: x.at }));
	}

	async #collection(where: string, params: unknown[], query: ClaimQuery): Promise<ClaimCollection> {
		const rows = await this.#pool.query<{ json: string }>(
			`SELECT f.json FROM features f JOIN articles a ON a.article_id = f.article_id
			${where} ORDER BY a.seq, f.position`,
			params
		);
		const machine = rows.rows.map((r) => parseStoredFeature(r.json));
		const ids = where ? machine.map((f) => f.id) : undefined;
		const corrected = applyAll(machine, await this.#corrections(this.#pool, ids)).filter(
			(f) => query.includeRejected || !(f.properties as CorrectedProperties).rejected
		);
		const sources = await this.#pool.query<{ generator: string; gazetteer: string }>(
			`SELECT a.generator, a.gazetteer FROM articles a ${where} ORDER BY a.seq`,
			params
		);
		return buildClaimCollection(corrected, {
			generator: joinSources(sources.rows.map((s) => s.generator)),
			gazetteer: joinSources(sources.rows.map((s) => s.gazetteer))
		});
	}

	/** See {@link ClaimStore.articleClaims}. */
	async articleClaims(articleId: string, query: ClaimQuery = {}): Promise<ClaimCollection | null> {
		const exists = await this.#pool.query('SELECT 1 FROM articles WHERE article_id = $1', [
			articleId
		]);
		if (exists.rows.length === 0) return null;
		return this.#collection('WHERE a.article_id = $1', [articleId], query);
	}

	/** See {@link ClaimStore.allClaims}. */
	async allClaims(query: ClaimQuery = {}): Promise<ClaimCollection> {
		return this.#collection('', [], query);
	}

	/** See {@link ClaimStore.replaceClaims}. */
	async replaceClaims(articleId: string, claims: ClaimCollection): Promise<boolean> {
		return inTransaction(this.#pool, async (client) => {
			const updated = await client.query<{ seq: string }>(
				'UPDATE articles SET generator = $1, gazetteer = $2 WHERE article_id = $3 RETURNING seq',
				[claims.claimsmap.generator, claims.claimsmap.gazetteer, articleId]
			);
			if (updated.rows.length === 0) return false;
			await this.#lockGrouping(client);
			const touched = await marks.incidentsOfArticles(client, [articleId]);
			await client.query('DELETE FROM features WHERE article_id = $1', [articleId]);
			await this.#insertFeatures(client, articleId, updated.rows[0].seq, claims.features);
			if (this.#groupIncidents)
				await incidents.groupArticles(client, [
					{ articleId, features: claims.features, fresh: false }
				]);
			await this.#marksAfter(client, [
				...touched,
				...(await marks.incidentsOfArticles(client, [articleId]))
			]);
			await this.#bumpRevision(client);
			return true;
		});
	}

	async #machineFeature(
		db: pg.ClientBase | pg.Pool,
		featureId: string
	): Promise<{ articleId: string; feature: ClaimFeature } | null> {
		const r = await db.query<{ article_id: string; json: string }>(
			`SELECT f.article_id, f.json FROM features f JOIN articles a ON a.article_id = f.article_id
			WHERE f.feature_id = $1 ORDER BY a.seq LIMIT 1`,
			[featureId]
		);
		const row = r.rows[0];
		return row ? { articleId: row.article_id, feature: parseStoredFeature(row.json) } : null;
	}

	/** Recomputes the served columns of every stored copy of a feature after its corrections changed. */
	async #refreshServed(client: pg.ClientBase, featureId: string): Promise<void> {
		const rows = await client.query<{ article_id: string; json: string }>(
			'SELECT article_id, json FROM features WHERE feature_id = $1',
			[featureId]
		);
		const corrections = await this.#corrections(client, [featureId]);
		for (const row of rows.rows) {
			const [served] = applyAll([parseStoredFeature(row.json)], corrections);
			const s = servedColumns(served);
			await client.query(UPDATE_SERVED, [
				row.article_id,
				featureId,
				...SERVED_ORDER.map((key) => s[key])
			]);
		}
		await this.#bumpRevision(client);
	}

	/**
	 * Brings the stored marks of the incidents a write touched up to date, in its transaction and
	 * holding the grouping lock; without grouping they are marked stale (postgres-marks.ts).
	 */
	async #marksAfter(client: pg.ClientBase, touched: Iterable<string>): Promise<void> {
		if (this.#groupIncidents) await marks.refreshMarks(client, touched);
		else await marks.markStale(client);
	}

	/**
	 * Regroups a corrected feature and refreshes its served columns, then brings the marks of the
	 * incidents it left and joined up to date (they read the served columns).
	 */
	async #regroup(client: pg.ClientBase, feature: ClaimFeature): Promise<void> {
		const articleId = feature.properties.articleId;
		const featureId = String(feature.id);
		if (!this.#groupIncidents) {
			await this.#refreshServed(client, featureId);
			await marks.markStale(client);
			return;
		}
		const before = await marks.rowsAround(client, articleId, featureId);
		// Regrouped before the revision is bumped: see postgres-incidents.ts on the order of locks.
		await incidents.regroupFeature(client, feature);
		await this.#refreshServed(client, featureId);
		await marks.refreshMarks(
			client,
			await marks.incidentsAfter(client, before, articleId, featureId)
		);
	}

	/** Takes the transaction's lock on one feature's corrections. */
	async #lockFeature(client: pg.ClientBase, featureId: string): Promise<void> {
		await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
			FEATURE_LOCK_CLASS,
			featureId
		]);
	}

	/**
	 * Takes the grouping lock before a correction bumps the revision, as ingests do (so the two locks
	 * are always taken in one order); a store that does not group takes none.
	 */
	async #lockGrouping(client: pg.ClientBase): Promise<void> {
		if (this.#groupIncidents) await incidents.lockGrouping(client);
	}

	/** See {@link ClaimStore.getFeature}. */
	async getFeature(featureId: string): Promise<CorrectedFeature | null> {
		const found = await this.#machineFeature(this.#pool, featureId);
		if (!found) return null;
		return applyAll([found.feature], await this.#corrections(this.#pool, [featureId]))[0];
	}

	/** See {@link ClaimStore.correctClaim}. */
	async correctClaim(
		featureId: string,
		change: CorrectionChange,
		by: string | null = null
	): Promise<CorrectOutcome> {
		return inTransaction(this.#pool, async (client): Promise<CorrectOutcome> => {
			await this.#lockFeature(client, featureId);
			const found = await this.#machineFeature(client, featureId);
			if (!found) return { kind: 'not_found' };
			await this.#lockGrouping(client);
			await client.query(
				'INSERT INTO corrections (feature_id, article_id, change, at, by) VALUES ($1, $2, $3, $4, $5)',
				[featureId, found.articleId, JSON.stringify(change), this.#now(), by]
			);
			const corrections = await this.#corrections(client, [featureId]);
			const feature = applyAll([found.feature], corrections)[0];
			await this.#regroup(client, feature);
			return { kind: 'corrected', feature };
		});
	}

	/** See {@link ClaimStore.undoCorrection}. */
	async undoCorrection(featureId: string, by: string | null = null): Promise<UndoOutcome> {
		return inTransaction(this.#pool, async (client): Promise<UndoOutcome> => {
			await this.#lockFeature(client, featureId);
			const found = await this.#machineFeature(client, featureId);
			if (!found) return { kind: 'not_found' };
			const last = await client.query<CorrectionRow>(
				`SELECT seq, feature_id, change, at, by FROM corrections
				WHERE feature_id = $1 AND undone_at IS NULL ORDER BY seq DESC LIMIT 1`,
				[featureId]
			);
			let undone: Correction | null = null;
			if (last.rows[0]) {
				await this.#lockGrouping(client);
				await client.query('UPDATE corrections SET undone_at = $1, undone_by = $2 WHERE seq = $3', [
					this.#now(),
					by,
					last.rows[0].seq
				]);
				undone = correctionOf(last.rows[0]);
			}
			const feature = applyAll([found.feature], await this.#corrections(client, [featureId]))[0];
			if (last.rows[0]) await this.#regroup(client, feature);
			return undone ? { kind: 'undone', feature, undone } : { kind: 'nothing_to_undo', feature };
		});
	}

	// Queries: answered from the served columns and their indexes; only the features a page shows
	// are read as JSON and have their corrections applied.

	/** Machine features as served, in the order of `rows`, corrections applied. */
	async #served(rows: readonly { json: string }[]): Promise<CorrectedFeature[]> {
		const machine = rows.map((r) => parseStoredFeature(r.json));
		if (machine.length === 0) return [];
		return applyAll(
			machine,
			await this.#corrections(
				this.#pool,
				machine.map((f) => f.id)
			)
		);
	}

	/** See {@link ClaimStore.revision}. */
	async revision(): Promise<number> {
		const r = await this.#pool.query<{ n: string }>('SELECT n FROM revision');
		return Number(r.rows[0].n);
	}

	/** See {@link ClaimStore.listClaims}. */
	listClaims(query: ClaimPageQuery): Promise<ClaimPage> {
		return queries.listClaims(this.#ctx, query);
	}

	/** See {@link ClaimStore.totals}. */
	totals(selection: ClaimSelection): Promise<ClaimTotals> {
		return queries.totals(this.#ctx, selection);
	}

	/** See {@link ClaimStore.facetCounts}. */
	facetCounts(selection: ClaimSelection, options?: FacetOptions): Promise<FacetCounts> {
		return queries.facetCounts(this.#ctx, selection, options);
	}

	/** See {@link ClaimStore.dayHistogram}. */
	dayHistogram(selection: ClaimSelection): Promise<DayCount[]> {
		return queries.dayHistogram(this.#ctx, selection);
	}

	/** See {@link ClaimStore.regionCounts}. */
	regionCounts(selection: ClaimSelection): Promise<RegionCount[]> {
		return queries.regionCounts(this.#ctx, selection);
	}

	/** See {@link ClaimStore.tilePoints}. */
	tilePoints(query: TilePointsQuery): Promise<TilePoint[]> {
		return queries.tilePoints(this.#ctx, query);
	}

	/** See {@link ClaimStore.tileClusters}. */
	tileClusters(query: TileClustersQuery): Promise<TileCluster[]> {
		return queries.tileClusters(this.#ctx, query);
	}

	/** See {@link ClaimStore.tileClusterTypes}. */
	tileClusterTypes(query: TileClustersQuery): Promise<TileCluster[]> {
		return queries.tileClusters(this.#ctx, query, true);
	}

	/** A claim tile encoded by PostGIS (`ST_AsMVT`); see postgres-queries.ts. */
	encodeClaimTile(
		tile: TileAddress,
		selection: ClaimSelection,
		spec: ClaimTileSpec
	): Promise<Uint8Array> {
		return queries.encodeClaimTile(this.#ctx, tile, selection, spec);
	}

	/** See {@link ClaimStore.streamFeatures}. */
	streamFeatures(
		selection: ClaimSelection,
		options: StreamOptions = {}
	): AsyncIterable<CorrectedFeature> {
		return queries.streamFeatures(this.#ctx, selection, options);
	}

	/** See {@link ClaimStore.claimFeatures}. */
	claimFeatures(claimId: string, query: ClaimQuery = {}): Promise<CorrectedFeature[]> {
		return queries.claimFeatures(this.#ctx, claimId, query);
	}

	/** See {@link ClaimStore.servedFeaturesOf}. */
	servedFeaturesOf(ids: readonly string[]): Promise<OrderedFeature[]> {
		return queries.servedFeaturesOf(this.#ctx, ids);
	}

	/** See {@link ClaimStore.markFeaturesOf}. */
	markFeaturesOf(ids: readonly string[]): Promise<OrderedMarkFeature[]> {
		return queries.markFeaturesOf(this.#ctx, ids);
	}

	/** See {@link ClaimStore.deniedFeatureIds}. */
	deniedFeatureIds(): Promise<string[]> {
		return queries.deniedFeatureIds(this.#ctx);
	}

	/** See {@link ClaimStore.listArticlePage}. */
	listArticlePage(query: ArticlePageQuery): Promise<ArticlePage> {
		return queries.listArticlePage(this.#ctx, query);
	}

	/** See {@link ClaimStore.sources}. */
	sources(): Promise<StoreSources> {
		return queries.sources(this.#ctx);
	}

	// Incidents: the grouping and the judgements are kept by postgres-incidents.ts.

	/** See {@link ClaimStore.incidents}. */
	async incidents(query: ClaimQuery = {}) {
		const [features, membership, judgements] = await Promise.all([
			this.#collection('', [], query),
			incidents.incidentMembership(this.#pool),
			incidents.listJudgements(this.#pool)
		]);
		return buildIncidents(features.features, membership, judgements);
	}

	/** See {@link ClaimStore.incidentOf}. */
	async incidentOf(featureId: string) {
		return incidentOf(featureId, {
			...incidents.grouping(this.#pool),
			// The articles of the claims are read (few), and their other claims left out.
			features: async (ids) => {
				const wanted = new Set(ids);
				const articles = `WHERE a.article_id IN (SELECT article_id FROM features
					WHERE feature_id = ANY($1::text[]))`;
				return (await this.#collection(articles, [ids], {})).features.filter(
					(f): f is ClaimFeature => wanted.has(String(f.id))
				);
			}
		});
	}

	/** See {@link ClaimStore.judgeIncident}. */
	judgeIncident(judgement: IncidentJudgement): Promise<JudgeOutcome> {
		return recordJudgement(judgement, {
			exists: async (id) => (await this.#machineFeature(this.#pool, id)) !== null,
			insert: (j) =>
				inTransaction(this.#pool, async (client) => {
					await incidents.insertJudgement(client, j);
					await marks.markStale(client);
				}),
			incidents: () => this.incidents({ includeRejected: true })
		});
	}

	/** See {@link ClaimStore.incidentGrouping}. */
	async incidentGrouping(): Promise<IncidentGrouping> {
		const [membership, judgements] = await Promise.all([
			incidents.incidentMembership(this.#pool),
			incidents.listJudgements(this.#pool)
		]);
		return { membership: Object.fromEntries(membership), judgements };
	}

	/** See {@link ClaimStore.sharedGrouping}. */
	async sharedGrouping(): Promise<IncidentGrouping> {
		const [membership, judgements] = await Promise.all([
			incidents.sharedMembership(this.#pool),
			incidents.listJudgements(this.#pool)
		]);
		return { membership, judgements };
	}

	/** See {@link ClaimStore.sharedIncidents}. */
	sharedIncidents(after: string, limit: number): Promise<SharedIncident[]> {
		return incidents.sharedIncidents(this.#pool, after, limit);
	}

	/** See {@link ClaimStore.incidentJudgements}. */
	incidentJudgements(): Promise<IncidentJudgement[]> {
		return incidents.listJudgements(this.#pool);
	}

	/** See {@link ClaimStore.rebuildIncidents}. */
	rebuildIncidents(): Promise<number> {
		return inTransaction(this.#pool, async (client) => {
			const count = await incidents.rebuildIncidents(client);
			await marks.markStale(client);
			return count;
		});
	}

	/** See {@link ClaimStore.storedMarks}. */
	storedMarks(): Promise<StoredMarks> {
		return marks.storedMarks(this.#pool);
	}

	/** See {@link ClaimStore.saveMarks}. */
	saveMarks(token: string, stored: readonly StoredMark[]): Promise<boolean> {
		return inTransaction(this.#pool, (client) => marks.saveMarks(client, token, stored));
	}

	/** Groups the claims of a database from before incidents (on open); true when it did. */
	async groupIfNeeded(): Promise<boolean> {
		if (!this.#groupIncidents) return false;
		return inTransaction(this.#pool, async (client) => {
			const regrouped = await incidents.groupIfNeeded(client);
			if (regrouped) await marks.markStale(client);
			return regrouped;
		});
	}

	/** See {@link ClaimStore.close}. */
	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		await this.#pool.end();
	}
}
