import { describe, expect, it } from 'vitest';
import * as lexicon from './index';

/** Every word set of the lexicon, by its exported name. */
const SETS = Object.entries(lexicon).filter(
	(e): e is [string, ReadonlySet<string>] => (e[1] as unknown) instanceof Set
);

/**
 * Pairs of sets that may share words, and why. Any other shared word is a word filed twice by
 * mistake. Ordinary words (`COMMON_WORDS`) are never a place alone, whatever else they are.
 */
const DECLARED_OVERLAPS: readonly [string, string, string][] = [
	['CALENDAR_WORDS', 'AUXILIARIES', '"may" is a month and a modal verb'],
	['CYRILLIC_COUNTRIES', 'NEAR_COUNTRIES', 'Ukraine, Russia and Belarus are both'],
	['CYRILLIC_COUNTRIES', 'WAR_COUNTRIES', 'Ukraine and Russia write in Cyrillic'],
	['NEAR_COUNTRIES', 'WAR_COUNTRIES', 'the war is fought in near countries'],
	['CYRILLIC_COUNTRIES', 'NEIGHBOURS', 'Belarus is both'],
	['NEAR_COUNTRIES', 'NEIGHBOURS', "Ukraine's neighbours are near countries"],
	['AXIS_CUES', 'NEAR_AFTER', 'an axis ("the X direction") also points around the place'],
	['AREA_PART_WORDS', 'NEAR_AFTER', 'outskirts are a part of an area and lie around a place'],
	[
		'BORDER_WORDS',
		'SETTLEMENT_DESCRIBERS',
		'a border has another side and describes a village on it'
	],
	['COMMUNITY_CUES', 'DISTRICT_WORDS', 'a community is a district-level unit, a hromada'],
	['SLIP_CUES', 'TOWN_CUES', 'prepositions of movement put a place after them'],
	['SLIP_CUES', 'AFTER_RIVER', 'prepositions follow rivers and precede places alike'],
	['SLIP_CUES', 'QUALIFIER_GLUE', '"in" is a place cue and joins a qualifier'],
	['TOWN_CUES', 'AFTER_RIVER', 'prepositions follow rivers and precede places alike'],
	['TOWN_CUES', 'CONNECTORS', '"on" is a cue and sits inside names ("X-on-Y")'],
	['TOWN_CUES', 'FACILITY_GLUE', '"of" is a cue and joins a facility name'],
	['TOWN_CUES', 'LIST_WORDS', '"to" is a cue and joins "from X to Y"'],
	['TOWN_CUES', 'QUALIFIER_GLUE', '"of" is a cue and joins a qualifier'],
	['AFTER_RIVER', 'CONNECTORS', '"on" follows a river and sits inside names'],
	['AFTER_RIVER', 'LIST_WORDS', '"and", "to" follow a river and join lists'],
	['AFTER_RIVER', 'QUALIFIER_GLUE', '"in" follows a river and joins a qualifier'],
	['AFTER_RIVER', 'FACILITY_GLUE', '"after", "for" follow a river and sit inside facility names'],
	['FACILITY_GLUE', 'QUALIFIER_GLUE', '"of the" joins facility names and qualifiers'],
	['PARALLEL_PREPOSITIONS', 'SLIP_CUES', '"in", "over" are place cues and make names parallel'],
	['AFTER_RIVER', 'PARALLEL_PREPOSITIONS', '"in" follows a river and makes names parallel'],
	['PARALLEL_PREPOSITIONS', 'QUALIFIER_GLUE', '"in" joins a qualifier and makes names parallel'],
	['FEATURE_TAILS', 'WATER_WORDS', 'a canal or reservoir ends a landmark name and is water'],
	['WATER_NAMED_BY_OF', 'WATER_WORDS', 'a sea or a bay is named before "of X" or after "X"'],
	['MATERIEL_WORDS', 'SHIP_WORDS', 'a warship after a name, or before it'],
	['MATERIEL_WORDS', 'UNIT_WORDS', 'a unit named after a place, listed or alone'],
	['ACTOR_VERBS', 'PERSON_OBJECT_VERBS', 'governments and people are thanked alike'],
	['ACTOR_VERBS', 'PERSON_VERBS', 'the stance verbs are said of people and governments'],
	['ACTOR_VERBS', 'SPEECH_VERBS', 'verbs of saying are stance verbs'],
	['PERSON_OBJECT_VERBS', 'PERSON_VERBS', 'people meet and thank people'],
	['ACTION_VERBS', 'CAPTURE_VERBS', 'a government shells, a place is shelled'],
	['ACTION_VERBS', 'PERSON_VERBS', 'people and governments give orders'],
	['APPOSITION_BREAKS', 'TOWN_CUES', 'a preposition cues a place and ends an apposition'],
	['APPOSITION_BREAKS', 'SLIP_CUES', 'a preposition cues a place and ends an apposition'],
	['APPOSITION_BREAKS', 'CONNECTORS', '"on" sits inside names and ends an apposition'],
	['APPOSITION_BREAKS', 'FACILITY_GLUE', '"of", "for" join facility names and end an apposition'],
	['APPOSITION_BREAKS', 'LIST_WORDS', '"and", "or", "to" join lists and end an apposition'],
	[
		'APPOSITION_BREAKS',
		'PARALLEL_PREPOSITIONS',
		'"in" makes names parallel and ends an apposition'
	],
	['APPOSITION_BREAKS', 'QUALIFIER_GLUE', '"in", "of" join a qualifier and end an apposition'],
	['AFTER_RIVER', 'APPOSITION_BREAKS', 'prepositions follow rivers and end an apposition'],
	['GOVERNMENT_NOUNS', 'PERSON_POSSESSIONS', "a regime is a capital's and a leader's"],
	['PERSON_POSSESSIONS', 'PERSON_TITLES', 'an aide is owned by a person and has a title'],
	['PERSON_VERBS', 'SPEECH_VERBS', 'verbs of saying are things people do'],
	['FACILITY_WORDS', 'PLACE_DESCRIPTION_NOUNS', 'a port ends a landmark name and describes a town'],
	['PLACE_DESCRIPTION_NOUNS', 'SETTLEMENT_WORDS', 'a town describes a place and follows its name']
];

function overlaps(): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (let i = 0; i < SETS.length; i++)
		for (let j = i + 1; j < SETS.length; j++) {
			const [a, setA] = SETS[i];
			const [b, setB] = SETS[j];
			if (a === 'COMMON_WORDS' || b === 'COMMON_WORDS') continue;
			const shared = [...setA].filter((w) => setB.has(w));
			if (shared.length > 0) out.set([a, b].sort().join(' & '), shared);
		}
	return out;
}

describe('the lexicon', () => {
	it('holds word sets', () => {
		expect(SETS.length).toBeGreaterThan(20);
	});

	it('files no word in two sets unless the overlap is declared', () => {
		const declared = new Set(DECLARED_OVERLAPS.map(([a, b]) => [a, b].sort().join(' & ')));
		const undeclared = [...overlaps()].filter(([pair]) => !declared.has(pair));
		expect(undeclared).toEqual([]);
	});

	it('declares only overlaps that exist', () => {
		const found = overlaps();
		const stale = DECLARED_OVERLAPS.filter(([a, b]) => !found.has([a, b].sort().join(' & ')));
		expect(stale).toEqual([]);
	});

	it('writes every word in lower case, as the tokens are folded', () => {
		for (const [name, set] of SETS) {
			if (/COUNTRIES|NEIGHBOURS|BORDER_REGIONS/.test(name)) continue;
			for (const w of set) expect(w, name).toBe(w.toLowerCase());
		}
	});
});
