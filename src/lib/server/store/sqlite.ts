/**
 * The SQLite implementation of the claim store (better-sqlite3): write-ahead logging, foreign keys,
 * numbered migrations, and one IMMEDIATE transaction per ingest so an article is stored with all its
 * claims or not at all, even when several processes (server and CLI) write at once.
 */
import { parseStoredFeature } from '../../core/geojson/upgrade';
import Database, { type BetterSqlite3 } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClaimCollection, ClaimFeature } from '../../core/contract';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import type {
	Correction,
	CorrectionChange,
	CorrectedProperties
} from '../../core/corrections/correction';
import { buildClaimCollection } from '../../core/geojson/build';
import { buildIncidents } from '../../core/incidents/incident';
import type { IncidentJudgement } from '../../core/incidents/judgements';
import {
	dropMirror,
	forgetGrouping,
	groupArticle,
	grouping,
	incidentMembership,
	insertJudgement,
	listJudgements,
	needsGrouping,
	rebuildIncidents,
	sharedIncidents,
	sharedMembership,
	regroupFeature
} from './incidents';
import { incidentOf } from './incident-of';
import { recordJudgement } from './judge';
import { articleColumns, textKey, urlKey } from './keys';
import { migrate } from './migrations';
import {
	incidentsAfter,
	incidentsOfArticle,
	markStale,
	refreshMarks,
	rowsAround,
	saveMarks,
	storedMarks
} from './sqlite-marks';
import {
	articleDetail,
	articleSummary,
	correctionOf,
	joinSources,
	type ArticleRow,
	type CorrectionRow
} from './rows';
import { FeatureIndexWriter, ORD_STRIDE, readCorrections } from './sqlite-index';
import * as queries from './sqlite-queries';
import type {
	AddOutcome,
	ArticlePage,
	ArticlePageQuery,
	ArticleSummary,
	ClaimPage,
	ClaimPageQuery,
	ClaimQuery,
	ClaimSelection,
	ClaimStore,
	ClaimTotals,
	DayCount,
	FacetOptions,
	RegionCount,
	StoreSources,
	StreamOptions,
	TileCluster,
	TileClustersQuery,
	TilePoint,
	TilePointsQuery,
	CorrectOutcome,
	DuplicateReason,
	JudgeOutcome,
	NewArticle,
	StoredArticle,
	StoredMark,
	UndoOutcome
} from './types';
import { statement } from './sqlite-statements';

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
	/** The clock, as ISO timestamps (tests pass a fixed one). */
	now?: () => string;
	/**
	 * Fault injection for the crash test: block this many milliseconds inside the ingest transaction,
	 * after the article row is written and before its claims are, and say so on stderr.
	 */
	faultDelayMs?: number;
	/** Group claims into incidents on ingest (default true; false only to measure what it costs). */
	groupIncidents?: boolean;
}

interface FeatureRow {
	article_id: string;
	json: string;
}

const ARTICLE_COLUMNS = `
	a.article_id, a.title, a.publisher, a.url, a.published, a.text, a.generator, a.gazetteer, a.added_at, a.added_by,
	(SELECT COUNT(*) FROM features f WHERE f.article_id = a.article_id) AS feature_count,
	(SELECT COUNT(DISTINCT f.claim_id) FROM features f WHERE f.article_id = a.article_id) AS claim_count,
	(SELECT COUNT(DISTINCT c.feature_id) FROM corrections c
		WHERE c.article_id = a.article_id AND c.undone_at IS NULL
		AND c.feature_id IN (SELECT f.feature_id FROM features f WHERE f.article_id = a.article_id))
		AS corrected_count`;

function blockFor(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Opens another connection to a database this process has opened, migrated and indexed with
 * `openDatabase`, without doing so again: its checks count every feature and index row (3-4 s at
 * a million synthetic claims), which a worker thread's read need not repeat.
 */
export function openOpenedDatabase(path: string): BetterSqlite3.Database {
	const db = new Database(path, { timeout: 10_000, fileMustExist: true });
	db.pragma('foreign_keys = ON');
	return db;
}

/** Opens (creating folder and file when missing) and migrates a SQLite database at `path`. */
export function openDatabase(path: string): { db: BetterSqlite3.Database; fromVersion: number } {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path, { timeout: 10_000 });
	try {
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		const fromVersion = migrate(db);
		new FeatureIndexWriter(db).ensureFresh();
		return { db, fromVersion };
	} catch (error) {
		db.close();
		throw new Error(
			`cannot open the ClaimsMap database ${path}: ${(error as Error).message} ` +
				'(move the file aside or set CLAIMSMAP_DB to another path)',
			{ cause: error }
		);
	}
}

