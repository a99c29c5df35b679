/**
 * Applies corrections to machine features: the feature moves, changes side or type, or is marked
 * rejected; it gets `corrected: true` and a `correction` record of what it was. The input is never
 * mutated, so the machine's output stays as it was.
 */
import type { Alternative, ClaimFeature, Precision } from '../contract';
import type { CorrectedProperties, Correction, CorrectionChange, WasValues } from './correction';

/** A feature as served after corrections. */
export type CorrectedFeature = ClaimFeature & { properties: CorrectedProperties };

/** Radius used for a place a reviewer picked when the machine gave none: one settlement's extent. */
export const PICKED_PLACE_UNCERTAINTY_KM = 5;

const AREA_PRECISIONS: ReadonlySet<Precision> = new Set(['district', 'region', 'country']);

/** At most this many alternatives are kept, as the format says. */
const MAX_ALTERNATIVES = 5;

function round6(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

function rememberWas(was: WasValues, feature: CorrectedFeature, change: CorrectionChange): void {
	const p = feature.properties;
	const keep = <K extends keyof WasValues>(key: K, value: WasValues[K]): void => {
		if (!(key in was)) was[key] = value;
	};
	if (change.kind === 'place') {
		keep('placeName', p.placeName);
		keep('gazetteerId', p.gazetteerId);
		keep('admin1', p.admin1);
		keep('precision', p.precision);
		keep('uncertaintyKm', p.uncertaintyKm);
		keep('confidence', p.confidence);
		keep(
			'coordinates',
			feature.geometry ? [feature.geometry.coordinates[0], feature.geometry.coordinates[1]] : null
		);
	} else if (change.kind === 'claimantSide') {
		keep('claimantSide', p.claimantSide);
	} else if (change.kind === 'eventType') {
		keep('eventType', p.eventType);
	}
}

function movePlace(
	feature: CorrectedFeature,
	change: Extract<CorrectionChange, { kind: 'place' }>
): void {
	const p = feature.properties;
	const { place } = change;
	// The place it leaves becomes an alternative, so a reviewer can go back to it by choosing it.
	const left: Alternative[] =
		p.gazetteerId && p.placeName && feature.geometry
			? [
					{
						placeName: p.placeName,
						gazetteerId: p.gazetteerId,
						admin1: p.admin1,
						lon: feature.geometry.coordinates[0],
						lat: feature.geometry.coordinates[1],
						score: p.confidence
					}
				]
			: [];
	p.alternatives = [...left, ...p.alternatives]
		.filter((a) => a.gazetteerId !== place.gazetteerId)
		.slice(0, MAX_ALTERNATIVES);
	feature.geometry = { type: 'Point', coordinates: [round6(place.lon), round6(place.lat)] };
	p.placeName = place.placeName;
	p.gazetteerId = place.gazetteerId;
	p.admin1 = place.admin1;
	// A picked gazetteer place is a settlement-sized point, whatever area the machine had pointed at.
	if (p.precision === null || AREA_PRECISIONS.has(p.precision)) {
		p.precision = 'settlement';
		p.uncertaintyKm = PICKED_PLACE_UNCERTAINTY_KM;
	} else {
		p.uncertaintyKm = p.uncertaintyKm ?? PICKED_PLACE_UNCERTAINTY_KM;
	}
	// A person chose this place: the geocoder's doubt no longer applies.
	p.confidence = 1;
}

function copyFeature(feature: ClaimFeature): CorrectedFeature {
	return structuredClone(feature) as CorrectedFeature;
}

/** One feature with its corrections (oldest first) applied; the feature itself when there are none. */
export function applyCorrections(
	feature: ClaimFeature,
	corrections: readonly Correction[]
): CorrectedFeature {
	const own = corrections.filter((c) => c.featureId === feature.id);
	if (own.length === 0) return feature as CorrectedFeature;
	const out = copyFeature(feature);
	const was: WasValues = {};
	for (const { change } of own) {
		rememberWas(was, out, change);
		if (change.kind === 'place') movePlace(out, change);
		else if (change.kind === 'claimantSide') {
			out.properties.claimantSide = change.claimantSide;
			// The record of who claims it follows the analyst's side; `correction.was` keeps the machine's.
			const a = out.properties.attribution;
			out.properties.attribution =
				change.claimantSide === 'unattributed' || !a ? a : { ...a, side: change.claimantSide };
		} else if (change.kind === 'eventType') out.properties.eventType = change.eventType;
		else out.properties.rejected = true;
	}
	out.properties.corrected = true;
	out.properties.correction = {
		was,
		at: own[own.length - 1].at,
		by: own[own.length - 1].by ?? null,
		changes: own.map((c) => c.change)
	};
	return out;
}

/** Every feature with its corrections applied; corrections for features not present are ignored. */
export function applyAll(
	features: readonly ClaimFeature[],
	corrections: readonly Correction[]
): CorrectedFeature[] {
	const byFeature = new Map<string, Correction[]>();
	for (const c of corrections) {
		const list = byFeature.get(c.featureId);
		if (list) list.push(c);
		else byFeature.set(c.featureId, [c]);
	}
	return features.map((f) => applyCorrections(f, byFeature.get(f.id) ?? []));
}
