/**
 * The PostgreSQL/PostGIS implementation of the claim store (node-postgres), for a team whose app
 * servers share one database. It answers exactly as the SQLite store does; what differs is how
 * writers are kept apart: an article is written in one transaction and the unique keys of its text,
 * URL and id decide between two servers adding it at once (the loser answers `duplicate`), and the
 * corrections of one feature are serialised by an advisory lock on its id.
 */
import pg from 'pg';
import {
	CLAIMANT_SIDES,
	EVENT_TYPES,
	type ClaimCollection,
	type ClaimFeature
} from '../../core/contract';
import { isIsoDay } from '../../core/filter/dates';
import type { FacetCounts } from '../../core/filter/facets';
import type { FilterDimension } from '../../core/filter/match';
import { PRECISION_FILTERS } from '../../core/filter/model';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import type {
	Correction,
	CorrectionChange,
	CorrectedProperties
} from '../../core/corrections/correction';
import { buildClaimCollection } from '../../core/geojson/build';
import { parseStoredFeature } from '../../core/geojson/upgrade';
import { textKey, urlKey } from './keys';
import type { ClaimTileSpec, NativeTileStore } from '../tiles/claim-tiles';
import { toMercator } from '../tiles/mercator';
import { pgMigrate, withSchemaLock } from './postgres-migrations';
import {
	baseConditions,
	dimensionConditions,
	foldText,
	insideBoxSql,
	Params,
	PRECISION_FILTER_SQL,
	prefixQuery,
	selectionSql,
	sideRankSql,
	STORED_ORDER_SQL,
	tileBox
} from './postgres-query';
import {
	articleSummary,
	correctionOf,
	correctionsOf,
	joinSources,
	type ArticleRow,
	type CorrectionRow
} from './rows';
import {
	MAX_PAGE_SIZE,
	type ArticlePage,
	type ArticlePageQuery,
	type ClaimPage,
	type ClaimPageQuery,
	type ClaimSelection,
	type ClaimTotals,
	type DayCount,
	type RegionCount,
	type StoreSources,
	type StreamOptions,
	type TileCluster,
	type TileClustersQuery,
	type TilePoint,
	type TilePointsQuery,
	type TileAddress
} from './types';
import type {
	AddOutcome,
	ArticleSummary,
	ClaimQuery,
	ClaimStore,
	CorrectOutcome,
	DuplicateReason,
	NewArticle,
	StoredArticle,
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
}

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

/** Web Mercator's latitude limit (as in tiles/mercator.ts): points beyond sit on its edge. */
const MAX_MERCATOR_LAT = 85.0511287798;

/** Features read per round trip when streaming an export. */
const DEFAULT_STREAM_BATCH = 2000;

/** The filter dimensions facet counts are given for. */
const FACET_DIMENSIONS = ['sides', 'types', 'precisions', 'articles'] as const;

