/** What a chosen place's point stands for, and a radius that honestly covers it. */
import type { Precision } from '../contract';
import type { Place } from './types';

/** Radius in km that covers a populated place of this size around its point. */
function settlementRadius(population: number): number {
	if (population >= 1_000_000) return 15;
	if (population >= 200_000) return 8;
	if (population >= 50_000) return 5;
	if (population >= 10_000) return 3;
	return 2;
}

/** Precision and uncertainty of a place as mentioned (`near` widens a settlement to its surroundings). */
export function precisionOf(
	place: Place,
	near: boolean
): { precision: Precision; uncertaintyKm: number } {
	const code = place.featureCode;
	if (code === 'PCLI' || code === 'PCL' || code === 'PCLD')
		return { precision: 'country', uncertaintyKm: 300 };
	// A historical or economic region (GeoNames RGN: a coalfield, a historical province) spans an
	// oblast or more: a region, never a point of a few km.
	if (code === 'ADM1' || code === 'RGN') return { precision: 'region', uncertaintyKm: 120 };
	if (code === 'ADM2' || code === 'ADM2H') return { precision: 'district', uncertaintyKm: 30 };
	if (code === 'ADM3' || code === 'ADM3H') return { precision: 'district', uncertaintyKm: 12 };
	if (place.featureClass === 'P') {
		const r = settlementRadius(place.population);
		return near
			? { precision: 'near_settlement', uncertaintyKm: r + 10 }
			: { precision: 'settlement', uncertaintyKm: r };
	}
	if (
		code === 'ISL' ||
		code === 'ISLS' ||
		code === 'PEN' ||
		code === 'RSV' ||
		code === 'CNL' ||
		code === 'STRT'
	)
		return { precision: 'landmark', uncertaintyKm: near ? 15 : 8 };
	return { precision: 'landmark', uncertaintyKm: near ? 10 : 2 };
}