/** The claim store over one SQLite database. */
export class SqliteClaimStore implements ClaimStore {
	readonly #db: BetterSqlite3.Database;
	readonly #now: () => string;
	readonly #faultDelayMs: number;
	readonly #index: FeatureIndexWriter;
	readonly #groupIncidents: boolean;

	/** Wraps an open, migrated database. */
	constructor(db: BetterSqlite3.Database, options: SqliteStoreOptions = {}) {
		this.#db = db;
		this.#index = new FeatureIndexWriter(db);
		this.#now = options.now ?? (() => new Date().toISOString());
		this.#faultDelayMs = options.faultDelayMs ?? 0;
		this.#groupIncidents = options.groupIncidents ?? true;
		// A database from before incidents (or filled without grouping) is grouped once.
		if (this.#groupIncidents && needsGrouping(db)) void this.rebuildIncidents();
	}

	/** A value from the `meta` table, or null. */
	getMeta(key: string): string | null {
		const row = this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
			{ value: string } | undefined;
		return row?.value ?? null;
	}

	/** Sets a value in the `meta` table. */
	setMeta(key: string, value: string): void {
		this.#db
			.prepare(
				'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
			)
			.run(key, value);
	}

	#duplicateOf(
		text: string,
		url: string | null,
		articleId?: string
	): { articleId: string; by: DuplicateReason } | null {
		const hash = text.trim() ? textKey(text) : null;
		const byText = (
			hash
				? statement(this.#db, 'SELECT article_id FROM articles WHERE text_hash = ?').get(hash)
				: undefined
		) as { article_id: string } | undefined;
		if (byText) return { articleId: byText.article_id, by: 'text' };
		if (articleId) {
			const byId = statement(this.#db, 'SELECT article_id FROM articles WHERE article_id = ?').get(
				articleId
			) as { article_id: string } | undefined;
			if (byId) return { articleId: byId.article_id, by: 'text' };
		}
		const key = urlKey(url);
		const byUrl = (
			key
				? statement(this.#db, 'SELECT article_id FROM articles WHERE url_key = ?').get(key)
				: undefined
		) as { article_id: string } | undefined;
		if (byUrl) return { articleId: byUrl.article_id, by: 'url' };
		return null;
	}

	/** See {@link ClaimStore.findDuplicate}. */
	async findDuplicate(text: string, url: string | null) {
		return this.#duplicateOf(text, url);
	}

	/** Marks a change every query can see (ETags and cached tiles are keyed by the revision). */
	#bump(): void {
		statement(
			this.#db,
			`INSERT INTO meta (key, value) VALUES ('revision', '1')
				ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`
		).run();
	}

	#insertFeatures(articleId: string, features: readonly ClaimFeature[]): void {
		const insert = statement(
			this.#db,
			'INSERT INTO features (article_id, feature_id, position, claim_id, json) VALUES (?, ?, ?, ?, ?)'
		);
		const { seq } = statement(this.#db, 'SELECT seq FROM articles WHERE article_id = ?').get(
			articleId
		) as { seq: number };
		const indexed = features.map((f, position) => {
			const id = insert.run(articleId, f.id, position, f.properties.claimId, JSON.stringify(f))
				.lastInsertRowid as number;
			return { id: Number(id), ord: seq * ORD_STRIDE + position, feature: f };
		});
		this.#index.writeParsed(indexed);
		this.#bump();
	}

