/** Words of the incident views: status names and what each status means. */
import type { IncidentStatus, ClaimedBy } from '../../core/incidents/status';

/** Human names of the statuses. */
export const STATUS_LABELS: Record<IncidentStatus, string> = {
	single: 'Single source',
	corroborated: 'Corroborated',
	contested: 'Contested'
};

/** What each status means, for the filter's hints. */
export const STATUS_HINTS: Record<IncidentStatus, string> = {
	single: 'one claimant side',
	corroborated: 'claimants of different sides, or an assessor, assert it',
	contested: 'denied, or incompatible claims (captured vs held)'
};

/** Human names of the claimed-by choices. */
export const CLAIMED_BY_LABELS: Record<ClaimedBy, string> = {
	both: 'Claimed by both sides',
	one: 'Only one side'
};

/** A link safe to put in an href: http(s) only. */
export function safeLink(link: string | null): string | null {
	return link && /^https?:\/\//i.test(link) ? link : null;
}
