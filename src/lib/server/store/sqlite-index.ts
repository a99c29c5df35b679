/**
 * The SQLite query index: one slim row per feature holding its values as served (corrections
 * applied), which the R*Tree of points and the FTS5 table of texts follow by trigger or here. Kept
 * apart from the features' JSON so a scan for counts reads a few dozen bytes per feature, not the
 * whole claim. Written in the same transaction as the features and corrections it mirrors.
 */
import type { BetterSqlite3 } from 'better-sqlite3';
import { CLAIMANT_SIDES, type ClaimFeature } from '../../core/contract';
import { applyAll, type CorrectedFeature } from '../../core/corrections/apply';
import { checkChange, type Correction } from '../../core/corrections/correction';
import { claimDay, precisionOf } from '../../core/filter/match';
import { parseStoredFeature } from '../../core/geojson/upgrade';
import { toMercator } from '../tiles/mercator';
import { statement } from './sqlite-statements';

/** Bump when what an index row holds changes: stores rebuild their index once on open. */
export const INDEX_VERSION = '1';
const INDEX_VERSION_KEY = 'feature_index_version';

/** Positions within an article are below this (an article yields at most 2,000 claims). */
export const ORD_STRIDE = 1_000_000;

const SIDE_RANK = new Map<string, number>(CLAIMANT_SIDES.map((s, i) => [s, i]));

