/**
 * Seeded texts of the shapes that make a geocoder slow, for its benchmark and its linearity test
 * (same seed, same text on every run): long lists of places with no sentence break, offsets and
 * bearings, capitalised runs, shouted text, names behind titles. Each shape repeats a small unit
 * up to the size asked for, so doubling the size doubles the work of a linear geocoder.
 */
import type { Gazetteer } from '../gazetteer';
import { createRandom, type Random } from '../synthetic/random';

/** The worst shapes, by name. */
export const WORST_SHAPES = [
	'comma-list',
	'and-list',
	'qualified-list',
	'offsets',
	'bearings',
	'near-list',
	'no-sentence-breaks',
	'capitalised-run',
	'shouted',
	'titles',
	'lower-case-cued'
] as const;
export type WorstShape = (typeof WORST_SHAPES)[number];

/** Names of the populated places of Ukraine written as one Latin word: what lists in war reports hold. */
export function listableNames(gazetteer: Gazetteer): string[] {
	const out: string[] = [];
	for (let i = 0; i < gazetteer.size; i++) {
		const p = gazetteer.place(i);
		if (p.countryCode === 'UA' && p.featureClass === 'P' && /^[A-Z][a-z]{3,}$/.test(p.name))
			out.push(p.name);
	}
	return out;
}

const FILLER = (
	'the forces reported heavy shelling overnight while officials said that several buildings were ' +
	'damaged and drones were shot down according to the ministry which added that fighting continued'
).split(' ');
const BEARINGS = ['north', 'south', 'east', 'west', 'north-east', 'south-west'];
const TITLES = ['President', 'Minister', 'General', 'Governor', 'Mayor'];
const REGIONS = ['Donetsk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Luhansk', 'Sumy'];

function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)];
}

/** One unit of a shape: a few words that the shape repeats. */
function unit(shape: WorstShape, random: Random, names: readonly string[]): string {
	const place = () => pick(random, names);
	switch (shape) {
		case 'comma-list':
			return `${place()}, `;
		case 'and-list':
			return `${place()} and `;
		case 'qualified-list':
			return `${place()}, ${pick(random, REGIONS)} region, `;
		case 'offsets':
			return `${1 + Math.floor(random() * 40)} km ${pick(random, BEARINGS)} of ${place()}, `;
		case 'bearings':
			return `${place()}, ${pick(random, BEARINGS)} of ${place()}, `;
		case 'near-list':
			return `${place()} near ${place()}, `;
		case 'no-sentence-breaks':
			return `${pick(random, FILLER)} ${pick(random, FILLER)} in ${place()} `;
		case 'capitalised-run':
			return `${place()} ${pick(random, FILLER).replace(/^./, (c) => c.toUpperCase())} `;
		case 'shouted':
			return `${pick(random, FILLER)} IN ${place()} `.toUpperCase();
		case 'titles':
			return `${pick(random, TITLES)} ${place()} said ${place()} and ${place()}, `;
		case 'lower-case-cued':
			return `near ${place().toLowerCase()} and in ${place().toLowerCase()} `;
	}
}

/** A text of `shape` of about `bytes` characters naming places of `names`, the same for the same seed. */
export function worstShapeText(
	names: readonly string[],
	shape: WorstShape,
	bytes: number,
	seed = 20261205
): string {
	const random = createRandom(seed);
	const parts: string[] = ['Reports named '];
	let size = parts[0].length;
	while (size < bytes) {
		const u = unit(shape, random, names);
		parts.push(u);
		size += u.length;
	}
	return parts.join('') + 'today.';
}
