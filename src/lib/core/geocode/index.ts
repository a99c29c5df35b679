/** The geocoder's public API: create one over a gazetteer, then geocode text. */
export { createGeocoder, type ExplainingGeocoder, type GeocoderOptions } from './geocoder';
export { formatExplanation, type Explanation } from './explain';
export { findMentions, PLACE_KINDS, type FoundMention, type PlaceKind } from './mentions';
export {
	rankMentions,
	candidatesOf,
	DEFAULT_WEIGHTS,
	type Candidate,
	type RankWeights
} from './rank';
export { precisionOf } from './precision';
export {
	pointMentions,
	mentionRoles,
	roles,
	MENTION_ROLES,
	POINT_MAX_UNCERTAINTY_KM,
	type MentionRole,
	type RoleVerdict
} from './roles';
export { offsetBefore, movePoint } from './offset';
export {
	warLineDistanceKm,
	warLineDistancesKm,
	warLineIntensities,
	warCloseness,
	warDate,
	warZoneCloseness,
	WAR_LINES,
	type WarLine,
	type WarPeriod
} from './warzone';
export { distanceKm } from './distance';
export type {
	Geocoder,
	GeocodeOptions,
	Place,
	PlaceMention,
	Resolution,
	ResolvedMention,
	Located
} from './types';
export {
	createGazetteer,
	createGazetteerRow,
	compileGazetteer,
	parseGazetteer,
	type Gazetteer,
	type GazetteerRow
} from '../gazetteer';
