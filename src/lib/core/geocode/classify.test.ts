import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../gazetteer';
import { NOT_PLACE_RULES } from './classify';
import { createFixtureGazetteer } from './fixture';
import { createMentionTrace, findMentions } from './mentions';

/** The mentions kept and the reasons of every rejection, in a text over the fixture gazetteer. */
function classified(text: string, gazetteer = createFixtureGazetteer()) {
	const trace = createMentionTrace();
	const kept = findMentions(text, gazetteer, trace).map((f) => f.mention.mention);
	const rejected = [
		...trace.rejectedSpans.map((r) => [text.slice(r.start, r.end), r.reason]),
		...trace.rejectedMentions.map((r) => [r.mention.mention.mention, r.reason])
	];
	const overruled = [
		...trace.overruledSpans.map((r) => [text.slice(r.start, r.end), r.reason]),
		...trace.overruledMentions.map((r) => [r.mention.mention.mention, r.reason])
	];
	return { kept, rejected, overruled };
}

describe('the not-a-place rule table', () => {
	it('names every rule once', () => {
		const names = NOT_PLACE_RULES.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('runs the span rules before the text rules', () => {
		const scopes = NOT_PLACE_RULES.map((r) => r.scope);
		expect(scopes.indexOf('text')).toBeGreaterThan(scopes.lastIndexOf('span'));
	});
});

describe('span rules', () => {
	it.each([
		['Shelling hit Sadova Street overnight.', 'Sadova', 'street-name'],
		['The Lypky battalion moved east.', 'Lypky', 'unit-name'],
		['Troops crossed near the Dubky reservoir.', 'Dubky', 'water-word-after'],
		['Deputy Mayor Vovcha spoke to reporters.', 'Vovcha', 'person-before']
	])('%s → %s rejected as %s', (text, name, reason) => {
		const { kept, rejected } = classified(text);
		expect(kept).not.toContain(name);
		expect(rejected).toContainEqual([name, reason]);
	});

	it('rejects a place named by a sea or gulf before "of" ("the Sea of Dubky")', () => {
		const { kept, rejected } = classified('Boats left Lypky on the Sea of Dubky.');
		expect(kept).toEqual(['Lypky']);
		expect(rejected).toContainEqual(['Dubky', 'water-word-before']);
		expect(classified('Boats left Lypky for the village of Dubky.').kept).toEqual([
			'Lypky',
			'Dubky'
		]);
	});

	it('rejects a city named as a common given name before a surname, not before a kind word', () => {
		const gazetteer = createFixtureGazetteer([
			createGazetteerRow({
				id: 'test:roman',
				name: 'Roman',
				featureClass: 'P',
				featureCode: 'PPLA',
				population: 200_000,
				lat: 47,
				lon: 26.9,
				countryCode: 'RO',
				admin1Code: 'RO.01'
			})
		]);
		const person = classified('Roman Testovoy, the governor, said drones hit Lypky.', gazetteer);
		expect(person.kept).toEqual(['Lypky']);
		expect(person.rejected).toContainEqual(['Roman', 'person']);
		expect(classified('Shelling hit Roman and Lypky.', gazetteer).kept).toEqual(['Roman', 'Lypky']);
	});

	it('rejects a function word read with the words after it ("As the", "Along the")', () => {
		const gazetteer = createFixtureGazetteer(
			['As', 'Along'].map((name, k) =>
				createGazetteerRow({
					id: `test:${k}`,
					name,
					featureClass: 'P',
					featureCode: 'PPL',
					lat: 45 + k,
					lon: 34,
					admin1Code: 'UA.08'
				})
			)
		);
		const { kept, rejected } = classified(
			'As the shelling went on, people left. Along the road to Dubky, cars queued.',
			gazetteer
		);
		expect(kept).toEqual(['Dubky']);
		expect(rejected).toEqual([
			['As the', 'common-word'],
			['Along the', 'common-word']
		]);
	});

	it('rejects a quantifier that opens a sentence ("Much of", "Many of")', () => {
		const gazetteer = createFixtureGazetteer(
			['Much', 'Many'].map((name, k) =>
				createGazetteerRow({
					id: `test:q${k}`,
					name,
					featureClass: 'P',
					featureCode: 'PPL',
					lat: 50 + k,
					lon: 8,
					countryCode: 'DE',
					admin1Code: 'DE.07'
				})
			)
		);
		const { kept, rejected } = classified(
			'Much of Dubky was destroyed. Many of the houses in Dubky burned.',
			gazetteer
		);
		expect(kept).toEqual(['Dubky', 'Dubky']);
		expect(rejected).toEqual([
			['Much', 'common-word'],
			['Many', 'common-word']
		]);
	});

	it('rejects a place name after a unit word ("Battlegroup Dubky")', () => {
		const { kept, rejected } = classified(
			'Units of the battlegroup Dubky shelled Dubky. The battlegroups Lypky and Dubky struck Sadova.'
		);
		expect(kept).toEqual(['Dubky', 'Sadova']);
		expect(rejected).toEqual([
			['Dubky', 'unit-name-before'],
			['Lypky', 'unit-name-before'],
			['Dubky', 'unit-name-before']
		]);
	});

	it('rejects an English word that only sounds like a place, even before a kind word', () => {
		// "Varyus" is an invented village; "Various" sounds like it but is an English word.
		const gazetteer = createFixtureGazetteer([
			createGazetteerRow({
				id: 'test:varyus',
				name: 'Varyus',
				featureClass: 'P',
				featureCode: 'PPL',
				lat: 48,
				lon: 36,
				admin1Code: 'UA.08'
			})
		]);
		const { kept, rejected } = classified(
			'Various regions sent help. Shelling hit Varyus and Varius.',
			gazetteer
		);
		expect(rejected).toContainEqual(['Various', 'english-word']);
		expect(kept).toEqual(['Varyus', 'Varius']);
	});

	it('lets a settlement cue overrule a rule with an exception', () => {
		const { kept, rejected, overruled } = classified('Shelling hit the Kharkiv region battalion.');
		expect(kept).toEqual(['Kharkiv region']);
		expect(rejected).toEqual([]);
		// The rules that held are traced, with the exception that kept the place.
		expect(overruled).toEqual([
			['Kharkiv region', 'unit-name'],
			['Kharkiv region', 'materiel-name']
		]);
	});
});

describe('text rules', () => {
	it('drops every mention of a name the text uses as a person', () => {
		const { kept, rejected } = classified(
			'Dubky said talks would go on. Reports from Dubky came later.'
		);
		expect(kept).toEqual([]);
		expect(rejected).toEqual([
			['Dubky', 'person'],
			['Dubky', 'person']
		]);
	});

	it('keeps a name after "said" that an appositive describes as a place', () => {
		const { kept, rejected } = classified(
			'Troops shelled Dubky, Jane Roe, an adviser, said Dubky, a major transport hub, was key.'
		);
		expect(rejected).toEqual([]);
		expect(kept).toEqual(['Dubky', 'Dubky']);
	});

	it('reads a name that reported something as a person', () => {
		const { kept, rejected } = classified('Dubky reported an attack on Lypky.');
		expect(kept).toEqual(['Lypky']);
		expect(rejected).toEqual([['Dubky', 'person']]);
	});

	it('drops a capital standing for its government, not the same capital as a place', () => {
		const { kept, rejected } = classified('Warsaw denied it. Aid was stored in Warsaw.');
		expect(kept).toEqual(['Warsaw']);
		expect(rejected).toEqual([['Warsaw', 'government']]);
		// Verbs of contending are a government's too.
		for (const text of [
			'Warsaw contends that it holds Dubky.',
			'Warsaw countered that Dubky held.'
		])
			expect(classified(text).rejected, text).toEqual([['Warsaw', 'government']]);
	});

	it('drops a capital before a noun of government or force, not before other nouns', () => {
		const { kept, rejected } = classified(
			'The Warsaw regime shelled Bakhmut. Warsaw militants withdrew. The Warsaw nationalist formations fled.'
		);
		expect(kept).toEqual(['Bakhmut']);
		expect(rejected).toEqual([
			['Warsaw', 'government-noun'],
			['Warsaw', 'government-noun'],
			['Warsaw', 'government-noun']
		]);
		expect(classified('Shells hit the Warsaw suburbs.').kept).toEqual(['Warsaw']);
		// A town that is no capital keeps its name before such a noun ("the Lypky forces").
		expect(classified('The Bakhmut forces withdrew.').kept).toEqual(['Bakhmut']);
	});

	it('drops a name used as a river and a name used for materiel', () => {
		const { kept, rejected } = classified(
			'Troops crossed the Lypky near Bakhmut. Sadova launchers were seen in Kharkiv.'
		);
		expect(kept).toEqual(['Bakhmut', 'Kharkiv']);
		expect(rejected).toEqual([
			['Lypky', 'river'],
			['Sadova', 'materiel-name']
		]);
	});

	it('drops the names of a list of streets, not the town they run through', () => {
		const { kept, rejected } = classified(
			'Troops advanced along Sadova and Lypky streets in Bakhmut; shelling hit Dubky and Kharkiv.'
		);
		expect(kept).toEqual(['Bakhmut', 'Dubky', 'Kharkiv']);
		expect(rejected).toEqual([
			['Sadova', 'street-list'],
			['Lypky', 'street-list']
		]);
	});

	it('reads a river phrase that goes on with a function word as a river', () => {
		const { kept, rejected } = classified(
			'The aim is to make the troops fall back across the Lypky without a battle, the analysts said.'
		);
		expect(kept).toEqual([]);
		expect(rejected).toEqual([['Lypky', 'river']]);
	});
});