const zeros = <T extends string>(keys: readonly T[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

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
		admin1_code, rejected, search)
	SELECT $1, $2, u.fid, u.pos, u.cid, u.json,
		CASE WHEN u.lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326) END,
		u.mx, u.my, u.side, u.type, u.prec, u.day, u.conf, u.unc, u.adm, u.admc, u.rej,
		to_tsvector('${SEARCH_CONFIG}', u.words)
	FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::float8[], $8::float8[],
		$9::float8[], $10::float8[], $11::text[], $12::text[], $13::text[], $14::text[], $15::float8[],
		$16::float8[], $17::text[], $18::text[], $19::bool[], $20::text[])
		AS u(fid, pos, cid, json, lon, lat, mx, my, side, type, prec, day, conf, unc, adm, admc, rej, words)`;

const UPDATE_SERVED = `
	UPDATE features SET
		geom = CASE WHEN $3::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($3, $4), 4326) END,
		mx = $5, my = $6, claimant_side = $7, event_type = $8, precision = $9, event_day = $10,
		confidence = $11, uncertainty_km = $12, admin1 = $13, admin1_code = $14, rejected = $15,
		search = to_tsvector('${SEARCH_CONFIG}', $16)
	WHERE article_id = $1 AND feature_id = $2`;

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
		...(schema ? { options: `-c search_path=${schema},public` } : {})
	});
	// An idle connection the server drops (a restart) is replaced on next use; do not crash.
	pool.on('error', (error) => console.error(`claimsmap-store: ${error.message}`));
	try {
		const client = await pool.connect();
		try {
			// Two servers creating one schema at once would collide: take the migration lock.
			if (schema)
				await withSchemaLock(client, () => client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`));
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
	#closed = false;

	/** Wraps a pool to a migrated database. */
	constructor(pool: pg.Pool, options: PostgresStoreOptions = {}) {
		this.#pool = pool;
		this.#now = options.now ?? (() => new Date().toISOString());
		this.#faultDelayMs = options.faultDelayMs ?? 0;
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

	/** Writes machine features with their served columns (their corrections, if any, applied). */
	async #insertFeatures(
		client: pg.ClientBase,
		articleId: string,
		articleSeq: string | number,
		features: readonly ClaimFeature[]
	): Promise<void> {
		if (features.length === 0) return;
		const ids = features.map((f) => f.id);
		const served = applyAll(features, await this.#corrections(client, ids)).map(servedColumns);
		await client.query(INSERT_FEATURES, [
			articleId,
			articleSeq,
			ids,
			features.map((_, position) => position),
			features.map((f) => f.properties.claimId),
			features.map((f) => JSON.stringify(f)),
			...SERVED_ORDER.map((key) => served.map((s) => s[key]))
		]);
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
			[
				a.articleId,
				a.title,
				a.publisher,
				a.url,
				urlKey(a.url),
				a.published,
				a.text,
				a.text.trim() ? textKey(a.text) : null,
				a.claims.claimsmap.generator,
				a.claims.claimsmap.gazetteer,
				this.#now(),
				a.addedBy ?? null,
				articleWords(a.title, a.publisher)
			]
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
				return await inTransaction(this.#pool, async (client) => {
					const outcomes: AddOutcome[] = [];
					for (const a of articles) outcomes.push(await this.#add(client, a));
					if (outcomes.some((o) => o.kind === 'added')) await this.#bumpRevision(client);
					return outcomes;
				});
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
		return {
			...articleSummary(row),
			text: row.text,
			generator: row.generator,
			gazetteer: row.gazetteer
		};
	}

	/** See {@link ClaimStore.deleteArticle}. */
	async deleteArticle(articleId: string, by: string | null = null): Promise<boolean> {
		return inTransaction(this.#pool, async (client) => {
			const row = await client.query<{ title: string }>(
				'SELECT title FROM articles WHERE article_id = $1 FOR UPDATE',
				[articleId]
			);
			if (row.rows.length === 0) return false;
			await client.query('DELETE FROM corrections WHERE article_id = $1', [articleId]);
			await client.query('DELETE FROM articles WHERE article_id = $1', [articleId]);
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
			await client.query('DELETE FROM features WHERE article_id = $1', [articleId]);
			await this.#insertFeatures(client, articleId, updated.rows[0].seq, claims.features);
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

	/** Takes the transaction's lock on one feature's corrections. */
	async #lockFeature(client: pg.ClientBase, featureId: string): Promise<void> {
		await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
			FEATURE_LOCK_CLASS,
			featureId
		]);
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
			await client.query(
				'INSERT INTO corrections (feature_id, article_id, change, at, by) VALUES ($1, $2, $3, $4, $5)',
				[featureId, found.articleId, JSON.stringify(change), this.#now(), by]
			);
			await this.#refreshServed(client, featureId);
			const corrections = await this.#corrections(client, [featureId]);
			return { kind: 'corrected', feature: applyAll([found.feature], corrections)[0] };
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
				await client.query('UPDATE corrections SET undone_at = $1, undone_by = $2 WHERE seq = $3', [
					this.#now(),
					by,
					last.rows[0].seq
				]);
				undone = correctionOf(last.rows[0]);
				await this.#refreshServed(client, featureId);
			}
			const feature = applyAll([found.feature], await this.#corrections(client, [featureId]))[0];
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
	async listClaims(query: ClaimPageQuery): Promise<ClaimPage> {
		const located = query.section === 'located' ? 'TRUE' : 'FALSE';
		/** The section's claims under the selection, one row each, with what they sort on. */
		const groupsSql = (params: Params) => `
			SELECT f.claim_id, MIN(${STORED_ORDER_SQL}) AS first, MAX(f.event_day) AS day,
				MAX(f.confidence) AS confidence,
				(array_agg(f.claimant_side ORDER BY ${STORED_ORDER_SQL}))[1] AS side
			FROM features f WHERE ${selectionSql(query, params)}
			GROUP BY f.claim_id HAVING bool_or(f.geom IS NOT NULL) = ${located}`;
		const params = new Params();
		const groups = groupsSql(params);
		const order =
			query.sort === 'side'
				? `${sideRankSql('g.side', params)}, COALESCE(g.day, '') DESC, g.first`
				: query.sort === 'confidence'
					? 'g.confidence DESC, g.first'
					: `COALESCE(g.day, '') DESC, g.first`;
		const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(query.limit)));
		const offset = Math.max(0, Math.floor(query.offset));
		const page = await this.#pool.query<{ claim_id: string; total: number }>(
			`SELECT g.claim_id, COUNT(*) OVER ()::int AS total FROM (${groups}) g
			ORDER BY ${order} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
			params.values
		);
		let total = page.rows[0]?.total;
		if (total === undefined) {
			// A page past the end has no row to carry the count.
			const counted = new Params();
			const r = await this.#pool.query<{ n: number }>(
				`SELECT COUNT(*)::int AS n FROM (${groupsSql(counted)}) g`,
				counted.values
			);
			total = r.rows[0].n;
		}
		const ids = page.rows.map((r) => r.claim_id);
		if (ids.length === 0) return { total, offset, groups: [] };
		const featureParams = new Params();
		const featureWhere = selectionSql(query, featureParams);
		const rows = await this.#pool.query<{ json: string }>(
			`SELECT f.json FROM features f WHERE ${featureWhere}
			AND f.claim_id = ANY(${featureParams.add(ids)}::text[]) ORDER BY ${STORED_ORDER_SQL}`,
			featureParams.values
		);
		const byClaim = new Map<string, CorrectedFeature[]>(ids.map((id) => [id, []]));
		for (const f of await this.#served(rows.rows)) byClaim.get(f.properties.claimId)?.push(f);
		return {
			total,
			offset,
			groups: ids.map((claimId) => ({ claimId, features: byClaim.get(claimId) ?? [] }))
		};
	}

	/** See {@link ClaimStore.totals}. */
	async totals(selection: ClaimSelection): Promise<ClaimTotals> {
		const params = new Params();
		const r = await this.#pool.query<ClaimTotals>(
			`WITH s AS (SELECT f.claim_id, f.geom FROM features f WHERE ${selectionSql(selection, params)})
			SELECT (SELECT COUNT(*)::int FROM s) AS features,
				(SELECT COUNT(DISTINCT claim_id)::int FROM s) AS claims,
				(SELECT COUNT(DISTINCT (ST_X(geom), ST_Y(geom)))::int FROM s WHERE geom IS NOT NULL) AS places,
				(SELECT COUNT(*)::int FROM (SELECT claim_id FROM s GROUP BY claim_id
					HAVING bool_and(geom IS NULL)) u) AS "unlocatedClaims"`,
			params.values
		);
		return r.rows[0];
	}

	/** See {@link ClaimStore.facetCounts}. */
	async facetCounts(selection: ClaimSelection): Promise<FacetCounts> {
		const params = new Params();
		const base = baseConditions(selection, params);
		const dimensions = dimensionConditions(selection, params);
		const ok = (d: FilterDimension) => dimensions.find(([name]) => name === d)?.[1] ?? 'TRUE';
		const failures = dimensions.length
			? dimensions.map(([, sql]) => `(NOT (${sql}))::int`).join(' + ')
			: '0';
		const counted = (d: FilterDimension) => `(s.fails = 0 OR (s.fails = 1 AND NOT s.ok_${d}))`;
		const r = await this.#pool.query<{ k: string; v: string | null; n: number }>(
			`WITH s AS (
				SELECT f.claimant_side AS side, f.event_type AS type, ${PRECISION_FILTER_SQL} AS precision,
					f.article_id, f.geom IS NULL AS unlocated, ${failures} AS fails,
					${FACET_DIMENSIONS.map((d) => `(${ok(d)}) AS ok_${d}`).join(', ')}
				FROM features f WHERE ${base.length ? base.join(' AND ') : 'TRUE'}
			)
			SELECT 'sides' AS k, side AS v, COUNT(*)::int AS n FROM s WHERE ${counted('sides')} GROUP BY side
			UNION ALL SELECT 'types', type, COUNT(*)::int FROM s WHERE ${counted('types')} GROUP BY type
			UNION ALL SELECT 'precisions', precision, COUNT(*)::int FROM s WHERE ${counted('precisions')}
				GROUP BY precision
			UNION ALL SELECT 'articles', article_id, COUNT(*)::int FROM s WHERE ${counted('articles')}
				GROUP BY article_id
			UNION ALL SELECT 'matched', NULL, COUNT(*)::int FROM s WHERE s.fails = 0
			UNION ALL SELECT 'unlocated', NULL, COUNT(*)::int FROM s WHERE s.fails = 0 AND s.unlocated`,
			params.values
		);
		const counts: FacetCounts = {
			sides: zeros(CLAIMANT_SIDES),
			types: zeros(EVENT_TYPES),
			precisions: zeros(PRECISION_FILTERS),
			articles: {},
			matched: 0,
			unlocated: 0
		};
		for (const { k, v, n } of r.rows) {
			if (k === 'matched') counts.matched = n;
			else if (k === 'unlocated') counts.unlocated = n;
			else if (v !== null)
				(counts[k as 'sides' | 'types' | 'precisions' | 'articles'] as Record<string, number>)[v] =
					n;
		}
		return counts;
	}

	/** See {@link ClaimStore.dayHistogram}. */
	async dayHistogram(selection: ClaimSelection): Promise<DayCount[]> {
		const params = new Params();
		const r = await this.#pool.query<DayCount>(
			`SELECT f.event_day AS day, COUNT(*)::int AS count FROM features f
			WHERE ${selectionSql(selection, params)} AND f.event_day IS NOT NULL
			GROUP BY f.event_day ORDER BY f.event_day`,
			params.values
		);
		return r.rows.filter((d) => isIsoDay(d.day));
	}

	/** See {@link ClaimStore.regionCounts}. */
	async regionCounts(selection: ClaimSelection): Promise<RegionCount[]> {
		const params = new Params();
		const r = await this.#pool.query<RegionCount>(
			`SELECT f.claimant_side AS side, f.admin1, f.admin1_code AS "admin1Code", COUNT(*)::int AS count
			FROM features f WHERE ${selectionSql(selection, params)}
			AND f.precision = 'region' AND f.admin1 IS NOT NULL
			GROUP BY f.claimant_side, f.admin1, f.admin1_code ORDER BY f.admin1, f.claimant_side`,
			params.values
		);
		return r.rows;
	}

	/** See {@link ClaimStore.tilePoints}. */
	async tilePoints(query: TilePointsQuery): Promise<TilePoint[]> {
		const params = new Params();
		const r = await this.#pool.query<TilePoint>(
			`SELECT f.feature_id AS id, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, f.claimant_side AS side,
				f.event_type AS type, f.precision, f.event_day AS day, f.uncertainty_km AS "uncertaintyKm",
				f.admin1
			FROM features f WHERE ${selectionSql(query, params)}
			AND ${insideBoxSql(tileBox(query, query.buffer), params)}
			ORDER BY ${STORED_ORDER_SQL} LIMIT ${params.add(Math.max(0, Math.floor(query.limit)))}`,
			params.values
		);
		return r.rows;
	}

	/** See {@link ClaimStore.tileClusters}. */
	async tileClusters(query: TileClustersQuery): Promise<TileCluster[]> {
		const params = new Params();
		const n = 2 ** query.z;
		const [scale, grid] = [params.add(n), params.add(query.grid)];
		const [x, y] = [params.add(query.x), params.add(query.y)];
		// The tile is x/n <= mx < (x+1)/n in Web Mercator (as in the SQLite store); the envelope
		// lets the GiST index find its points first.
		const r = await this.#pool.query<
			TilePoint & { count: number; cellX: number; cellY: number; mlon: number; mlat: number }
		>(
			`SELECT f.claimant_side AS side, COUNT(*)::int AS count, AVG(ST_X(f.geom)) AS mlon,
				AVG(ST_Y(f.geom)) AS mlat,
				LEAST(${grid} - 1, FLOOR((f.mx * ${scale} - ${x}) * ${grid}))::int AS "cellX",
				LEAST(${grid} - 1, FLOOR((f.my * ${scale} - ${y}) * ${grid}))::int AS "cellY",
				MIN(f.feature_id) AS id, MIN(ST_X(f.geom)) AS lon, MIN(ST_Y(f.geom)) AS lat,
				MIN(f.event_type) AS type, MIN(f.precision) AS precision, MIN(f.event_day) AS day,
				MIN(f.uncertainty_km) AS "uncertaintyKm", MIN(f.admin1) AS admin1
			FROM features f WHERE ${selectionSql(query, params)}
			AND ${insideBoxSql(tileBox(query), params)}
			AND f.mx >= ${params.add(query.x / n)} AND f.mx < ${params.add((query.x + 1) / n)}
			AND f.my >= ${params.add(query.y / n)} AND f.my < ${params.add((query.y + 1) / n)}
			GROUP BY f.claimant_side, 5, 6 ORDER BY 6, 5, 1`,
			params.values
		);
		// With one row in a group, each MIN() is that row's value.
		return r.rows.map(({ count, cellX, cellY, mlon, mlat, ...point }) => ({
			side: point.side,
			count,
			lon: mlon,
			lat: mlat,
			cellX,
			cellY,
			single: count === 1 ? point : null
		}));
	}

	/**
	 * A claim tile encoded by PostGIS (`ST_AsMVT`), to the rules `buildClaimTile` follows in
	 * TypeScript: per-side clusters per grid cell up to `clusterMaxZoom` (a lone claim as itself),
	 * single claims with slim properties above it. Positions are computed from the stored Web
	 * Mercator fractions and rounded as the TypeScript encoder rounds them.
	 */
	async encodeClaimTile(
		tile: TileAddress,
		selection: ClaimSelection,
		spec: ClaimTileSpec
	): Promise<Uint8Array> {
		const params = new Params();
		const n = 2 ** tile.z;
		const [scale, extent] = [params.add(n), params.add(spec.extent)];
		const [x, y] = [params.add(tile.x), params.add(tile.y)];
		const mvtExtent = `${params.add(Math.trunc(spec.extent))}::int`;
		const circles = params.add(spec.circlePrecisions.filter((p) => p !== null));
		const metres = params.add(spec.metresPerPixelZ0);
		/** A position in tile units from Web Mercator fractions, rounded half up like Math.round. */
		const at = (mx: string, my: string) =>
			`ST_MakePoint(FLOOR((${mx} * ${scale} - ${x}) * ${extent} + 0.5),
				FLOOR((${my} * ${scale} - ${y}) * ${extent} + 0.5))`;
		const slim = (lat: string) => `f.feature_id AS id, f.claimant_side AS s, f.event_type AS t,
			COALESCE(f.precision, 'none') AS p,
			CASE WHEN f.precision = ANY(${circles}::text[]) AND COALESCE(f.uncertainty_km, 0) > 0
				THEN f.uncertainty_km * 1000 / (${metres} * cos(radians(${lat}))) ELSE 0 END AS r0,
			f.event_day AS d, CASE WHEN f.precision = 'region' THEN f.admin1 END AS a1`;
		let sql: string;
		if (tile.z <= spec.clusterMaxZoom) {
			const grid = params.add(spec.grid);
			// Mean latitude, clamped to Web Mercator's square, as a fraction of the world from the top.
			const meanMy = `LEAST(1, GREATEST(0, 0.5 - ln((1 + sin(radians(c.lat))) / (1 - sin(radians(c.lat))))
				/ (4 * pi())))`;
			sql = `WITH f AS (
					SELECT f.*, ST_Y(f.geom) AS lat,
						LEAST(${grid} - 1, FLOOR((f.mx * ${scale} - ${x}) * ${grid}))::int AS cx,
						LEAST(${grid} - 1, FLOOR((f.my * ${scale} - ${y}) * ${grid}))::int AS cy,
						COUNT(*) OVER (PARTITION BY f.claimant_side,
							LEAST(${grid} - 1, FLOOR((f.mx * ${scale} - ${x}) * ${grid})),
							LEAST(${grid} - 1, FLOOR((f.my * ${scale} - ${y}) * ${grid}))) AS in_cell
					FROM features f WHERE ${selectionSql(selection, params)}
					AND ${insideBoxSql(tileBox(tile), params)}
					AND f.mx >= ${params.add(tile.x / n)} AND f.mx < ${params.add((tile.x + 1) / n)}
					AND f.my >= ${params.add(tile.y / n)} AND f.my < ${params.add((tile.y + 1) / n)}
				),
				c AS (
					SELECT f.claimant_side AS s, COUNT(*)::int AS n, AVG(ST_X(f.geom)) AS lon,
						LEAST(${MAX_MERCATOR_LAT}, GREATEST(-${MAX_MERCATOR_LAT}, AVG(f.lat))) AS lat
					FROM f WHERE f.in_cell > 1 GROUP BY f.claimant_side, f.cx, f.cy
				),
				clusters AS (
					SELECT ${at('(c.lon + 180) / 360', meanMy)} AS geom, c.s, c.n FROM c
				),
				claims AS (
					SELECT ${at('f.mx', 'f.my')} AS geom, ${slim('f.lat')} FROM f WHERE f.in_cell = 1
				)
				SELECT (SELECT COALESCE(ST_AsMVT(clusters, ${params.add(spec.layers.clusters)}::text, ${mvtExtent}, 'geom'), '')
					FROM clusters)
					|| (SELECT COALESCE(ST_AsMVT(claims, ${params.add(spec.layers.claims)}::text, ${mvtExtent}, 'geom'), '')
					FROM claims) AS tile`;
		} else {
			sql = `WITH claims AS (
					SELECT ${at('f.mx', 'f.my')} AS geom, ${slim('ST_Y(f.geom)')}
					FROM features f WHERE ${selectionSql(selection, params)}
					AND ${insideBoxSql(tileBox(tile, spec.buffer), params)}
					ORDER BY ${STORED_ORDER_SQL} LIMIT ${params.add(spec.pointLimit)}
				)
				SELECT COALESCE(ST_AsMVT(claims, ${params.add(spec.layers.claims)}::text, ${mvtExtent}, 'geom'), '')
					AS tile FROM claims`;
		}
		const r = await this.#pool.query<{ tile: Buffer }>(sql, params.values);
		const bytes = r.rows[0].tile;
		return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
	}

	/** See {@link ClaimStore.streamFeatures}. */
	async *streamFeatures(
		selection: ClaimSelection,
		options: StreamOptions = {}
	): AsyncIterable<CorrectedFeature> {
		const batch = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_STREAM_BATCH));
		let after: [string, number] = ['-1', -1];
		for (;;) {
			const params = new Params();
			const r = await this.#pool.query<{ json: string; article_seq: string; position: number }>(
				`SELECT f.json, f.article_seq, f.position FROM features f
				WHERE ${selectionSql(selection, params)}
				AND (f.article_seq, f.position) > (${params.add(after[0])}::bigint, ${params.add(after[1])}::int)
				ORDER BY f.article_seq, f.position LIMIT ${params.add(batch)}`,
				params.values
			);
			yield* await this.#served(r.rows);
			if (r.rows.length < batch) return;
			const last = r.rows[r.rows.length - 1];
			after = [last.article_seq, last.position];
		}
	}

	/** See {@link ClaimStore.claimFeatures}. */
	async claimFeatures(claimId: string, query: ClaimQuery = {}): Promise<CorrectedFeature[]> {
		const r = await this.#pool.query<{ json: string }>(
			`SELECT f.json FROM features f WHERE f.claim_id = $1
			${query.includeRejected ? '' : 'AND NOT f.rejected'} ORDER BY ${STORED_ORDER_SQL}`,
			[claimId]
		);
		return (await this.#served(r.rows)).filter(
			(f) => query.includeRejected || !(f.properties as CorrectedProperties).rejected
		);
	}

	/** See {@link ClaimStore.listArticlePage}. */
	async listArticlePage(query: ArticlePageQuery): Promise<ArticlePage> {
		const params = new Params();
		const search = prefixQuery(query.search);
		const where = search ? `a.search @@ to_tsquery('simple', ${params.add(search)})` : 'TRUE';
		const limit = Math.max(0, Math.floor(query.limit));
		const offset = Math.max(0, Math.floor(query.offset));
		const total = await this.#pool.query<{ n: number }>(
			`SELECT COUNT(*)::int AS n FROM articles a WHERE ${where}`,
			params.values
		);
		const r = await this.#pool.query<{
			article_id: string;
			title: string;
			publisher: string | null;
			published: string | null;
			feature_count: number;
		}>(
			`SELECT a.article_id, a.title, a.publisher, a.published,
				(SELECT COUNT(*)::int FROM features f WHERE f.article_id = a.article_id) AS feature_count
			FROM articles a WHERE ${where} ORDER BY a.seq
			LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
			params.values
		);
		return {
			total: total.rows[0].n,
			offset,
			articles: r.rows.map((a) => ({
				articleId: a.article_id,
				title: a.title,
				publisher: a.publisher,
				published: a.published,
				featureCount: a.feature_count
			}))
		};
	}

	/** See {@link ClaimStore.sources}. */
	async sources(): Promise<StoreSources> {
		const r = await this.#pool.query<{ generator: string; gazetteer: string }>(
			'SELECT generator, gazetteer FROM articles ORDER BY seq'
		);
		return {
			generator: joinSources(r.rows.map((s) => s.generator)),
			gazetteer: joinSources(r.rows.map((s) => s.gazetteer))
		};
	}

	/** See {@link ClaimStore.close}. */
	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		await this.#pool.end();
	}
}
