/** Each context fact of `facts.ts` on its own, over invented sentences and the fixture gazetteer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../names';
import {
	actorVerbBeside,
	areaOrWater,
	bigPlace,
	countryBefore,
	listEnds,
	materielNounAfter,
	namedPeople,
	personBefore,
	riverPhrase,
	endsAsWaterPhrase,
	WATER_BEFORE,
	seatOfPower,
	shipWordBefore,
	unitWordBefore
} from './facts';
import { createFixtureGazetteer } from './fixture';
import type { FoundMention } from './mentions';
import { tokenise, type Token } from './tokens';

const gazetteer = createFixtureGazetteer();

/** A text's tokens and the span of `name` in it (its first occurrence) as a mention, whatever the rules would say of it. */
function createSpan(text: string, name: string): { tokens: Token[]; span: FoundMention } {
	const tokens = tokenise(text);
	const start = text.indexOf(name);
	const first = tokens.findIndex((t) => t.start === start);
	const last = tokens.findIndex((t) => t.end === start + name.length);
	const key = normaliseName(name);
	const span: FoundMention = {
		mention: { start, end: start + name.length, mention: name, cue: null, near: false },
		key,
		hits: gazetteer.lookup(key),
		sentence: tokens[first].sentence,
		kind: null,
		qualifiers: [],
		firstToken: first,
		lastToken: last,
		source: 'exact'
	};
	return { tokens, span };
}

describe('context facts', () => {
	it('personBefore: a title or a first name right before the name', () => {
		const titled = createSpan('Talks with Minister Dubky ended.', 'Dubky');
		expect(personBefore(titled.tokens, titled.span.firstToken, new Set())).toBe(true);
		const named = createSpan('Talks with Olena Dubky ended.', 'Dubky');
		expect(personBefore(named.tokens, named.span.firstToken, new Set())).toBe(true);
		const place = createSpan('Shelling hit Russian-held Dubky.', 'Dubky');
		expect(personBefore(place.tokens, place.span.firstToken, new Set())).toBe(false);
	});

	it('seatOfPower and bigPlace: a capital or a country, and big places besides', () => {
		expect(seatOfPower(createSpan('Warsaw said so.', 'Warsaw').span)).toBe(true);
		expect(seatOfPower(createSpan('Poland said so.', 'Poland').span)).toBe(true);
		expect(seatOfPower(createSpan('Lypky said so.', 'Lypky').span)).toBe(false);
		expect(bigPlace(createSpan('Poland drones', 'Poland').span)).toBe(true);
		expect(bigPlace(createSpan('Dubky drones', 'Dubky').span)).toBe(false);
		// Before a weapon noun a foreign capital or region names the weapon ("Zala drones"), no war place.
		expect(bigPlace(createSpan('Warsaw drones', 'Warsaw').span)).toBe(false);
	});

	it('actorVerbBeside: a verb of saying before the name or after it and an auxiliary', () => {
		const after = createSpan('Poland has pledged more aid.', 'Poland');
		expect(actorVerbBeside(after.span, after.tokens)).toBe(true);
		const none = createSpan('Drones hit Poland overnight.', 'Poland');
		expect(actorVerbBeside(none.span, none.tokens)).toBe(false);
		// A verb of armed action after the name, past an auxiliary and an adverb; never before it.
		const action = createSpan('Warsaw has repeatedly staged raids on the border.', 'Warsaw');
		expect(actorVerbBeside(action.span, action.tokens)).toBe(true);
		const dated = createSpan('Warsaw yesterday launched raids on the border.', 'Warsaw');
		expect(actorVerbBeside(dated.span, dated.tokens)).toBe(true);
		const object = createSpan('Drones attacked Warsaw overnight.', 'Warsaw');
		expect(actorVerbBeside(object.span, object.tokens)).toBe(false);
		const passive = createSpan('Warsaw was attacked overnight.', 'Warsaw');
		expect(actorVerbBeside(passive.span, passive.tokens)).toBe(false);
	});

	it('namedPeople: a name the text uses as a person anywhere', () => {
		const text = 'Dubky said the talks failed. Later Dubky left.';
		const { tokens, span } = createSpan(text, 'Dubky');
		expect(namedPeople([span], tokens).has('dubky')).toBe(true);
		const place = createSpan('Shelling hit Dubky.', 'Dubky');
		expect(namedPeople([place.span], place.tokens).has('dubky')).toBe(false);
	});

	it('shipWordBefore: a ship word right before the name', () => {
		const ship = createSpan('The cruiser Dubky sank.', 'Dubky');
		expect(shipWordBefore(ship.span, ship.tokens)).toBe(true);
		const place = createSpan('The village Dubky burned.', 'Dubky');
		expect(shipWordBefore(place.span, place.tokens)).toBe(false);
	});

	it.each([
		['Battlegroup Dubky lost men.', true],
		['Units of Battlegroups North and Dubky attacked.', true],
		['Battlegroups West, North and Dubky attacked.', true],
		['The battlegroup attacked near Dubky.', false],
		['The battlegroup shelled Lypky and Dubky.', false],
		['A group Dubky.', false]
	])('unitWordBefore: a unit word before the name or its list in "%s": %s', (text, unit) => {
		const { span, tokens } = createSpan(text, 'Dubky');
		expect(unitWordBefore(span, tokens)).toBe(unit);
	});

	it('listEnds and materielNounAfter: a materiel noun after the list a name starts', () => {
		const text = 'Lypky, Sadova and Dubky launchers fired.';
		const { tokens, span } = createSpan(text, 'Lypky');
		const starts = new Uint8Array(tokens.length + 1);
		for (const k of [0, 1, 3]) starts[k] = 1;
		const end = listEnds(tokens, starts);
		expect(tokens[end(span.lastToken + 1)].folded).toBe('launchers');
		expect(materielNounAfter(span, tokens, end)).toBe(true);
		const strike = createSpan('The Dubky missile strike killed two.', 'Dubky');
		expect(
			materielNounAfter(
				strike.span,
				strike.tokens,
				listEnds(strike.tokens, new Uint8Array(strike.tokens.length + 1))
			)
		).toBe(false);
	});

	it('areaOrWater: some place of the name is an oblast, a country or water', () => {
		expect(areaOrWater(createSpan('over Kharkiv', 'Kharkiv').span)).toBe(true);
		expect(areaOrWater(createSpan('over Lypky', 'Lypky').span)).toBe(false);
	});

	it('riverPhrase: a river phrase before the name, ending there or going on as a river does', () => {
		const text = 'Troops crossed the Dubky near Lypky.';
		const river = createSpan(text, 'Dubky');
		expect(riverPhrase(river.span, river.tokens, text)).toBe(true);
		const town = 'Troops crossed into Dubky at dawn.';
		const place = createSpan(town, 'Dubky');
		expect(riverPhrase(place.span, place.tokens, town)).toBe(false);
	});
});

