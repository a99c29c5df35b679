/**
 * The storage interface of articles, their machine claims and reviewers' corrections. Routes, the
 * CLI and the UI's endpoints speak only this, so a server database can replace SQLite later.
 */
import type { ClaimCollection } from '../../core/contract';
import type { CorrectedFeature } from '../../core/corrections/apply';
import type { Correction, CorrectionChange } from '../../core/corrections/correction';
import type { ArticleSummary } from '../../core/ingest/article-summary';
import type { Incident } from '../../core/incidents/incident';
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

	// Incidents (claims about one event grouped; see core/incidents and store/incidents.ts).
	/** Every incident of the served claims, judgements applied, in the order of their first claim. */
	incidents(query?: ClaimQuery): Promise<Incident[]>;
	/** Records an analyst's judgement (merge, split, verify, unverify) and answers the incident now. */
	judgeIncident(judgement: IncidentJudgement): Promise<JudgeOutcome>;
	/** The grouping as stored (feature id → incident id) and the judgements, for a client to build from. */
	incidentGrouping(): Promise<IncidentGrouping>;
	/** Regroups every stored claim from scratch (after re-extraction); answers the incident count. */
	rebuildIncidents(): Promise<number>;
}
