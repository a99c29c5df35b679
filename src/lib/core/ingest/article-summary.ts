/** A stored article as `GET /api/articles` lists it: shared by the store and the browser's API client. */
export interface ArticleSummary {
	articleId: string;
	title: string;
	publisher: string | null;
	url: string | null;
	published: string | null;
	/** ISO timestamp of when it was stored. */
	addedAt: string;
	/** Distinct claims (a claim naming three places counts once). */
	claimCount: number;
	/** Features: one per claim and place. */
	featureCount: number;
	/** Features a reviewer has corrected (including rejected ones). */
	correctedCount: number;
	/** The account that added it (absent or null when added without accounts). */
	addedBy?: string | null;
}