/** Stored corrections not undone, oldest first; of the given features only when ids are given. */
export function readCorrections(
	db: BetterSqlite3.Database,
	featureIds?: readonly string[]
): Correction[] {
	const rows = (
		featureIds
			? statement(
					db,
					`SELECT feature_id, change, at, by FROM corrections WHERE undone_at IS NULL
						AND feature_id IN (SELECT value FROM json_each(?)) ORDER BY seq`
				).all(JSON.stringify(featureIds))
			: db
					.prepare(
						'SELECT feature_id, change, at, by FROM corrections WHERE undone_at IS NULL ORDER BY seq'
					)
					.all()
	) as { feature_id: string; change: string; at: string; by: string | null }[];
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

/** A feature as served with where it is stored. */
interface Placed {
	id: number;
	ord: number;
	feature: CorrectedFeature;
}

/** The claim-level sort keys of each claim, over all its features. */
interface ClaimKeys {
	size: number;
	headOrd: number;
	day: string;
	confidence: number;
	rank: number;
}

function claimKeys(items: readonly Placed[]): Map<string, ClaimKeys> {
	const keys = new Map<string, ClaimKeys>();
	for (const { ord, feature } of items) {
		const p = feature.properties;
		const day = claimDay(feature) ?? '';
		const k = keys.get(p.claimId);
		if (!k) {
			keys.set(p.claimId, {
				size: 1,
				headOrd: ord,
				day,
				confidence: p.confidence,
				rank: SIDE_RANK.get(p.claimantSide) ?? CLAIMANT_SIDES.length
			});
			continue;
		}
		k.size += 1;
		if (day > k.day) k.day = day;
		if (p.confidence > k.confidence) k.confidence = p.confidence;
		if (ord < k.headOrd) {
			k.headOrd = ord;
			k.rank = SIDE_RANK.get(p.claimantSide) ?? CLAIMANT_SIDES.length;
		}
	}
	return keys;
}

/** An integer naming a point's 6-decimal coordinates, so distinct places count quickly. */
function placeKey(lon: number, lat: number): number {
	return Math.round((lon + 180) * 1e6) * 200_000_000 + Math.round((lat + 90) * 1e6);
}

/** Writes index rows; one instance per database holds the prepared statements. */
export class FeatureIndexWriter {
	readonly #db: BetterSqlite3.Database;
	readonly #insert: BetterSqlite3.Statement;
	readonly #remove: BetterSqlite3.Statement;
	readonly #text: BetterSqlite3.Statement;

	/** Prepares the statements on an open, migrated database. */
	constructor(db: BetterSqlite3.Database) {
		this.#db = db;
		this.#insert = db.prepare(
			`INSERT INTO feature_index (id, ord, feature_id, claim_id, article_id, side, side_rank, type,
				day, precision, confidence, located, lon, lat, mx, my, km, admin1, admin1_code, place_key,
				rejected, claim_size, is_head, claim_day, claim_conf, claim_rank)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		this.#remove = db.prepare('DELETE FROM feature_index WHERE id = ?');
		this.#text = db.prepare(
			'INSERT INTO feature_text (rowid, claimant, place, quote) VALUES (?, ?, ?, ?)'
		);
	}

	/** Indexes features as served; every feature of each of their claims must be among them. */
	#write(items: readonly Placed[]): void {
		const keys = claimKeys(items);
		for (const { id, ord, feature } of items) {
			const p = feature.properties;
			const k = keys.get(p.claimId)!;
			const point = feature.geometry?.coordinates ?? null;
			const [mx, my] = point ? toMercator(point[0], point[1]) : [null, null];
			const code = (p as unknown as Record<string, unknown>).admin1Code;
			this.#insert.run(
				id,
				ord,
				feature.id,
				p.claimId,
				p.articleId,
				p.claimantSide,
				SIDE_RANK.get(p.claimantSide) ?? CLAIMANT_SIDES.length,
				p.eventType,
				claimDay(feature),
				precisionOf(feature),
				p.confidence,
				point ? 1 : 0,
				point ? point[0] : null,
				point ? point[1] : null,
				mx,
				my,
				p.uncertaintyKm,
				p.admin1,
				typeof code === 'string' ? code : null,
				point ? placeKey(point[0], point[1]) : null,
				p.rejected ? 1 : 0,
				k.size,
				ord === k.headOrd ? 1 : 0,
				k.day,
				k.confidence,
				k.rank
			);
			this.#text.run(
				id,
				p.claimant ?? '',
				[p.placeName, p.placeMention].filter(Boolean).join(' '),
				p.quote
			);
		}
	}

	/** Indexes features just stored (parsed already), each with its row id and order. */
	writeParsed(items: { id: number; ord: number; feature: ClaimFeature }[]): void {
		const served = applyAll(
			items.map((i) => i.feature),
			readCorrections(
				this.#db,
				items.map((i) => i.feature.id)
			)
		);
		this.#write(items.map((item, i) => ({ ...item, feature: served[i] })));
	}

	/** Re-indexes the claims of stored features (after a correction or an undo). */
	refresh(featureIds: readonly string[]): void {
		const rows = this.#db
			.prepare(
				`SELECT f.id, f.json, a.seq, f.position FROM features f
				JOIN articles a ON a.article_id = f.article_id
				WHERE f.claim_id IN (SELECT claim_id FROM features
					WHERE feature_id IN (SELECT value FROM json_each(?)))`
			)
			.all(JSON.stringify(featureIds)) as StoredRow[];
		this.#rewrite(rows, null);
	}

	/** Rewrites the index rows of stored features; corrections read for them unless given. */
	#rewrite(rows: StoredRow[], corrections: Correction[] | null): void {
		const machine = rows.map((r) => parseStoredFeature(r.json));
		const served = applyAll(
			machine,
			corrections ??
				readCorrections(
					this.#db,
					machine.map((f) => f.id)
				)
		);
		for (const row of rows) this.#remove.run(row.id);
		this.#write(
			rows.map((row, i) => ({
				id: row.id,
				ord: row.seq * ORD_STRIDE + row.position,
				feature: served[i]
			}))
		);
	}

	/** Rebuilds the whole index when it was made by another version or is incomplete. */
	ensureFresh(): void {
		const version = (
			this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(INDEX_VERSION_KEY) as
				{ value: string } | undefined
		)?.value;
		const counts = this.#db
			.prepare(
				'SELECT (SELECT COUNT(*) FROM features) AS features, (SELECT COUNT(*) FROM feature_index) AS indexed'
			)
			.get() as { features: number; indexed: number };
		if (version === INDEX_VERSION && counts.features === counts.indexed) return;
		this.#db
			.transaction(() => {
				this.#db.exec(
					'DELETE FROM feature_index; DELETE FROM feature_text; DELETE FROM feature_rtree;'
				);
				const corrections = readCorrections(this.#db);
				// Whole articles per batch: a claim's features are all in its article.
				const select = this.#db.prepare(
					`SELECT f.id, f.json, a.seq, f.position FROM features f
					JOIN articles a ON a.article_id = f.article_id
					WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq, f.position`
				);
				const seqs = this.#db.prepare(
					'SELECT seq FROM articles WHERE seq > ? ORDER BY seq LIMIT 200'
				);
				let after = 0;
				for (;;) {
					const batch = seqs.all(after) as { seq: number }[];
					if (batch.length === 0) break;
					const last = batch[batch.length - 1].seq;
					this.#rewrite(select.all(after, last) as StoredRow[], corrections);
					after = last;
				}
				this.#db
					.prepare(
						'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
					)
					.run(INDEX_VERSION_KEY, INDEX_VERSION);
			})
			.immediate();
	}
}

interface StoredRow {
	id: number;
	json: string;
	seq: number;
	position: number;
}
