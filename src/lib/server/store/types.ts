/**
 * The storage interface of articles, their machine claims and reviewers' corrections. Routes, the
 * CLI and the UI's endpoints speak only this, so a server database can replace SQLite later.
 */
import type { ClaimCollection } from '../../core/contract';
import type { CorrectedFeature } from '../../core/corrections/apply';
import type { Correction, CorrectionChange } from '../../core/corrections/correction';
import type { ArticleSummary } from '../../core/ingest/article-summary';
import type { ListSort } from '../../core/filter/claim-groups';
import type { FacetCounts } from '../../core/filter/facets';
import type { ClaimFilter } from '../../core/filter/model';
import type { ClaimantSide, EventType, Precision } from '../../core/contract';
import type { Incident } from '../../core/incidents/incident';
import type { MarkFeature } from '../../core/incidents/mark-features';
import type { IncidentGrouping, IncidentJudgement } from '../../core/incidents/judgements';

export type { ArticleSummary };

/** Why an article counts as already stored. */
export const DUPLICATE_REASONS = ['text', 'url'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** An extracted article ready to store: its metadata, its input text and its claims. */
export interface NewArticle {
	articleId: string;
	title: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
	/** The text as submitted (plain, Markdown or HTML), kept so the article can be re-extracted. */
	text: string;
	claims: ClaimCollection;
	/** The account that added it; null or absent for the single local analyst. */
	addedBy?: string | null;
}

/** The outcome of adding an article. */
export type AddOutcome =
	| { kind: 'added'; articleId: string }
	| { kind: 'duplicate'; articleId: string; by: DuplicateReason };

/** A stored article with its text and what extracted it. */
export interface StoredArticle extends ArticleSummary {
	text: string;
	generator: string;
	gazetteer: string;
}

/** Whether rejected features are included in a collection (they are kept, never deleted). */
export interface ClaimQuery {
	includeRejected?: boolean;
}

/**
 * What every query method selects: the page's filter (the same value the URL and the exports use),
 * an optional text search, and whether rejected features count. Every query applies corrections
 * first: a feature moved, re-sided or re-typed by a reviewer is found where and as it now is.
 */
export interface ClaimSelection {
	filter: ClaimFilter;
	/**
	 * Words that must all occur in the claim's claimant, place (as resolved or as written) or quote;
	 * each word matches as a word prefix, case and accents ignored. Empty or absent: no search.
	 */
	search?: string;
	/** Include features a reviewer rejected (default false: they leave the map and the exports). */
	includeRejected?: boolean;
}

/** Which part of the list a page is from: claims with a selected place, or the ones without. */
export const LIST_SECTIONS = ['located', 'unlocated'] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

/** One page of the claim list. */
export interface ClaimPageQuery extends ClaimSelection {
	/** `date`: latest day first; `confidence`: highest first; `side`: side order, then date. */
	sort: ListSort;
	/**
	 * `located`: claims with at least one selected feature that has a place; `unlocated`: claims
	 * whose selected features have none. Ties keep the order the features were stored in.
	 */
	section: ListSection;
	/** Claims to skip (0-based), counted from `after` when given. */
	offset: number;
	/** Claims to return, 1..{@link MAX_PAGE_SIZE}. */
	limit: number;
	/**
	 * A previous page's `next`: the page starts after that claim (a seek, as fast deep in the list
	 * as at its top). Must be of the same sort; null or absent: from the top.
	 */
	after?: string | null;
}

/** Most claims one list page may hold. */
export const MAX_PAGE_SIZE = 500;

/** A claim as a list row: its selected features (one per place), corrections applied. */
export interface ClaimGroupRow {
	claimId: string;
	/** The claim's features that pass the selection, in stored order; at least one. */
	features: CorrectedFeature[];
}

/** A page of the list. */
export interface ClaimPage {
	/** Claims in this section under the selection (not only on this page). */
	total: number;
	offset: number;
	groups: ClaimGroupRow[];
	/** The cursor (`after`) of the page after this one; null when this page is not full. */
	next: string | null;
}

/** The list header's counts: "N claims at M places · K without a place". */
export interface ClaimTotals {
	/** Selected features. */
	features: number;
	/** Distinct claims (`claimId`) among them. */
	claims: number;
	/** Distinct points the located ones stand on. */
	places: number;
	/** Claims whose selected features have no place. */
	unlocatedClaims: number;
}

/** Features on one day (`eventDate`, else the article's `published`). */
export interface DayCount {
	day: string;
	count: number;
}

/** One claim feature as a vector tile carries it: only what drawing and filtering need. */
export interface TilePoint {
	id: string;
	lon: number;
	lat: number;
	side: ClaimantSide;
	type: EventType;
	precision: Precision | null;
	/** The day it is filtered on (`eventDate ?? published`), or null. */
	day: string | null;
	/** Radius of uncertainty in km, or null. */
	uncertaintyKm: number | null;
	/** The oblast it names (for region claims, which shade their oblast instead of a pin). */
	admin1: string | null;
}

/** Which tile, in the XYZ scheme of Web Mercator (z 0..22). */
export interface TileAddress {
	z: number;
	x: number;
	y: number;
}

/** Input of a tile's points: the selection inside one tile (plus a margin), at most `limit`. */
export interface TilePointsQuery extends ClaimSelection, TileAddress {
	/** Margin around the tile, as a fraction of its width, so symbols on its edge are not cut. */
	buffer: number;
	limit: number;
}

/**
 * Input of a tile's clusters: the selection inside one tile, grouped per side into a `grid` x
 * `grid` raster of equal Web Mercator cells over the tile.
 */
export interface TileClustersQuery extends ClaimSelection, TileAddress {
	grid: number;
}

/** The claims of one side in one cell of a tile's grid. */
export interface TileCluster {
	side: ClaimantSide;
	count: number;
	/** Mean position of its claims. */
	lon: number;
	lat: number;
	/** Cell column and row in the tile's grid (0..grid-1). */
	cellX: number;
	cellY: number;
	/** The claim itself when `count` is 1, so a lone claim is drawn as its symbol, not a bubble. */
	single: TilePoint | null;
	/** Its claims per event type (from `tileClusterTypes`; absent from `tileClusters`). */
	types?: Partial<Record<EventType, number>>;
}

/** One side's region-precision claims in one oblast (drawn as a shaded oblast, not a pin). */
export interface RegionCount {
	side: ClaimantSide;
	admin1: string;
	/** The oblast's code when the feature carries one (`admin1Code`), else null. */
	admin1Code: string | null;
	count: number;
}

/** A page of the stored articles, for the filter panel's bounded list. */
export interface ArticlePageQuery {
	/** Words that must all occur in the title or publisher (word prefixes); empty for all. */
	search?: string;
	offset: number;
	limit: number;
}

/** An article as the filter panel lists it. */
export interface ArticleRow {
	articleId: string;
	title: string;
	publisher: string | null;
	published: string | null;
	featureCount: number;
}

/** A page of articles, oldest first, with the number matching the search. */
export interface ArticlePage {
	total: number;
	offset: number;
	articles: ArticleRow[];
}

/** Options of {@link ClaimStore.facetCounts}. */
export interface FacetOptions {
	/**
	 * Which articles get a count: `all` (the default) or `chosen`, only those the selection's
	 * filter names (none when it names none), which spares a large store a count per article.
	 */
	articles?: 'all' | 'chosen';
}

/** A served feature with its place in the stored order (comparable within one store). */
export interface OrderedFeature {
	order: number;
	feature: CorrectedFeature;
}

/** A served feature cut to what marking reads, with its place in the stored order. */
export interface OrderedMarkFeature {
	order: number;
	feature: MarkFeature;
}

/**
 * One incident's stored mark (`incident_marks`, see mark-rows.ts): its id, the stored order of its
 * first served claim, and its mark and claims as JSON (mark-rows.ts `storedMarkOf`).
 */
export interface StoredMark {
	incidentId: string;
	order: number;
	mark: string;
}

/**
 * The stored marks, in order, or that they are stale (never built, or a write the store could not
 * bring them up to date with, such as a judgement): `token` names that state, so marks read from
 * the whole store are saved only when no write came since.
 */
export type StoredMarks = { kind: 'fresh'; marks: StoredMark[] } | { kind: 'stale'; token: string };

/** An incident that some member joined, with its members' ids in the order grouped. */
export interface SharedIncident {
	incidentId: string;
	featureIds: string[];
}

/** Options of {@link ClaimStore.streamFeatures}. */
export interface StreamOptions {
	/** Rows read from the backend per round trip; memory stays bounded by it. */
	batchSize?: number;
}

/** What produced the stored claims, joined over articles ("claimsmap 0.1 + claimsmap 0.2"). */
export interface StoreSources {
	generator: string;
	gazetteer: string;
}

/** The outcome of correcting a feature. */
export type CorrectOutcome =
	{ kind: 'corrected'; feature: CorrectedFeature } | { kind: 'not_found' };

/** The outcome of undoing a feature's latest correction. */
export type UndoOutcome =
	| { kind: 'undone'; feature: CorrectedFeature; undone: Correction }
	| { kind: 'nothing_to_undo'; feature: CorrectedFeature }
	| { kind: 'not_found' };

/** The outcome of an analyst's judgement on an incident. */
export type JudgeOutcome =
	{ kind: 'judged'; incident: Incident } | { kind: 'not_found'; featureId: string };

/** Articles, claims and corrections, kept safely. Every method is async so any backend fits. */
export interface ClaimStore {
	/** The stored article that `text` (normalised) or `url` duplicates, if any. */
	findDuplicate(
		text: string,
		url: string | null
	): Promise<{ articleId: string; by: DuplicateReason } | null>;
	/** Stores an article and all its claims in one transaction, or reports the duplicate it is. */
	addArticle(article: NewArticle): Promise<AddOutcome>;
	/**
	 * Stores several articles in one transaction (a bulk ingest's batch), each checked for
	 * duplicates against the store and the batch's earlier articles; outcomes in input order.
	 */
	addArticles(articles: readonly NewArticle[]): Promise<AddOutcome[]>;
	/** Every article, oldest first, with claim counts. */
	listArticles(): Promise<ArticleSummary[]>;
	/** One article with its text, or null. */
	getArticle(articleId: string): Promise<StoredArticle | null>;
	/** Removes an article, its claims and their corrections, noting who; false when there was none. */
	deleteArticle(articleId: string, by?: string | null): Promise<boolean>;
	/** One article's claims with corrections applied, or null when the article is unknown. */
	articleClaims(articleId: string, query?: ClaimQuery): Promise<ClaimCollection | null>;
	/** Every stored claim with corrections applied (rejected ones left out unless asked for). */
	allClaims(query?: ClaimQuery): Promise<ClaimCollection>;
	/** Replaces an article's machine claims (re-extraction); its corrections are kept. */
	replaceClaims(articleId: string, claims: ClaimCollection): Promise<boolean>;
	/** One feature with corrections applied, or null. */
	getFeature(featureId: string): Promise<CorrectedFeature | null>;
	/** Records a correction of one feature, made by `by` (an account name, or null). */
	correctClaim(
		featureId: string,
		change: CorrectionChange,
		by?: string | null
	): Promise<CorrectOutcome>;
	/** Undoes the feature's latest correction (kept in the history, marked undone by `by`). */
	undoCorrection(featureId: string, by?: string | null): Promise<UndoOutcome>;
	/** Releases the backend. */
	close(): Promise<void>;

	// Queries: the server answers questions, not dumps. Each is answered from indexes in the
	// backend (SQLite: columns + R*Tree + FTS5; PostgreSQL: columns + GiST + full-text).

	/**
	 * A number that changes whenever anything a query can see changes (an ingest, a re-extraction,
	 * a correction, an undo, a deletion), shared by every process using the backend: ETags and the
	 * tile cache are keyed by it.
	 */
	revision(): Promise<number>;
	/** One page of the claim list, grouped by claim, sorted and filtered in the backend. */
	listClaims(query: ClaimPageQuery): Promise<ClaimPage>;
	/** The header's counts (features, claims, places, claims without a place) of a selection. */
	totals(selection: ClaimSelection): Promise<ClaimTotals>;
	/**
	 * Counts per side, type, precision and article, each with every other dimension of the filter
	 * applied (so a box's count is what ticking it would show); `articles` holds only non-zero ones.
	 */
	facetCounts(selection: ClaimSelection, options?: FacetOptions): Promise<FacetCounts>;
	/** Features per day, ascending, only days with features (the caller fills empty days). */
	dayHistogram(selection: ClaimSelection): Promise<DayCount[]>;
	/** Region-precision claims per side and oblast, for shading oblasts. */
	regionCounts(selection: ClaimSelection): Promise<RegionCount[]>;
	/** The selected located features inside one tile (with its buffer), at most `limit`, slim. */
	tilePoints(query: TilePointsQuery): Promise<TilePoint[]>;
	/** The selected located features inside one tile, counted per side in a grid of cells. */
	tileClusters(query: TileClustersQuery): Promise<TileCluster[]>;
	/**
	 * As `tileClusters`, with each cluster's claims counted per event type (`types`), so a bubble
	 * shows its most common type and the map filters types without new tiles. Optional: a store
	 * without it gives tiles without the per-type counts.
	 */
	tileClusterTypes?(query: TileClustersQuery): Promise<TileCluster[]>;
	/**
	 * Every selected feature, corrections applied, in stored order, read in batches so memory stays
	 * constant whatever the store's size (the exports write them as they come).
	 */
	streamFeatures(
		selection: ClaimSelection,
		options?: StreamOptions
	): AsyncIterable<CorrectedFeature>;
	/** Every feature of one claim (all its places), corrections applied, or [] when unknown. */
	claimFeatures(claimId: string, query?: ClaimQuery): Promise<CorrectedFeature[]>;
	/** A page of the stored articles, oldest first, searched by title or publisher. */
	listArticlePage(query: ArticlePageQuery): Promise<ArticlePage>;
	/** What produced the stored claims (for an export's `claimsmap` member). */
	sources(): Promise<StoreSources>;

	// Incidents (claims about one event grouped; see core/incidents, store/incidents.ts for SQLite
	// and store/postgres-incidents.ts for PostgreSQL), grouped on ingest in the writing transaction.
	/** Every incident of the served claims, judgements applied, in the order of their first claim. */
	incidents(query?: ClaimQuery): Promise<Incident[]>;
	/**
	 * The incident of one served claim, judgements applied (what `incidents()` holds for it), read
	 * without building every incident; null for an unknown or rejected claim.
	 */
	incidentOf(featureId: string): Promise<Incident | null>;
	/** Records an analyst's judgement (merge, split, verify, unverify) and answers the incident now. */
	judgeIncident(judgement: IncidentJudgement): Promise<JudgeOutcome>;
	/** The grouping as stored (feature id → incident id) and the judgements, for a client to build from. */
	incidentGrouping(): Promise<IncidentGrouping>;
	/**
	 * As `incidentGrouping`, less the stored features that are an incident of their own id alone
	 * (most are): the members of incidents of several stored features (features that share one id
	 * count as one), and any feature whose incident is not its own id. What a reader needs that
	 * holds only shared incidents.
	 */
	sharedGrouping(): Promise<IncidentGrouping>;
	/**
	 * The incidents of `sharedGrouping` a page at a time: the first `limit` after incident id
	 * `after` ('' for the first page) in id order, each with its members in the order grouped. A
	 * reader holds one page instead of the whole shared grouping (317k members, 100 MB of heap while
	 * read at a million synthetic claims).
	 */
	sharedIncidents(after: string, limit: number): Promise<SharedIncident[]>;
	/** The analyst's judgements of the grouping, in the order made (`incidentGrouping`'s). */
	incidentJudgements(): Promise<IncidentJudgement[]>;
	/**
	 * The served features of these ids (rejected ones and unknown ids left out), corrections
	 * applied, in stored order with their order: one read, so the caller batches the ids.
	 */
	servedFeaturesOf(ids: readonly string[]): Promise<OrderedFeature[]>;
	/**
	 * As `servedFeaturesOf`, each feature cut to what its incident's mark and the claim filter read
	 * (`markFeature` of it), read from the served columns and a few words of the stored JSON
	 * without parsing whole features: the incident marks' read of a large store.
	 */
	markFeaturesOf(ids: readonly string[]): Promise<OrderedMarkFeature[]>;
	/**
	 * The ids of the served features whose claimant denies the event, in stored order (a denial
	 * alone is an incident worth a mark), read from an index of denials.
	 */
	deniedFeatureIds(): Promise<string[]>;
	/**
	 * The incident marks kept as the grouping changes (one indexed read), or that they are stale;
	 * the incident marks' read then builds them from the whole store and saves them (`saveMarks`).
	 */
	storedMarks(): Promise<StoredMarks>;
	/**
	 * Saves marks built from the whole store while the stored ones were stale under `token`, in
	 * place of them; false, saving nothing, when a write has come since.
	 */
	saveMarks(token: string, marks: readonly StoredMark[]): Promise<boolean>;
	/** Regroups every stored claim from scratch (after re-extraction); answers the incident count. */
	rebuildIncidents(): Promise<number>;
}
