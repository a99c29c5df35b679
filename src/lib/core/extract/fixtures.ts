/**
 * Test fixtures: a small hand-written geocoder over invented places, so stage and pipeline tests do
 * not depend on the real gazetteer. It finds exact names, marks "near X" and "X region".
 */
import type { Alternative, Precision } from '../contract';
import type { Geocoder, ResolvedMention } from '../geocode/types';

/** An invented place the fixture geocoder knows; `unresolved` ones are found but not located. */
export interface FixturePlace {
	name: string;
	lat: number;
	lon: number;
	precision?: Precision;
	admin1?: string;
	countryCode?: string;
	/** GeoNames feature code of a settlement (`PPL` unless given, e.g. `PPLC` for a capital). */
	featureCode?: string;
	/** GeoNames admin1 code (none unless given; `UA.00` for a region over several oblasts). */
	admin1Code?: string;
	unresolved?: boolean;
}

/** A geocoder over `places` for tests: exact, case-sensitive names in order of appearance. */
export function createTestGeocoder(
	places: readonly FixturePlace[],
	label = 'test gazetteer'
): Geocoder {
	const sorted = [...places].sort((a, b) => b.name.length - a.name.length);
	const pattern = new RegExp(
		`(?<![\\p{L}])(?:${sorted.map((p) => p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
		'gu'
	);
	return {
		gazetteerLabel: label,
		geocode(text: string): ResolvedMention[] {
			const out: ResolvedMention[] = [];
			pattern.lastIndex = 0;
			for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
				const place = sorted.find((p) => p.name === m[0]);
				if (!place) continue;
				const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
				const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30).toLowerCase();
				const near = /\b(?:near|outside|around)\s+$/.test(before);
				const region = /^(?:\s+and\s+\p{L}+)?\s+(?:region|regions|oblast)\b/u.test(after);
				const preposition =
					/\b(in|on|over|at|near|into|across|from|to|of)\s+(?:the\s+)?$/.exec(before)?.[1] ?? null;
				const mention = {
					start: m.index,
					end: m.index + m[0].length,
					mention: m[0],
					cue: region ? 'region' : preposition,
					near
				};
				if (place.unresolved) {
					out.push({
						mention,
						resolution: { kind: 'unresolved', reason: 'not in the gazetteer', alternatives: [] }
					});
					continue;
				}
				const precision: Precision = region
					? 'region'
					: near && (place.precision ?? 'settlement') === 'settlement'
						? 'near_settlement'
						: (place.precision ?? 'settlement');
				out.push({
					mention,
					resolution: {
						kind: 'resolved',
						place: {
							id: `test:${place.name.toLowerCase().replace(/\s+/g, '-')}${region ? '-region' : ''}`,
							name: place.name,
							lat: place.lat,
							lon: place.lon,
							featureClass: region ? 'A' : 'P',
							featureCode: region ? 'ADM1' : (place.featureCode ?? 'PPL'),
							countryCode: place.countryCode ?? 'UA',
							admin1Code: place.admin1Code ?? null,
							admin1: place.admin1 ?? null,
							population: 0
						},
						confidence: 0.9,
						precision,
						uncertaintyKm: precision === 'region' ? 100 : near ? 10 : 3,
						alternatives: [],
						evidence: []
					}
				});
			}
			return out;
		}
	};
}

/** What a test may set on one resolved mention; the rest are plain defaults. */
export interface ResolvedMentionOverrides {
	/** Where the mention starts in the text (its end follows from `mention`). */
	start?: number;
	countryCode?: string;
	admin1Code?: string;
	precision?: Precision;
	featureCode?: string;
	confidence?: number;
	alternatives?: Alternative[];
}

/** One mention of `mention` resolved to an invented place of that name (a Ukrainian village by default). */
export function createResolvedMention(
	mention: string,
	overrides: ResolvedMentionOverrides = {}
): ResolvedMention {
	const start = overrides.start ?? 0;
	const precision = overrides.precision ?? 'settlement';
	return {
		mention: { start, end: start + mention.length, mention, cue: null, near: false },
		resolution: {
			kind: 'resolved',
			place: {
				id: `test:${mention}`,
				name: mention,
				lat: 48,
				lon: 37,
				featureClass: precision === 'settlement' ? 'P' : 'A',
				featureCode: overrides.featureCode ?? (precision === 'settlement' ? 'PPL' : 'ADM1'),
				countryCode: overrides.countryCode ?? 'UA',
				admin1Code: overrides.admin1Code ?? 'UA.05',
				admin1: overrides.admin1Code ?? 'UA.05',
				population: 1000
			},
			confidence: overrides.confidence ?? 0.9,
			precision,
			uncertaintyKm: precision === 'settlement' ? 2 : 120,
			alternatives: overrides.alternatives ?? [],
			evidence: []
		}
	};
}