describe('endsAsWaterPhrase', () => {
	it('holds wherever the river phrase pattern matches the forty characters before a name', () => {
		// The phrases and near misses in several cases and spacings, look-alikes of their letters,
		// and other words.
		const pieces = [
			'a bridge over ',
			'bridge across  ',
			'Bridges across the\t',
			'crossed the ',
			'CROSSING THE\n',
			'the banks of the  ',
			'bank of tHe\u00a0',
			'over',
			'the',
			'bathe ',
			'over, ',
			'acroſs the ',
			'\u212aover ',
			' ',
			'\t',
			'\n',
			',',
			'x',
			'Dubky'
		];
		let matched = 0;
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
				const text = parts.join('');
				const before = WATER_BEFORE.test(text.slice(Math.max(0, text.length - 40)));
				if (before) matched++;
				if (before) expect(endsAsWaterPhrase(text, text.length)).toBe(true);
			}),
			{ numRuns: 5000 }
		);
		// Not vacuous: the pattern matched many of the texts.
		expect(matched).toBeGreaterThan(500);
	});
});

describe('countryBefore', () => {
	const countryOf = (text: string, name: string) => {
		const { tokens, span } = createSpan(text, name);
		return countryBefore(span, tokens);
	};
	it('reads a country adjective or possessive before a settlement word', () => {
		expect(countryOf('Shells hit the Russian border village of Lypky.', 'Lypky')).toBe('RU');
		expect(countryOf("Drones hit Russia's town of Lypky.", 'Lypky')).toBe('RU');
		expect(countryOf('Troops left the small Ukrainian village of Lypky.', 'Lypky')).toBe('UA');
		expect(countryOf('Troops came from a Russian village of Lypky.', 'Lypky')).toBe('RU');
	});
	it('reads no country from who holds a place, a bare name or another sentence', () => {
		expect(countryOf('Troops held the Russian-held village of Lypky.', 'Lypky')).toBeNull();
		expect(countryOf('Drones hit the Russia town of Lypky.', 'Lypky')).toBeNull();
		expect(countryOf('Shells hit the village of Lypky.', 'Lypky')).toBeNull();
	});
});