	/**
	 * Brings the stored marks of the incidents a write touched up to date, in its transaction;
	 * without grouping they are marked stale (sqlite-marks.ts).
	 */
	#marksAfter(touched: Iterable<string>): void {
		if (this.#groupIncidents) refreshMarks(this.#db, touched);
		else markStale(this.#db);
	}

	/** Regroups a corrected feature, and brings the marks of the incidents it left and joined up to date. */
	#regroup(feature: ClaimFeature): void {
		if (!this.#groupIncidents) {
			markStale(this.#db);
			return;
		}
		const articleId = feature.properties.articleId;
		const featureId = String(feature.id);
		const before = rowsAround(this.#db, articleId, featureId);
		regroupFeature(this.#db, feature);
		refreshMarks(this.#db, incidentsAfter(this.#db, before, articleId, featureId));
	}

	/** Adds one article inside the caller's transaction; `touched` gathers the incidents it joined. */
	#add(a: NewArticle, touched: Set<string>): AddOutcome {
		const duplicate = this.#duplicateOf(a.text, a.url, a.articleId);
		if (duplicate) return { kind: 'duplicate', ...duplicate };
		statement(
			this.#db,
			`INSERT INTO articles (article_id, title, publisher, url, url_key, published, text, text_hash,
					generator, gazetteer, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(...articleColumns(a, this.#now()));
		if (this.#faultDelayMs > 0) {
			process.stderr.write(`claimsmap-store: ingest transaction open for ${a.articleId}\n`);
			blockFor(this.#faultDelayMs);
		}
		this.#insertFeatures(a.articleId, a.claims.features);
		if (this.#groupIncidents) {
			groupArticle(this.#db, a.articleId, a.claims.features, true);
			for (const id of incidentsOfArticle(this.#db, a.articleId)) touched.add(id);
		} else markStale(this.#db);
		return { kind: 'added', articleId: a.articleId };
	}

	/** See {@link ClaimStore.addArticle}. */
	async addArticle(article: NewArticle): Promise<AddOutcome> {
		try {
			return this.#db
				.transaction((a: NewArticle) => {
					const touched = new Set<string>();
					const outcome = this.#add(a, touched);
					if (touched.size > 0) refreshMarks(this.#db, touched);
					return outcome;
				})
				.immediate(article);
		} catch (error) {
			// The grouping copy in memory may hold claims the failed transaction did not store.
			dropMirror(this.#db);
			throw error;
		}
	}

	/** See {@link ClaimStore.addArticles}. */
	async addArticles(articles: readonly NewArticle[]): Promise<AddOutcome[]> {
		try {
			return this.#db
				.transaction((list: readonly NewArticle[]) => {
					const touched = new Set<string>();
					const outcomes = list.map((a) => this.#add(a, touched));
					if (touched.size > 0) refreshMarks(this.#db, touched);
					return outcomes;
				})
				.immediate(articles);
		} catch (error) {
			dropMirror(this.#db);
			throw error;
		}
	}

	/** See {@link ClaimStore.listArticles}. */
	async listArticles(): Promise<ArticleSummary[]> {
		const rows = this.#db
			.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.seq`)
			.all() as ArticleRow[];
		return rows.map(articleSummary);
	}

	/** See {@link ClaimStore.getArticle}. */
	async getArticle(articleId: string): Promise<StoredArticle | null> {
		const row = this.#db
			.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.article_id = ?`)
			.get(articleId) as ArticleRow | undefined;
		if (!row) return null;
		return articleDetail(row);
	}

	/** See {@link ClaimStore.deleteArticle}. */
	async deleteArticle(articleId: string, by: string | null = null): Promise<boolean> {
		const remove = this.#db.transaction((id: string): boolean => {
			const row = this.#db.prepare('SELECT title FROM articles WHERE article_id = ?').get(id) as
				{ title: string } | undefined;
			if (!row) return false;
			const touched = incidentsOfArticle(this.#db, id);
			this.#db.prepare('DELETE FROM corrections WHERE article_id = ?').run(id);
			this.#db.prepare('DELETE FROM articles WHERE article_id = ?').run(id);
			forgetGrouping(this.#db);
			this.#marksAfter(touched);
			this.#db
				.prepare('INSERT INTO deletions (article_id, title, by, at) VALUES (?, ?, ?, ?)')
				.run(id, row.title, by, this.#now());
			this.#bump();
			return true;
		});
		return remove.immediate(articleId);
	}

	/** Deleted articles, newest first: which, by whom and when (deletions leave this trace only). */
	deletions(): { articleId: string; title: string; by: string | null; at: string }[] {
		const rows = this.#db
			.prepare('SELECT article_id, title, by, at FROM deletions ORDER BY seq DESC')
			.all() as { article_id: string; title: string; by: string | null; at: string }[];
		return rows.map((r) => ({ articleId: r.article_id, title: r.title, by: r.by, at: r.at }));
	}

	#corrections(featureIds?: readonly string[]): Correction[] {
		return readCorrections(this.#db, featureIds);
	}

	#collection(where: string, params: unknown[], query: ClaimQuery): ClaimCollection {
		const rows = this.#db
			.prepare(
				`SELECT f.article_id, f.json FROM features f JOIN articles a ON a.article_id = f.article_id
				${where} ORDER BY a.seq, f.position`
			)
			.all(...params) as FeatureRow[];
		const machine = rows.map((r) => parseStoredFeature(r.json));
		const ids = where ? machine.map((f) => f.id) : undefined;
		const corrected = applyAll(machine, this.#corrections(ids)).filter(
			(f) => query.includeRejected || !(f.properties as CorrectedProperties).rejected
		);
		const sources = this.#db
			.prepare(`SELECT DISTINCT a.generator, a.gazetteer FROM articles a ${where} ORDER BY a.seq`)
			.all(...params) as { generator: string; gazetteer: string }[];
		return buildClaimCollection(corrected, {
			generator: joinSources(sources.map((s) => s.generator)),
			gazetteer: joinSources(sources.map((s) => s.gazetteer))
		});
	}

	/** See {@link ClaimStore.articleClaims}. */
	async articleClaims(articleId: string, query: ClaimQuery = {}): Promise<ClaimCollection | null> {
		const exists = this.#db.prepare('SELECT 1 FROM articles WHERE article_id = ?').get(articleId);
		if (!exists) return null;
		return this.#collection('WHERE a.article_id = ?', [articleId], query);
	}

	/** See {@link ClaimStore.allClaims}. */
	async allClaims(query: ClaimQuery = {}): Promise<ClaimCollection> {
		return this.#collection('', [], query);
	}

	/** See {@link ClaimStore.replaceClaims}. */
	async replaceClaims(articleId: string, claims: ClaimCollection): Promise<boolean> {
		const replace = this.#db.transaction((id: string, c: ClaimCollection): boolean => {
			const updated = this.#db
				.prepare('UPDATE articles SET generator = ?, gazetteer = ? WHERE article_id = ?')
				.run(c.claimsmap.generator, c.claimsmap.gazetteer, id);
			if (updated.changes === 0) return false;
			const touched = incidentsOfArticle(this.#db, id);
			this.#db.prepare('DELETE FROM features WHERE article_id = ?').run(id);
			this.#insertFeatures(id, c.features);
			if (this.#groupIncidents) groupArticle(this.#db, id, c.features);
			this.#marksAfter([...touched, ...incidentsOfArticle(this.#db, id)]);
			return true;
		});
		try {
			return replace.immediate(articleId, claims);
		} catch (error) {
			dropMirror(this.#db);
			throw error;
		}
	}

	#machineFeature(featureId: string): { articleId: string; feature: ClaimFeature } | null {
		const row = this.#db
			.prepare(
				'SELECT f.article_id, f.json FROM features f JOIN articles a ON a.article_id = f.article_id WHERE f.feature_id = ? ORDER BY a.seq LIMIT 1'
			)
			.get(featureId) as FeatureRow | undefined;
		return row ? { articleId: row.article_id, feature: parseStoredFeature(row.json) } : null;
	}

	/** See {@link ClaimStore.getFeature}. */
	async getFeature(featureId: string): Promise<CorrectedFeature | null> {
		const found = this.#machineFeature(featureId);
		if (!found) return null;
		return applyAll([found.feature], this.#corrections([featureId]))[0];
	}

	/** See {@link ClaimStore.correctClaim}. */
	async correctClaim(
		featureId: string,
		change: CorrectionChange,
		by: string | null = null
	): Promise<CorrectOutcome> {
		const found = this.#machineFeature(featureId);
		if (!found) return { kind: 'not_found' };
		// Regrouped in the correction's transaction, so no reader sees the new revision with the
		// old grouping or marks.
		const feature = this.#db
			.transaction(() => {
				this.#db
					.prepare(
						'INSERT INTO corrections (feature_id, article_id, change, at, by) VALUES (?, ?, ?, ?, ?)'
					)
					.run(featureId, found.articleId, JSON.stringify(change), this.#now(), by);
				this.#index.refresh([featureId]);
				this.#bump();
				const corrected = applyAll([found.feature], this.#corrections([featureId]))[0];
				this.#regroup(corrected);
				return corrected;
			})
			.immediate();
		return { kind: 'corrected', feature };
	}

	/** See {@link ClaimStore.undoCorrection}. */
	async undoCorrection(featureId: string, by: string | null = null): Promise<UndoOutcome> {
		const found = this.#machineFeature(featureId);
		if (!found) return { kind: 'not_found' };
		const undo = this.#db.transaction((): Correction | null => {
			const last = this.#db
				.prepare(
					'SELECT seq, feature_id, change, at, by FROM corrections WHERE feature_id = ? AND undone_at IS NULL ORDER BY seq DESC LIMIT 1'
				)
				.get(featureId) as CorrectionRow | undefined;
			if (!last) return null;
			this.#db
				.prepare('UPDATE corrections SET undone_at = ?, undone_by = ? WHERE seq = ?')
				.run(this.#now(), by, last.seq);
			this.#index.refresh([featureId]);
			this.#bump();
			this.#regroup(applyAll([found.feature], this.#corrections([featureId]))[0]);
			return correctionOf(last);
		});
		const undone = undo.immediate();
		const feature = applyAll([found.feature], this.#corrections([featureId]))[0];
		return undone ? { kind: 'undone', feature, undone } : { kind: 'nothing_to_undo', feature };
	}

	/** See {@link ClaimStore.revision}. */
	async revision(): Promise<number> {
		return Number(this.getMeta('revision') ?? 0);
	}

	/** See {@link ClaimStore.listClaims}. */
	async listClaims(query: ClaimPageQuery): Promise<ClaimPage> {
		return queries.listClaims(this.#db, query);
	}

	/** See {@link ClaimStore.totals}. */
	async totals(selection: ClaimSelection): Promise<ClaimTotals> {
		return queries.totals(this.#db, selection);
	}

	/** See {@link ClaimStore.facetCounts}. */
	async facetCounts(selection: ClaimSelection, options: FacetOptions = {}) {
		return queries.facetCounts(this.#db, selection, options);
	}

	/** See {@link ClaimStore.dayHistogram}. */
	async dayHistogram(selection: ClaimSelection): Promise<DayCount[]> {
		return queries.dayHistogram(this.#db, selection);
	}

	/** See {@link ClaimStore.regionCounts}. */
	async regionCounts(selection: ClaimSelection): Promise<RegionCount[]> {
		return queries.regionCounts(this.#db, selection);
	}

	/** See {@link ClaimStore.tilePoints}. */
	async tilePoints(query: TilePointsQuery): Promise<TilePoint[]> {
		return queries.tilePoints(this.#db, query);
	}

	/** See {@link ClaimStore.tileClusters}. */
	async tileClusters(query: TileClustersQuery): Promise<TileCluster[]> {
		return queries.tileClusters(this.#db, query);
	}

	/** See {@link ClaimStore.tileClusterTypes}. */
	async tileClusterTypes(query: TileClustersQuery): Promise<TileCluster[]> {
		return queries.tileClusterTypes(this.#db, query);
	}

	/** See {@link ClaimStore.streamFeatures}; each batch is one synchronous read. */
	async *streamFeatures(
		selection: ClaimSelection,
		options: StreamOptions = {}
	): AsyncGenerator<CorrectedFeature> {
		yield* queries.streamFeatures(this.#db, selection, options.batchSize);
	}

	/** See {@link ClaimStore.claimFeatures}. */
	async claimFeatures(claimId: string, query: ClaimQuery = {}): Promise<CorrectedFeature[]> {
		return queries.claimFeatures(this.#db, claimId, query.includeRejected ?? false);
	}

	/** See {@link ClaimStore.listArticlePage}. */
	async listArticlePage(query: ArticlePageQuery): Promise<ArticlePage> {
		return queries.listArticlePage(this.#db, query);
	}

	/** See {@link ClaimStore.sources}. */
	async sources(): Promise<StoreSources> {
		return queries.sources(this.#db);
	}

	/** See {@link ClaimStore.incidents}. */
	async incidents(query: ClaimQuery = {}) {
		const features = this.#collection('', [], query).features;
		return buildIncidents(features, incidentMembership(this.#db), listJudgements(this.#db));
	}

	/** See {@link ClaimStore.incidentOf}. */
	async incidentOf(featureId: string) {
		return incidentOf(featureId, {
			...grouping(this.#db),
			// The articles of the claims are read (few), and their other claims left out.
			features: async (ids) => {
				const wanted = new Set(ids);
				return this.#collection(
					`WHERE a.article_id IN (SELECT article_id FROM features
						WHERE feature_id IN (SELECT value FROM json_each(?)))`,
					[JSON.stringify(ids)],
					{}
				).features.filter((f): f is ClaimFeature => wanted.has(String(f.id)));
			}
		});
	}

	/** See {@link ClaimStore.judgeIncident}. */
	async judgeIncident(judgement: IncidentJudgement): Promise<JudgeOutcome> {
		return recordJudgement(judgement, {
			exists: async (id) => this.#machineFeature(id) !== null,
			insert: async (j) =>
				this.#db.transaction(() => {
					insertJudgement(this.#db, j);
					markStale(this.#db);
				})(),
			incidents: () => this.incidents({ includeRejected: true })
		});
	}

	/** See {@link ClaimStore.incidentGrouping}. */
	async incidentGrouping() {
		return {
			membership: Object.fromEntries(incidentMembership(this.#db)),
			judgements: listJudgements(this.#db)
		};
	}

	/** See {@link ClaimStore.sharedGrouping}. */
	async sharedGrouping() {
		return {
			membership: sharedMembership(this.#db),
			judgements: listJudgements(this.#db)
		};
	}

	/** See {@link ClaimStore.sharedIncidents}. */
	async sharedIncidents(after: string, limit: number) {
		return sharedIncidents(this.#db, after, limit);
	}

	/** See {@link ClaimStore.incidentJudgements}. */
	async incidentJudgements() {
		return listJudgements(this.#db);
	}

	/** See {@link ClaimStore.servedFeaturesOf}. */
	async servedFeaturesOf(ids: readonly string[]) {
		return queries.servedFeaturesOf(this.#db, ids);
	}

	/** See {@link ClaimStore.markFeaturesOf}. */
	async markFeaturesOf(ids: readonly string[]) {
		return queries.markFeaturesOf(this.#db, ids);
	}

	/** See {@link ClaimStore.deniedFeatureIds}. */
	async deniedFeatureIds() {
		return queries.deniedFeatureIds(this.#db);
	}

	/** See {@link ClaimStore.rebuildIncidents}. */
	async rebuildIncidents(): Promise<number> {
		// Corrected claims are grouped where the analyst put them; rejected ones are grouped too, as
		// they may be restored, and left out when incidents are read.
		const count = rebuildIncidents(
			this.#db,
			this.#collection('', [], { includeRejected: true }).features
		);
		markStale(this.#db);
		return count;
	}

	/** See {@link ClaimStore.storedMarks}. */
	async storedMarks() {
		return storedMarks(this.#db);
	}

	/** See {@link ClaimStore.saveMarks}. */
	async saveMarks(token: string, marks: readonly StoredMark[]) {
		return saveMarks(this.#db, token, marks);
	}

	/** See {@link ClaimStore.close}. */
	async close(): Promise<void> {
		if (this.#db.open) this.#db.close();
	}

	/**
	 * Lets this connection keep up to `mebibytes` of the database's pages in memory (SQLite's
	 * default is 2 MiB). A bulk ingest touches the same pages of a dozen indexes and the text index
	 * in every batch; with them cached it reads them again far less often. Durability is unchanged.
	 */
	setCacheSize(mebibytes: number): void {
		this.#db.pragma(`cache_size = ${-Math.round(mebibytes * 1024)}`);
	}

	/** This connection's page cache as SQLite reports it (negative: in KiB; positive: in pages). */
	cacheSize(): number {
		return this.#db.pragma('cache_size', { simple: true }) as number;
	}
}
