/**
 * A claim cut to what its incident's mark and the claim filter read of it (a few dozen bytes of
 * values, no texts), so a reader of a large store builds the marks of its incidents without reading
 * or holding whole claims; `markableIncident` of such claims equals what `buildIncident` of the
 * whole claims marks.
 */
import type { ClaimFeature, ClaimProperties } from '../contract';
import { claimDay, type Filterable } from '../filter/match';
import { bestPlaced, claimedByOf } from './incident';
import type { MarkableIncident } from './marks';
import { statusOf, statusTraits, type StatusTraits } from './status';

/**
 * What marking reads of a claim: what the claim filter reads, the status traits and what places
 * it. Its `eventDate` is the day it is filtered on (`claimDay`) and `published` is null; an
 * unlocated claim has no precision nor uncertainty (neither places nor filters it).
 */
export type MarkFeature = Filterable &
	StatusTraits & { properties: Pick<ClaimProperties, 'uncertaintyKm'> };

/** A served feature as a mark feature (what a store's `markFeaturesOf` answers for it). */
export function markFeature(feature: ClaimFeature): MarkFeature {
	const p = feature.properties;
	const point = feature.geometry?.coordinates;
	return {
		id: feature.id,
		geometry: point ? { type: 'Point', coordinates: [point[0], point[1]] } : null,
		properties: {
			...statusTraits(feature).properties,
			eventType: p.eventType,
			eventDate: claimDay(feature),
			published: null,
			precision: point ? p.precision : null,
			uncertaintyKm: point ? p.uncertaintyKm : null,
			confidence: p.confidence,
			articleId: p.articleId
		}
	};
}

/** The incident of these claims (in stored order) as marking reads it. */
export function markableIncident(
	incidentId: string,
	features: readonly MarkFeature[]
): MarkableIncident {
	const best = bestPlaced(features);
	return {
		incidentId,
		point: best?.geometry ? [best.geometry.coordinates[0], best.geometry.coordinates[1]] : null,
		status: statusOf(features),
		featureIds: features.map((f) => String(f.id)),
		claimedBy: claimedByOf(features)
	};
}
