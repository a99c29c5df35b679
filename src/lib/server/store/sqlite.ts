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
import {
	checkChange,
	type Correction,
	type CorrectionChange,
	type CorrectedProperties
} from '../../core/corrections/correction';
import { buildClaimCollection } from '../../core/geojson/build';
import { buildIncidents } from '../../core/incidents/incident';
import type { IncidentJudgement } from '../../core/incidents/judgements';
import {
	dropMirror,
	forgetGrouping,
	groupArticle,
	incidentMembership,
	insertJudgement,
	listJudgements,
	needsGrouping,
	rebuildIncidents,
	regroupFeature
} from './incidents';
import { textKey, urlKey } from './keys';
import { migrate } from './migrations';
import type {
	AddOutcome,
	ArticleSummary,
	ClaimQuery,
	ClaimStore,
	CorrectOutcome,
	DuplicateReason,
	JudgeOutcome,
	NewArticle,
	StoredArticle,
	UndoOutcome
} from './types';

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

interface ArticleRow {
	article_id: string;
	title: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
	text: string;
	generator: string;
	gazetteer: string;
	added_at: string;
	added_by: string | null;
	feature_count: number;
	claim_count: number;
	corrected_count: number;
}

interface FeatureRow {
	article_id: string;
	json: string;
}

interface CorrectionRow {
	seq: number;
	feature_id: string;
	change: string;
	at: string;
	by: string | null;
}

const ARTICLE_COLUMNS = `
	a.article_id, a.title, a.publisher, a.url, a.published, a.text, a.generator, a.gazetteer, a.added_at, a.added_by,
	(SELECT COUNT(*) FROM features f WHERE f.article_id = a.article_id) AS feature_count,
	(SELECT COUNT(DISTINCT f.claim_id) FROM features f WHERE f.article_id = a.article_id) AS claim_count,
	(SELECT COUNT(DISTINCT c.feature_id) FROM corrections c
		WHERE c.article_id = a.article_id AND c.undone_at IS NULL
		AND c.feature_id IN (SELECT f.feature_id FROM features f WHERE f.article_id = a.article_id))
		AS corrected_count`;

function summary(row: ArticleRow): ArticleSummary {
	return {
		articleId: row.article_id,
		title: row.title,
		publisher: row.publisher,
		url: row.url,
		published: row.published,
		addedAt: row.added_at,
		claimCount: row.claim_count,
		featureCount: row.feature_count,
		correctedCount: row.corrected_count,
		addedBy: row.added_by
	};
}

function blockFor(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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
	readonly #groupIncidents: boolean;

	/** Wraps an open, migrated database. */
	constructor(db: BetterSqlite3.Database, options: SqliteStoreOptions = {}) {
		this.#db = db;
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
				? this.#db.prepare('SELECT article_id FROM articles WHERE text_hash = ?').get(hash)
				: undefined
		) as { article_id: string } | undefined;
		if (byText) return { articleId: byText.article_id, by: 'text' };
		if (articleId) {
			const byId = this.#db
				.prepare('SELECT article_id FROM articles WHERE article_id = ?')
				.get(articleId) as { article_id: string } | undefined;
			if (byId) return { articleId: byId.article_id, by: 'text' };
		}
		const key = urlKey(url);
		const byUrl = (
			key
				? this.#db.prepare('SELECT article_id FROM articles WHERE url_key = ?').get(key)
				: undefined
		) as { article_id: string } | undefined;
		if (byUrl) return { articleId: byUrl.article_id, by: 'url' };
		return null;
	}

	/** See {@link ClaimStore.findDuplicate}. */
	async findDuplicate(text: string, url: string | null) {
		return this.#duplicateOf(text, url);
	}

	#insertFeatures(articleId: string, features: readonly ClaimFeature[]): void {
		const insert = this.#db.prepare(
			'INSERT INTO features (article_id, feature_id, position, claim_id, json) VALUES (?, ?, ?, ?, ?)'
		);
		features.forEach((f, position) => {
			insert.run(articleId, f.id, position, f.properties.claimId, JSON.stringify(f));
		});
	}

	/** See {@link ClaimStore.addArticle}. */
	async addArticle(article: NewArticle): Promise<AddOutcome> {
		const add = this.#db.transaction((a: NewArticle): AddOutcome => {
			const duplicate = this.#duplicateOf(a.text, a.url, a.articleId);
			if (duplicate) return { kind: 'duplicate', ...duplicate };
			this.#db
				.prepare(
					`INSERT INTO articles (article_id, title, publisher, url, url_key, published, text, text_hash,
						generator, gazetteer, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
				)
				.run(
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
					a.addedBy ?? null
				);
			if (this.#faultDelayMs > 0) {
				process.stderr.write(`claimsmap-store: ingest transaction open for ${a.articleId}\n`);
				blockFor(this.#faultDelayMs);
			}
			this.#insertFeatures(a.articleId, a.claims.features);
			if (this.#groupIncidents) groupArticle(this.#db, a.articleId, a.claims.features, true);
			return { kind: 'added', articleId: a.articleId };
		});
		try {
			return add.immediate(article);
		} catch (error) {
			// The grouping copy in memory may hold claims the failed transaction did not store.
			dropMirror(this.#db);
			throw error;
		}
	}

	/** See {@link ClaimStore.listArticles}. */
	async listArticles(): Promise<ArticleSummary[]> {
		const rows = this.#db
			.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.seq`)
			.all() as ArticleRow[];
		return rows.map(summary);
	}

	/** See {@link ClaimStore.getArticle}. */
	async getArticle(articleId: string): Promise<StoredArticle | null> {
		const row = this.#db
			.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.article_id = ?`)
			.get(articleId) as ArticleRow | undefined;
		if (!row) return null;
		return { ...summary(row), text: row.text, generator: row.generator, gazetteer: row.gazetteer };
	}

	/** See {@link ClaimStore.deleteArticle}. */
	async deleteArticle(articleId: string, by: string | null = null): Promise<boolean> {
		const remove = this.#db.transaction((id: string): boolean => {
			const row = this.#db.prepare('SELECT title FROM articles WHERE article_id = ?').get(id) as
				{ title: string } | undefined;
			if (!row) return false;
			this.#db.prepare('DELETE FROM corrections WHERE article_id = ?').run(id);
			this.#db.prepare('DELETE FROM articles WHERE article_id = ?').run(id);
			forgetGrouping(this.#db);
			this.#db
				.prepare('INSERT INTO deletions (article_id, title, by, at) VALUES (?, ?, ?, ?)')
				.run(id, row.title, by, this.#now());
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
		const rows = (
			featureIds
				? this.#db
						.prepare(
							`SELECT seq, feature_id, change, at, by FROM corrections WHERE undone_at IS NULL
							AND feature_id IN (SELECT value FROM json_each(?)) ORDER BY seq`
						)
						.all(JSON.stringify(featureIds))
				: this.#db
						.prepare(
							'SELECT seq, feature_id, change, at, by FROM corrections WHERE undone_at IS NULL ORDER BY seq'
						)
						.all()
		) as CorrectionRow[];
		const out: Correction[] = [];
		for (const row of rows) {
			let parsed: unknown;
			try {
				parsed = JSON.parse(row.change);
			} catch {
				continue;
			}
			const check = checkChange(parsed);
			if (check.kind === 'valid')
				out.push({ featureId: row.feature_id, change: check.change, at: row.at, by: row.by });
		}
		return out;
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
		const join = (values: string[]) => [...new Set(values)].join(' + ') || 'claimsmap store';
		return buildClaimCollection(corrected, {
			generator: join(sources.map((s) => s.generator)),
			gazetteer: join(sources.map((s) => s.gazetteer))
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
			this.#db.prepare('DELETE FROM features WHERE article_id = ?').run(id);
			this.#insertFeatures(id, c.features);
			if (this.#groupIncidents) groupArticle(this.#db, id, c.features);
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
		this.#db
			.prepare(
				'INSERT INTO corrections (feature_id, article_id, change, at, by) VALUES (?, ?, ?, ?, ?)'
			)
			.run(featureId, found.articleId, JSON.stringify(change), this.#now(), by);
		const feature = applyAll([found.feature], this.#corrections([featureId]))[0];
		if (this.#groupIncidents) regroupFeature(this.#db, feature);
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
			const check = checkChange(JSON.parse(last.change));
			return check.kind === 'valid'
				? { featureId, change: check.change, at: last.at, by: last.by }
				: null;
		});
		const undone = undo.immediate();
		const feature = applyAll([found.feature], this.#corrections([featureId]))[0];
		if (undone && this.#groupIncidents) regroupFeature(this.#db, feature);
		return undone ? { kind: 'undone', feature, undone } : { kind: 'nothing_to_undo', feature };
	}

	/** See {@link ClaimStore.incidents}. */
	async incidents(query: ClaimQuery = {}) {
		const features = this.#collection('', [], query).features;
		return buildIncidents(features, incidentMembership(this.#db), listJudgements(this.#db));
	}

	/** See {@link ClaimStore.judgeIncident}. */
	async judgeIncident(judgement: IncidentJudgement): Promise<JudgeOutcome> {
		for (const id of [
			judgement.featureId,
			...(judgement.kind === 'merge' ? [judgement.otherFeatureId] : [])
		])
			if (!this.#machineFeature(id)) return { kind: 'not_found', featureId: id };
		insertJudgement(this.#db, judgement);
		const incidents = await this.incidents({ includeRejected: true });
		const incident = incidents.find((i) => i.featureIds.includes(judgement.featureId));
		return incident
			? { kind: 'judged', incident }
			: { kind: 'not_found', featureId: judgement.featureId };
	}

	/** See {@link ClaimStore.incidentGrouping}. */
	async incidentGrouping() {
		return {
			membership: Object.fromEntries(incidentMembership(this.#db)),
			judgements: listJudgements(this.#db)
		};
	}

	/** See {@link ClaimStore.rebuildIncidents}. */
	async rebuildIncidents(): Promise<number> {
		// Corrected claims are grouped where the analyst put them; rejected ones are grouped too, as
		// they may be restored, and left out when incidents are read.
		return rebuildIncidents(this.#db, this.#collection('', [], { includeRejected: true }).features);
	}

	/** See {@link ClaimStore.close}. */
	async close(): Promise<void> {
		if (this.#db.open) this.#db.close();
	}
}
