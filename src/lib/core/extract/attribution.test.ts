import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../geocode/types';
import { attributeReport, type SentenceAttribution } from './attribution';
import { findCues } from './claimants';
import { createEntityTable, type EntityRow } from './entities';
import { createResolvedMention } from './fixtures';
import { splitSentences } from './sentences';

/** An invented claimant table: two officials, a ministry, an assessor and an outlet. */
function createTable() {
	const row = (
		name: string,
		kind: EntityRow['kind'],
		side: EntityRow['side'],
		aliases: string[] = [],
		match: EntityRow['match'] = 'name'
	): EntityRow => ({ match, name, kind, side, aliases, source: 'https://example.org/' + name });
	return createEntityTable([
		row('Ivanna Testenko', 'person', 'ukraine', ['Testenko']),
		row('Pavel Mockov', 'person', 'russia', ['Mockov']),
		row('Institute for Invented Studies', 'assessor', 'other', ['IIS']),
		row('Wireline', 'outlet', 'other'),
		row('* group of forces', 'institution', 'russia', [], 'title'),
		row('* military-civil administration', 'office', 'russia', [], 'title')
	]);
}

/** A mention of `word` (its first occurrence) resolved to a place in `country`/`admin1`. */
function createMention(
	text: string,
	word: string,
	countryCode: string,
	admin1Code: string,
	precision: 'settlement' | 'region' | 'country' = 'settlement'
): ResolvedMention {
	return createResolvedMention(word, {
		start: text.indexOf(word),
		countryCode,
		admin1Code,
		precision
	});
}

function attribute(
	text: string,
	mentions: ResolvedMention[] = [],
	title: string | null = null
): SentenceAttribution[] {
	return attributeReport(text, splitSentences(text), { table: createTable(), mentions, title });
}

/** The invented table plus a Russian national outlet, TASSLIKE. */
function createTableWithOutlet() {
	return createEntityTable([
		...createTable().rows,
		{
			match: 'name',
			name: 'TASSLIKE',
			kind: 'outlet',
			side: 'russia',
			aliases: [],
			source: 'https://example.org/outlet'
		}
	]);
}

const sides = (a: SentenceAttribution[]) => a.map((x) => (x.kind === 'none' ? 'none' : x.side));

describe('explicit cues', () => {
	it.each([
		['The Ukrainian General Staff said the bridge was hit.', 'ukraine', 'explicit'],
		['According to NATO, two ships were damaged.', 'other', 'knowledge'],
		[
			'A statement by the Russian Defence Ministry revealed that a tank was lost.',
			'russia',
			'explicit'
		],
		['Testenko said the depot burned.', 'ukraine', 'knowledge'],
		['The Northern group of forces reported taking a hill.', 'russia', 'knowledge'],
		['A senior US official stated that drones were used.', 'united_states', 'explicit'],
		['Local fishermen said a missile fell into the bay.', 'other', 'explicit']
	])('attributes "%s" to %s (%s)', (sentence, side, basis) => {
		const table = createEntityTable([
			{
				match: 'name',
				name: 'NATO',
				kind: 'institution',
				side: 'other',
				aliases: [],
				source: 'https://example.org/nato'
			}
		]);
		const rows = [...createTable().rows, ...table.rows];
		const [a] = attributeReport(sentence, splitSentences(sentence), {
			table: createEntityTable(rows),
			mentions: []
		});
		expect(a).toMatchObject({ kind: 'attributed', side, basis });
	});

	it('takes the named person, not the outlet that relays them', () => {
		const [a] = attribute('As Wireline reported earlier, Testenko said two drones were downed.');
		expect(a).toMatchObject({ side: 'ukraine', claimant: 'Testenko', claimantKind: 'person' });
	});

	it('takes the source an agency cites', () => {
		const [a] = attribute('Wireline, citing the Russian Defence Ministry, said a depot burned.');
		expect(a).toMatchObject({ side: 'russia' });
	});

	it('prefers the main clause over an "As X claimed" clause', () => {
		const [a] = attribute('As Russia claimed gains, Ukraine said its forces struck a camp.');
		expect(a).toMatchObject({ side: 'ukraine', claimant: 'Ukraine' });
	});

	it('keeps a name with its title: "Jane Roe, the local governor, says"', () => {
		const [a] = attribute('Ten houses burned, Ivanna Testenko, the local governor, says.');
		expect(a).toMatchObject({ side: 'ukraine', claimant: 'Ivanna Testenko, the local governor' });
	});

	it('reads an occupation title as Russia’s whatever place it names', () => {
		const text = 'The Moscow-installed head of the Zelenodar region said shelling hit a school.';
		const [a] = attribute(text, [createMention(text, 'Zelenodar', 'UA', 'UA.26', 'region')]);
		expect(a).toMatchObject({ side: 'russia', basis: 'explicit' });
	});

	it('does not read a toll ("claimed the lives of") as a claim', () => {
		expect(
			sides(attribute('Russian assaults have claimed the lives of five people in Brodovo.'))
		).toEqual(['none']);
		expect(
			sides(attribute('The shelling claimed three lives, Russia’s ministry said.'))
		).not.toEqual(['none']);
		const [a] = attribute('Russia claimed the lives lost were soldiers.');
		expect(a.kind).not.toBe('none');
	});

	it('gives an event the source its toll names right after it, not background', () => {
		const report = (event: string) =>
			sides(
				attribute(
					`Wireline (Wireline) - Mockov said troops took a village.\n\n${event} At least five people were wounded, Ivanna Testenko said.`
				)
			)[1];
		expect(report('On Saturday, bombs hit the town of Brodovo.')).toBe('ukraine');
		expect(report('Bombs have been hitting Brodovo for months.')).toBe('none');
		expect(report('Bombs hit the town of Brodovo.')).toBe('none');
	});

	it('is not fooled by a conditional ("if confirmed") or scare quotes', () => {
		const [a] = attribute('The capture, if confirmed, would be a first for the army.');
		expect(a.kind).toBe('none');
		const [b] = attribute('Pavel Mockov, the occupation "official", claims that Ukraine fired.');
		expect(b).toMatchObject({ side: 'russia', claimant: expect.stringContaining('Mockov') });
	});
});

describe('the report’s lead', () => {
	it('carries a briefing’s source through later sentences and paragraphs', () => {
		const a = attribute(
			'Air defences downed six drones overnight, the Russian Defence Ministry said.\n\nTwo more were downed near Testovo. A depot was destroyed.\n\n"The enemy lost a tank," the spokesman added.'
		);
		expect(sides(a)).toEqual(['russia', 'russia', 'russia', 'russia']);
		expect(a[1]).toMatchObject({ basis: 'lead' });
	});

	it('gives sentences before the first cue the source the title names', () => {
		const a = attribute(
			'Attacks were repelled near Testovo and Probne.\n\nThe update was published by the General Staff.',
			[],
			'Defenders hold the line near two villages - General Staff'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine']);
		expect(a[0]).toMatchObject({ basis: 'lead' });
	});

	it('takes the lead from a headline led by its one source ("Russia says …")', () => {
		const text = 'The ministry said marines had pushed back the attack near Testovo.';
		expect(sides(attribute(text, [], 'Russia says it repelled an attack on Testovo'))).toEqual([
			'russia'
		]);
		// Two voices in the headline: neither leads.
		expect(
			sides(attribute(text, [], 'Ukraine says it took Testovo, Russia insists it holds it'))
		).not.toEqual(['ukraine']);
		// A clause before "says" that tells an event is no source.
		expect(
			sides(attribute(text, [], 'Russian shelling kills two in Testovo says nothing'))
		).toEqual(['none']);
	});

	it('takes the lead from a passive line after it that names the source’s document', () => {
		const summary = attribute(
			'Attacks were repelled near Testovo and Probne.\n\nThis was reported in the evening summary of the General Staff.\n\nThe enemy also shelled Sadove.'
		);
		expect(sides(summary)).toEqual(['ukraine', 'ukraine', 'ukraine']);
		expect(summary[0]).toMatchObject({ basis: 'lead' });
		const dated = attribute(
			'Attacks were repelled near Testovo.\n\nThe statement was published today, March 4, by the General Staff.'
		);
		expect(sides(dated)).toEqual(['ukraine', 'ukraine']);
		const owned = attribute(
			'Two drones were downed over Testovo.\n\nThis is stated in the Russian Defence Ministry’s daily bulletin.'
		);
		expect(sides(owned)).toEqual(['russia', 'russia']);
	});

	it('takes the lead from a "Source:" line', () => {
		const a = attribute(
			'Air defence shot down nine drones.\nSource: Ukraine’s Air Force\nDetails: Debris fell on a farm.'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine']);
	});

	it('gives a hedged assessment to the assessor whose report it is', () => {
		const a = attribute(
			'Imagery reviewed by the Institute for Invented Studies shows troops advancing near Testovo.\n\nRussian forces have likely withdrawn from the west bank. Artillery is probably hitting the crossings.'
		);
		expect(sides(a)).toEqual(['other', 'other', 'other']);
	});

	it('does not carry a claimant across paragraphs of a report that quotes both sides', () => {
		const a = attribute(
			'The Russian Defence Ministry said it took Testovo. Units advanced further.\n\nUkraine said its troops held the village.\n\nThe fighting began in spring.'
		);
		expect(sides(a)).toEqual(['russia', 'russia', 'ukraine', 'none']);
	});

	it('carries a belligerent institution’s update until a source of the other side speaks', () => {
		const a = attribute(
			'Defenders repelled 30 attacks over the past day, the General Staff said.\n\nIn the Testovo direction, the enemy attacked near Probne.\n\nThe invaders shelled Sadove.\n\nMeanwhile, the Russian Defence Ministry said it downed ten drones.\n\nThe fighting began in spring.'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine', 'russia', 'none']);
		expect(a[2]).toMatchObject({ basis: 'lead' });
	});

	it('does not hold a person’s lead across paragraphs once the other side is quoted', () => {
		const a = attribute(
			'Pavel Mockov said his troops took Testovo.\n\nUnits advanced further.\n\nUkraine said its troops held the village.'
		);
		expect(sides(a)).toEqual(['russia', 'none', 'ukraine']);
	});

	it('does not count a voice the report quotes to refute as the other side’s source', () => {
		for (const refuted of [
			'Russian propagandists claim their troops entered Probne.',
			'The Russian Defence Ministry claims its troops entered Probne, but this is not true.',
			'The Russian Defence Ministry claims its troops entered Probne. This is a lie.'
		]) {
			const a = attribute(
				`Defenders repelled 30 attacks over the past day, the General Staff said.\n\nIn the Testovo direction, the enemy attacked near Probne. ${refuted}\n\nThe invaders shelled Sadove.`
			);
			const last = a.at(-1);
			expect(last, refuted).toMatchObject({ side: 'ukraine', basis: 'lead' });
			expect(a.some((x) => x.kind === 'attributed' && x.side === 'russia')).toBe(true);
		}
	});
});

describe('quotations and references', () => {
	it('gives a quotation of two sentences to the speaker named after it', () => {
		const a = attribute(
			'Testenko said the bridge held.\n\n"Two tanks were destroyed near Testovo. The rest retreated," Pavel Mockov said.'
		);
		expect(sides(a)).toEqual(['ukraine', 'russia']);
		expect(a[1]).toMatchObject({ claimant: 'Pavel Mockov', basis: 'knowledge' });
	});

	it('resolves "he" to the person named before and "the ministry" to the body', () => {
		const a = attribute(
			'Testenko said a depot burned. He added that a tank was hit.\n\nIn a separate statement, the Russian Defence Ministry said it downed a drone. Later, Ukraine said a camp was hit. The ministry said the camp was empty.'
		);
		expect(a[1]).toMatchObject({ side: 'ukraine', basis: 'reference', claimant: 'Testenko' });
		expect(a[4]).toMatchObject({ basis: 'reference' });
	});

	it('gives a body named again without its country the side it was named with', () => {
		const a = attribute(
			'Troops repelled an assault near Testovo, Ukraine’s Falcon brigade said.\n\n"The enemy lost six tanks," the Falcon brigade said on Facebook. The brigade said the attack aimed at Probne.'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine']);
		expect(a[1]).toMatchObject({ basis: 'reference' });
	});

	it('takes "X said" after a clause, not the clause, as the claimant', () => {
		const a = attribute('Russian forces shelled Testovo overnight, IIS said.');
		expect(a[0]).toMatchObject({ side: 'other', claimant: 'IIS' });
	});

	it('reads "Russian reports of" and "the claims" as nouns, not cues', () => {
		const a = attribute(
			'Ukrainian forces probably advanced near Testovo, given Russian reports of fighting near Probne, IIS assessed.'
		);
		expect(a[0]).toMatchObject({ side: 'other', claimant: 'IIS' });
	});

	it('gives Ukraine’s Ground Forces and its southern command Ukraine’s side unmarked', () => {
		expect(
			sides(
				attribute(
					'Troops repelled 20 attacks near Testovo, the Ground Forces said. Drones were downed over Probne, the military South command said.'
				)
			)
		).toEqual(['ukraine', 'ukraine']);
	});

	it('names a claimant without the bullet of its list item', () => {
		const a = attribute('• The Ukrainian General Staff said a bridge near Testovo was hit.');
		expect(a[0]).toMatchObject({ claimant: 'The Ukrainian General Staff', side: 'ukraine' });
	});

	it('reads "touted" and "boasted" as cues of their subject', () => {
		const a = attribute('Testenko has touted the advances near Testovo as a turning point.');
		expect(a[0]).toMatchObject({ side: 'ukraine', claimant: 'Testenko' });
	});

	it('resolves "the governor" of a place in Ukraine to Ukraine and in Russia to Russia', () => {
		const ua = 'Drones hit Zelenodar overnight, the governor said.';
		expect(attribute(ua, [createMention(ua, 'Zelenodar', 'UA', 'UA.07')])[0]).toMatchObject({
			side: 'ukraine',
			basis: 'reference'
		});
		const ru = 'Drones hit Belograd overnight, the governor said.';
		expect(attribute(ru, [createMention(ru, 'Belograd', 'RU', 'RU.09')])[0]).toMatchObject({
			side: 'russia',
			basis: 'reference'
		});
	});

	it('gives "the city authorities" of an occupied region to the occupation official named before', () => {
		const text =
			'Shelling of Zelenodar wounded five, Pavel Mockov, head of the oblast’s military-civil administration, said.\n\nThe city authorities said a school in Zelenodar was hit. Local authorities said Probne was shelled too.';
		const zelenodar = createMention(text, 'Zelenodar', 'UA', 'UA.26');
		const second = text.indexOf('Zelenodar', zelenodar.mention.end);
		const again = createMention(text.slice(second), 'Zelenodar', 'UA', 'UA.26');
		again.mention = { ...again.mention, start: second, end: second + 'Zelenodar'.length };
		const probne = createMention(text, 'Probne', 'UA', 'UA.04');
		const a = attribute(text, [zelenodar, again, probne]);
		expect(sides(a)).toEqual(['russia', 'russia', 'ukraine']);
	});

	it('gives unnamed authorities of a place called by its occupation name to Russia', () => {
		const a = attribute(
			'Kyiv said its troops held Testovo.\n\nThe army fired 40 shells at settlements in the DPR overnight, local authorities said.'
		);
		expect(a[1]).toMatchObject({
			claimant: 'local authorities',
			side: 'russia',
			basis: 'reference'
		});
	});

	it('gives the paragraph before "This was announced by X" to X, in a multi-source report', () => {
		const a = attribute(
			'Russian jets bombed Testovo. A woman was killed.\n\nThis was announced by Testenko.\n\nMockov said the raid hit a depot.'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine', 'russia']);
		expect(a[0]).toMatchObject({ claimant: 'Testenko', basis: 'lead' });
	});

	it('reads the subject of a verb coordinated with the cue ("X visited … and said")', () => {
		const [a] = attribute(
			'The Russian Defence Ministry has released its latest update on the war and confirmed that troops hold Testovo.'
		);
		expect(a).toMatchObject({ side: 'russia', claimant: 'The Russian Defence Ministry' });
	});

	it('gives a surname the side of the title it was introduced with in a sentence that claims nothing', () => {
		const a = attribute(
			"Ivan Testov, an adviser to the head of the Donetsk People's Republic, toured the district.\n\nTestov said troops had nearly pushed the enemy out of Testovo."
		);
		expect(a[1]).toMatchObject({ claimant: 'Testov', side: 'russia', basis: 'reference' });
		// A title in capitals before the name, in a sentence that claims nothing, says it as well.
		const titled = attribute(
			'The statement was made by Spokesperson for the Ground Forces of Ukraine Ivan Testov on a telethon.\n\nTestov said troops had repelled attacks near Testovo.'
		);
		expect(titled[1]).toMatchObject({ claimant: 'Testov', side: 'ukraine', basis: 'reference' });
		// Introduced as no one's: the surname stays unknown.
		const b = attribute(
			'Ivan Testov, a resident of the town, toured the district.\n\nTestov said troops had nearly pushed the enemy out of Testovo.'
		);
		expect(b[1]).toMatchObject({ claimant: 'Testov', side: 'other' });
	});

	it('gives a name no table knows, right after an unnamed official, that official’s side', () => {
		const a = attribute(
			'The Russian-installed mayor of the city said two people died in Testovo.\n\nOlga Vymyslova said a shell hit a shop.'
		);
		expect(sides(a)).toEqual(['russia', 'russia']);
		expect(a[1]).toMatchObject({ claimant: 'Olga Vymyslova', basis: 'reference' });
		// After a named official the new name is someone else: side as the table knows it (none).
		const b = attribute(
			'Testenko said two people died.\n\nOlga Vymyslova said a shell hit a shop.'
		);
		expect(sides(b)).toEqual(['ukraine', 'other']);
	});

	it('reads "the MoD" as the ministry named before', () => {
		const a = attribute(
			'Troops took Testovo, the Russian Defence Ministry (MoD) said.\n\nTestenko said Probne held.\n\nThe enemy lost 50 soldiers near Sadove, the MoD noted.'
		);
		expect(sides(a)).toEqual(['russia', 'ukraine', 'russia']);
		expect(a[2]).toMatchObject({ basis: 'reference' });
	});

	it('names an office of no known place as written, with side other', () => {
		const [a] = attribute('The mayor said drones hit a depot.');
		expect(a).toMatchObject({ side: 'other', claimant: 'The mayor' });
	});

	it('leaves an unsourced sentence of a multi-source report unattributed', () => {
		const a = attribute(
			'Russian forces shelled the port.\n\nTestenko said two drones fell. Mockov said none did.\n\nUkrainian drones hit a refinery.'
		);
		expect(a[0].kind).toBe('none');
		expect(a[3].kind).toBe('none');
	});
});

describe('an unqualified body in a national outlet’s report', () => {
	it('gives "the Defence Ministry" of a Russian outlet’s dateline to Russia', () => {
		const text =
			'TESTGRAD, May 3. /TASSLIKE/. Air defences downed four drones, the Defence Ministry said.';
		const table = createTableWithOutlet();
		const a = attributeReport(text, splitSentences(text), { table, mentions: [] }).at(-1);
		expect(a).toMatchObject({ side: 'russia', basis: 'reference' });
	});

	it('leaves it unresolved when the outlet is no belligerent’s', () => {
		const [a] = attributeReport(
			'Air defences downed four drones, the Defence Ministry said.',
			splitSentences('Air defences downed four drones, the Defence Ministry said.'),
			{ table: createTable(), mentions: [], publisher: 'Wireline' }
		);
		expect(a.kind).toBe('none');
	});
});

describe('the classes seen in unseen reports', () => {
	it('carries the claimant through a list announced by a colon, paragraph after paragraph', () => {
		const a = attribute(
			'Pavel Mockov said Ukraine shelled Probne.\n\nAccording to the General Staff, the situation is as follows:\n\nOur soldiers repelled attacks near Testovo.\n\nThe occupiers fired on Lisne.'
		);
		expect(sides(a)).toEqual(['russia', 'ukraine', 'ukraine', 'ukraine']);
	});

	it.each([
		[
			'On Tuesday it said its forces took Testovo.',
			'the Russian Defence Ministry said a depot burned. '
		],
		['It is also noted that the enemy shelled Testovo.', 'Testenko said a depot burned. ']
	])('resolves "%s" to the claimant before, not to a time or a clause', (sentence, before) => {
		const a = attribute(before.charAt(0).toUpperCase() + before.slice(1) + sentence);
		expect(a[1].kind === 'attributed' && a[1].claimant).not.toMatch(/Tuesday|It is/);
		expect(a[1]).toMatchObject({ side: a[0].kind === 'attributed' ? a[0].side : 'none' });
	});

	it('reads regional prosecutors and military administrations by acronym as offices of the place', () => {
		const table = createEntityTable([
			...createTable().rows,
			{
				match: 'title',
				name: '* RMA',
				kind: 'office',
				side: 'ukraine',
				aliases: [],
				source: 'https://example.org/rma'
			}
		]);
		const one = 'The head of the Zelenodar RMA said drones hit a school.';
		expect(attributeReport(one, splitSentences(one), { table, mentions: [] })[0]).toMatchObject({
			side: 'ukraine',
			basis: 'knowledge'
		});
		const two = 'Shelling hit Zelenodar overnight, regional prosecutors said.';
		expect(attribute(two, [createMention(two, 'Zelenodar', 'UA', 'UA.07')])[0]).toMatchObject({
			side: 'ukraine',
			basis: 'reference'
		});
	});

	it('keeps a place and a time out of the claimant', () => {
		const [a] = attribute(
			'Drones hit a depot, Testovo Region, the Russian Defence Ministry said on Friday.'
		);
		expect(a).toMatchObject({ claimant: 'the Russian Defence Ministry' });
	});
});

describe('descriptions and names that point back', () => {
	it('gives "a spokesman for the brigade" and his surname later the brigade’s side', () => {
		const a = attribute(
			'The 12th Separate Brigade of the Ukrainian army said it retook Testovo.\n\nJohn Roe, a spokesman for the brigade, said six soldiers were captured.\n\nThe shelling goes on, Roe said.'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine']);
		expect(a[1]).toMatchObject({
			basis: 'reference',
			claimant: 'John Roe, a spokesman for the brigade'
		});
		expect(a[2]).toMatchObject({ basis: 'reference', claimant: 'Roe' });
	});
});

describe('what is no claimant, and leads named by a statement line', () => {
	it('takes no claimant from "the enemy" or "preliminary data", so a briefing stays one source', () => {
		const a = attribute(
			'Testenko said troops repelled two attacks near Testovo.\n\nThe enemy reported nothing new near Probne.\n\nPreliminary data shows a depot burned in Lisne.'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine']);
		expect(a[1]).toMatchObject({ basis: 'lead' });
	});

	it('keeps an unknown named source or a source noun, with side other', () => {
		expect(attribute('Local fishermen said a missile fell into the bay.')[0]).toMatchObject({
			side: 'other'
		});
		expect(attribute('Jane Roe said a missile fell into the bay.')[0]).toMatchObject({
			side: 'other',
			claimant: 'Jane Roe'
		});
	});

	it('takes the lead from a "Statement by X" title', () => {
		const a = attribute(
			'Units repelled three attacks near Testovo.\n\nArtillery destroyed a depot near Probne.',
			[],
			'Statement by the press centre of the Northern group of forces'
		);
		expect(sides(a)).toEqual(['russia', 'russia']);
	});
});

describe('an assessor referred to by what it is', () => {
	it('gives "the think tank assessed" to the assessor named before, not to the forces it writes about', () => {
		const a = attribute(
			'The Institute for Invented Studies said troops advanced near Testovo.\n\nThe think tank assessed that Russian forces made gains near Probne.'
		);
		expect(a[1]).toMatchObject({ side: 'other', basis: 'reference' });
	});
});

describe('citing a reason', () => {
	it('does not read "citing the risk of Russian attacks" as a source', () => {
		const a = attribute(
			'Testenko said residents left Testovo.\n\nAuthorities evacuated Probne last month, citing the risk of more Russian attacks.'
		);
		expect(a[1].kind === 'attributed' && a[1].claimant).not.toMatch(/risk/);
	});
});

describe('subjects that are no claimants, and claimants behind auxiliaries', () => {
	const claimantOf = (a: SentenceAttribution) => (a.kind === 'attributed' ? a.claimant : null);

	it('reads "made confirmed gains" as no cue: a participle before a noun is an adjective', () => {
		const a = attribute(
			'Pavel Mockov said drones hit Lisne.\n\nThe map outlined an assessment that Russian forces made confirmed gains near Probne.'
		);
		expect(claimantOf(a[1])).not.toMatch(/made/);
	});

	it('takes the agent of "no damage reported by the governor", not the place before it', () => {
		const a = attribute(
			'Air defences shot down six drones over the region of Testovo with no damage reported by the regional governor.'
		);
		expect(claimantOf(a[0])).toBe('the regional governor');
	});

	it('finds the name behind "…, Ivanna Testenko, has said"', () => {
		const a = attribute(
			'Troops shelled Testovo again, the head of the regional administration, Ivanna Testenko, has said.'
		);
		expect(a[0]).toMatchObject({ side: 'ukraine' });
		expect(claimantOf(a[0])).toMatch(/Testenko/);
	});

	it('keeps "it said" a reference, not a name before it', () => {
		const a = attribute(
			'The Ukrainian Air Force said it downed nine drones.\n\nThe drones were launched from Russian-occupied Testovo, it said.'
		);
		expect(claimantOf(a[1])).toBe('The Ukrainian Air Force');
		expect(a[1]).toMatchObject({ side: 'ukraine', basis: 'reference' });
	});
});

describe('an assessment retold', () => {
	it('is the assessor’s between the sources it cites, and footage or maps are its evidence', () => {
		const a = attribute(
			'Troops advanced near Testovo, according to the Institute for Invented Studies.\n\nRussian milbloggers claimed that Probne was captured.\n\nThe forces made gains near Lisne.\n\nGeolocated footage published Monday shows troops in the south of Kamenka.\n\nOther maps showed advances towards Dubky.'
		);
		expect(sides(a)).toEqual(['other', 'russia', 'other', 'other', 'other']);
	});

	it('leaves wire copy quoting both sides unattributed between its sources', () => {
		const a = attribute(
			'Troops took Testovo, the Russian Defence Ministry said.\n\nThe Ukrainian General Staff said attacks near Probne were repelled.\n\nFighting went on near Lisne.'
		);
		expect(sides(a)).toEqual(['russia', 'ukraine', 'none']);
	});
});

describe('a body named by no one before', () => {
	it('is the country of the capital the report is filed from', () => {
		const a = attribute(
			'Troops take three villages\n\nMOSCOW (Wireline) - Troops took Testovo, the Defence Ministry said on Thursday.'
		);
		expect(a.at(-1)).toMatchObject({ side: 'russia', basis: 'reference' });
	});

	it('is the source the title names, not the army the sentence is about', () => {
		const a = attribute(
			'Attacks repelled near nine villages - General Staff\n\nAccording to the command, the Russian army keeps trying to take all of the Testovo region.',
			[],
			null
		);
		expect(a.at(-1)).toMatchObject({ side: 'ukraine', basis: 'reference' });
	});

	it('stays unresolved when the sentence names both sides’ bodies', () => {
		const a = attribute(
			'Strikes by the Ukrainian air force and the Russian military hit Testovo overnight, according to the ministry.'
		);
		expect(a[0].kind).toBe('none');
	});

	it('gives a Russian outlet’s unnamed office of a town in Ukraine to Russia', () => {
		const text =
			'TESTGRAD, May 3. /TASSLIKE/. Two people were wounded in the shelling of Testovo, the city administration said.';
		const table = createTableWithOutlet();
		const mentions = [createMention(text, 'Testovo', 'UA', 'UA.08')];
		const a = attributeReport(text, splitSentences(text), { table, mentions }).at(-1);
		expect(a).toMatchObject({ side: 'russia', claimant: 'the city administration' });
	});
});

describe('names and descriptions met in two forms', () => {
	const claimantOf = (a: SentenceAttribution) => (a.kind === 'attributed' ? a.claimant : null);

	it('gives a name met bare the side its titled mention later shows, and its "he" too', () => {
		const text =
			'Two children were hurt in Testovo, Oleg Probkin has said.\n\nThree people were killed in a drone strike in Russia’s Testovo region, the Russian-installed governor Oleg Probkin said.\n\n“We mourn them,” he said.';
		const a = attribute(text, [createMention(text, 'Testovo', 'RU', 'RU.41')]);
		expect(sides(a)).toEqual(['russia', 'russia', 'russia']);
	});

	it('tells a lone surname the text never introduces as the report tells the rest', () => {
		const text =
			'Shells hit Testovo twice today, the head of the regional military administration said.\n\n“A school was damaged,” Probkinko wrote.\n\nHe added that no one was hurt.\n\nOn Monday, a drone hit Testovo, injuring a woman.';
		const a = attribute(text, [createMention(text, 'Testovo', 'UA', 'UA.04')]);
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine', 'ukraine']);
		expect(a.map(claimantOf)).not.toContain('Probkinko');
	});

	it('keeps a surname the text introduced with a first name as its own claimant', () => {
		const text =
			'Shells hit Testovo twice today, the head of the regional military administration said.\n\nOleg Probkinko, a local resident, saw it.\n\n“A school was damaged,” Probkinko wrote.';
		const a = attribute(text, [createMention(text, 'Testovo', 'UA', 'UA.04')]);
		expect(claimantOf(a[2])).toBe('Probkinko');
	});

	it('reads "American analysts" as the assessor named before', () => {
		const a = attribute(
			'The Institute for Invented Studies said troops advanced near Testovo.\n\nAmerican analysts said the advance near Probne was confirmed.'
		);
		expect(a[1]).toMatchObject({ side: 'other', basis: 'reference' });
	});

	it('gives an official a Russian agency cites "as saying" the agency’s side', () => {
		const a = attribute(
			'The Russian state news agency cited an official as saying troops had entered Testovo.'
		);
		expect(a[0]).toMatchObject({ side: 'russia', claimant: 'an official' });
	});

	it.each([
		[
			'It referred to X as …',
			'The Testland General Staff said troops halted 18 attacks near Testovo.\n\nIt referred to Probne earlier this week as part of an area under attack.'
		],
		[
			'The report documented …',
			'The Testland General Staff reported in an evening update that fighting went on near Testovo.\n\nThe report documented 40 attempts by enemy forces to break through near Probne.'
		]
	])('reads "%s" as a statement of the source before', (_, text) => {
		expect(attribute(text)[1]).toMatchObject({
			claimant: 'The Testland General Staff',
			side: 'ukraine',
			basis: 'reference'
		});
	});

	it('gives claims an assessor cites ("cited X\'s claims that") to whoever made them', () => {
		for (const text of [
			"The Institute for Invented Studies cited Russian bloggers' claims that troops entered Testovo.",
			'The Institute for Invented Studies published statements by Russian bloggers about troops entering Testovo.'
		])
			expect(attribute(text)[0], text).toMatchObject({
				side: 'russia',
				claimant: 'Russian bloggers'
			});
		// The institute's own finding stays its own.
		expect(
			attribute('The Institute for Invented Studies reported that troops entered Testovo.')[0]
		).toMatchObject({ side: 'other' });
	});

	it('reads "the defence ministry" after an outlet spoke as the ministry named before', () => {
		const text = [
			'The Testland Defence Ministry said its forces took Testovo.',
			'',
			'Wireline confirmed the location of the video.',
			'',
			'Troops also pushed into Probne, an agency cited the defence ministry as saying.'
		].join('\n');
		const a = attribute(text);
		expect(a[2]).toMatchObject({ claimant: 'The Testland Defence Ministry', basis: 'reference' });
	});

	it('gives an official who told an outlet of one side that side, a named one their own', () => {
		const text = (speaker: string) =>
			`Troops took control of Testovo, ${speaker} told TASSLIKE. Reuters could not verify it.`;
		const table = createTableWithOutlet();
		const run = (speaker: string) =>
			attributeReport(text(speaker), splitSentences(text(speaker)), { table, mentions: [] });
		expect(run('a security official')[0]).toMatchObject({
			side: 'russia',
			claimant: 'a security official'
		});
		expect(run('Ivanna Testenko')[0]).toMatchObject({ side: 'ukraine' });
		expect(run('an analyst at the IIS')[0]).toMatchObject({ side: 'other' });
	});

	it('takes the speaker of "an account by X, reported by an outlet, said", not the outlet', () => {
		const a = attribute(
			'An account by a soldier of Ukraine’s 9th brigade, reported by a local channel, said an attack near Testovo was repelled.'
		);
		expect(a[0]).toMatchObject({ side: 'ukraine' });
		expect(claimantOf(a[0])).toMatch(/brigade/);
	});

	it('reads a long clause before "suggests" as no claimant', () => {
		const text =
			'The fact that one Testland truck drove this deep into Russian positions apparently without drawing Russian fire suggests the line near Testovo is thin.';
		expect(findCues(text, splitSentences(text)[0])).toEqual([]);
	});

	it('reads "The reports from X suggested" as reports of X, not a claimant "The"', () => {
		const a = attribute('The reports from Testland suggested heavy losses near Testovo.');
		expect(claimantOf(a[0])).not.toBe('The');
	});
});

describe('outlets, documents and earlier reports', () => {
	it('finds a Russian outlet’s dateline after the title line', () => {
		const text =
			'Shelling of Testovo wounds two\n\nTESTGRAD, Russia (TASSLIKE) - Two people were wounded in the shelling of Testovo, the administration said.';
		const mentions = [createMention(text, 'Testovo', 'UA', 'UA.08')];
		const a = attributeReport(text, splitSentences(text), {
			table: createTableWithOutlet(),
			mentions
		}).at(-1);
		expect(a).toMatchObject({ side: 'russia', claimant: 'the administration' });
	});

	it('gives "according to earlier reports" in a single-source report the report’s source', () => {
		const a = attribute(
			'Pavel Mockov said shelling damaged 40 houses in Testovo.\n\nAccording to earlier reports, two people were wounded in Testovo.'
		);
		expect(sides(a)).toEqual(['russia', 'russia']);
	});

	it('reads "the ministry report named the villages" as the ministry’s, "Russia named a commander" as no cue', () => {
		const a = attribute(
			'Troops take three villages.\n\nThe Russian Defence Ministry report named them as Testovo, Probne and Lisne.'
		);
		expect(a.at(-1)).toMatchObject({ side: 'russia', basis: 'explicit' });
		const text = 'Russia named a new commander of the Testovo group.';
		expect(findCues(text, splitSentences(text)[0])).toEqual([]);
	});
});

describe('leads in news-site formats', () => {
	it('reads an inline "Source: X, on Telegram Quote: …" as the report’s source', () => {
		const a = attribute(
			'Two were hurt in Testovo on 3 May. Source: Ivanna Testenko on Telegram Quote: "The occupiers shelled Probne overnight."'
		);
		expect(sides(a)).toEqual(['ukraine', 'ukraine']);
		expect(a[1]).toMatchObject({ claimant: 'Ivanna Testenko' });
	});

	it('reads "according to" typed with a Cyrillic look-alike letter', () => {
		const a = attribute('\u0410ccording to Pavel Mockov, drones hit Testovo.');
		expect(a[0]).toMatchObject({ side: 'russia', claimant: 'Pavel Mockov' });
	});

	it('looks for the opening’s claimant past page furniture lines', () => {
		const a = attribute(
			'Shelling wounds four\n\nWar\nPosted At: May 3/2024 10:50PM\n\nTroops shelled Testovo on May 3, wounding four people.\n\nThe attack came after a week of calm in the area.\n\nAccording to Ivanna Testenko, a boy is among them.\n\nA woman was wounded in Probne on May 2.\n\nTwo houses burned in Lisne on May 1.'
		);
		expect(sides(a).slice(-3)).toEqual(['ukraine', 'ukraine', 'ukraine']);
	});
});

describe('more verbs, references and titles of briefings', () => {
	it('takes the lead from an "Important statement by X" title', () => {
		const a = attribute(
			'Within five days troops took Testovo and Probne.',
			[],
			'Important statement by the Russian Defence Ministry'
		);
		expect(a[0]).toMatchObject({ side: 'russia', basis: 'lead' });
	});

	it('reads an unqualified "the Armed Forces noted" as the body named before', () => {
		const a = attribute(
			'This was reported by the Ukrainian General Staff.\n\nPavel Mockov said the claim was false.\n\n“Attacks near Testovo were repelled,” the Armed Forces noted.'
		);
		expect(a.at(-1)).toMatchObject({ side: 'ukraine', basis: 'reference' });
	});

	it('reads "pointed out" and "described" as saying', () => {
		const text = 'Pavel Mockov pointed out that the shelling of Testovo went on.';
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({ claimant: 'Pavel Mockov' });
	});

	it('does not read "citing six recent injuries" as a source', () => {
		const text =
			'Pavel Mockov warned of escalation, citing six recent injuries from shelling in Testovo.';
		const claimants = findCues(text, splitSentences(text)[0]).map((c) => c.claimant);
		expect(claimants.filter((c) => /injur/.test(c))).toEqual([]);
	});

	it('finds a Russian outlet’s dateline in the fifth paragraph, after a repeated title and a standfirst', () => {
		const text =
			'Drone hits a house in Testovo\n\nAll news\n\nDrone hits a house in Testovo\n\nThe mayor spoke of terror against civilians\n\nTESTGRAD, May 3. /TASSLIKE/. A drone hit a house in Testovo, the city administration said.';
		const table = createTableWithOutlet();
		const mentions = [createMention(text, 'Testovo', 'UA', 'UA.08')];
		const a = attributeReport(text, splitSentences(text), { table, mentions }).at(-1);
		expect(a).toMatchObject({ side: 'russia' });
	});
});

describe('subjects around numbers, names, clauses and titles', () => {
	const cueClaimants = (text: string) =>
		findCues(text, splitSentences(text)[0]).map((c) => c.claimant);

	it('reads "the United States" as a name, not the verb "states"', () => {
		expect(
			cueClaimants(
				'More than 1,000 shells made for howitzers provided by the United States were destroyed, the ministry said.'
			)
		).toEqual(['the ministry']);
	});

	it('keeps "1,000-km" whole and reads "X, a blog that …, had reported" as X', () => {
		expect(
			cueClaimants(
				'Testblog, a blog that tracks the 1,000-km front using open sources, had reported advances near Testovo.'
			)[0]
		).toMatch(/^Testblog/);
	});

	it('reads "the ministry, which calls the towns by old names, said" as the ministry', () => {
		expect(
			cueClaimants(
				'The ministry, which refers to the towns by their old names of Testovo and Probne, said troops advanced.'
			)
		).toEqual(['The ministry']);
	});

	it('reads a time span closing the subject as part of it, not a clause', () => {
		expect(
			cueClaimants(
				'A Moscow-installed official in the region since the early days of the invasion blamed the strike on Testovo on Ukraine.'
			)
		).toEqual(['A Moscow-installed official in the region']);
		expect(
			cueClaimants(
				"An official in the part of the region controlled by Testland since soon after last year's invasion blamed the strike on Testovo troops."
			)
		).toEqual(['An official in the part of the region controlled by Testland']);
		expect(cueClaimants('An official in the city since 2022 said drones hit Testovo.')).toEqual([
			'An official in the city'
		]);
	});

	it('reads "the official who has led the city said" as the official', () => {
		expect(
			cueClaimants(
				'The Testovian official who has led the city since 2023 said drones hit a depot.'
			)
		).toEqual(['The Testovian official']);
		expect(cueClaimants('The governor said troops who entered Testovo destroyed a tank.')).toEqual([
			'The governor'
		]);
	});

	it('keeps "Gov." inside the agent of "according to"', () => {
		expect(cueClaimants('Eleven were killed, according to regional Gov. Jane Roe.')).toEqual([
			'regional Gov. Jane Roe'
		]);
	});

	it('gives "Jane Roe" the side of "Acting Mayor Jane Roe" met after', () => {
		const text =
			'TESTGRAD (TASSLIKE) - Jane Roe pointed out that the shelling of Testovo goes on.\n\nA drone hit a house in Testovo, Acting Mayor Jane Roe said.';
		const table = createTableWithOutlet();
		const mentions = [createMention(text, 'Testovo', 'UA', 'UA.23')];
		const a = attributeReport(text, splitSentences(text), { table, mentions });
		expect(sides(a)).toEqual(['russia', 'russia']);
	});

	it('reads "officials in X region" as an office of X', () => {
		const text =
			'Pavel Mockov said drones hit Probne.\n\nOfficials in the nearby Testovo region said shelling wounded three.';
		const a = attribute(text, [createMention(text, 'Testovo', 'UA', 'UA.04', 'region')]);
		expect(a[1]).toMatchObject({ side: 'ukraine' });
	});
});

describe('channels, bracketed datelines and task forces', () => {
	it('reads "as reported in the Telegram channel of X" as X', () => {
		const text =
			'Two attacks near Testovo were repelled, as reported in the official Telegram channel of the Russian Ministry of Defence.';
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({
			claimant: 'the Russian Ministry of Defence'
		});
	});

	it('reads "(AGENCY - Agency)" opening a paragraph as a dateline, not the subject', () => {
		const text =
			'(WIRELINE - Testpress) The operational task force reported this on Facebook, according to Testpress.';
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({
			claimant: 'The operational task force'
		});
	});

	it('gives an operational task force Ukraine’s side', () => {
		const a = attribute('The Operational Task Force East said attacks near Testovo failed.');
		expect(a[0]).toMatchObject({ side: 'ukraine' });
	});
});

describe('denials name their claimant', () => {
	it.each([
		['Kyiv dismissed the reports of a strike on Testovo as false.', 'Kyiv', 'ukraine'],
		[
			'The claims that troops had entered Testovo were refuted by the Russian Defence Ministry.',
			'the Russian Defence Ministry',
			'russia'
		],
		['Moscow rejected reports that its jets bombed Testovo.', 'Moscow', 'russia']
	])('reads the speaker of "%s"', (text, claimant, side) => {
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({ claimant });
		expect(attribute(text)[0]).toMatchObject({ side, basis: 'explicit' });
	});
});

describe('officials named by no one before', () => {
	it('are the officials of the place the sentence is about', () => {
		const text = 'Drones struck a depot overnight, killing two people in Testovo, officials said.';
		expect(attribute(text, [createMention(text, 'Testovo', 'UA', '14')])[0]).toMatchObject({
			claimant: 'officials',
			side: 'ukraine',
			basis: 'reference'
		});
	});

	it('still refer to the speaker named before', () => {
		const text =
			'Pavel Mockov said troops shelled Testovo. A depot burned in Testovo, officials said.';
		expect(sides(attribute(text, [createMention(text, 'Testovo', 'UA', '14')]))).toEqual([
			'russia',
			'russia'
		]);
	});
});

describe('a body with a name of its own', () => {
	it('is a new source after another body, not a reference to it', () => {
		const text =
			'The General Staff said troops repelled attacks near Testovo. According to the Air Force, drones were downed over Testovo.';
		expect(attribute(text)[1]).toMatchObject({ claimant: 'the Air Force', side: 'ukraine' });
	});

	it('refers back to a speaker that named it', () => {
		const text =
			'The Testland Air Force said jets hit Testovo. The air force added that a depot burned.';
		expect(attribute(text)[1]).toMatchObject({
			claimant: 'The Testland Air Force',
			basis: 'reference'
		});
	});
});

describe('the authorities of a breakaway or people’s republic', () => {
	it.each([
		'Authorities in the breakaway Testov region said shells hit Testovo.',
		'Rebel officials said shells hit Testovo.',
		"The Luhansk People's Republic's emergencies ministry said shells hit Testovo.",
		'The DPR health ministry said shells hit Testovo.'
	])('speak for Russia in "%s"', (text) => {
		expect(attribute(text)[0]).toMatchObject({ side: 'russia' });
	});
});

describe('an unqualified defence ministry with no antecedent', () => {
	it('speaks for the nation whose forces’ capture or repulse it tells', () => {
		const text =
			'Russian troops have captured the village of Testovo, the defence ministry said on Saturday.\n\n' +
			'Testovo lies 10 km from Dubky, according to Testmap, a Ukrainian mapping site.';
		expect(attribute(text)[0]).toMatchObject({ claimant: 'the defence ministry', side: 'russia' });
		const repelled =
			'Ukrainian forces repelled two attacks near Testovo, the defence ministry said.';
		expect(attribute(repelled)[0]).toMatchObject({ side: 'ukraine' });
	});

	it('stays unknown when the forces only struck', () => {
		const text = 'Russian troops shelled the village of Testovo, the defence ministry said.';
		expect(attribute(text)[0]).not.toMatchObject({ side: 'russia' });
	});
});

describe('a cue inverted after a clause', () => {
	it.each([
		[
			'Units advanced near Testovo, reports the Institute for Invented Studies.',
			'the Institute for Invented Studies'
		],
		['Troops shelled Testovo, said Ivanna Testenko, who visited the village.', 'Ivanna Testenko'],
		['Troops shelled Testovo, said the regional governor on Monday.', 'the regional governor'],
		[
			'Units repelled two attacks near Testovo, said the head of the press center of the group “North” Ivan Testov.',
			'the head of the press center of the group “North” Ivan Testov'
		]
	])('names the speaker after the verb in "%s"', (text, claimant) => {
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({ claimant });
	});

	it('takes a title’s ", reports X" as the report’s lead', () => {
		const text = 'Units advanced near Testovo.\n\nFighting went on near Testovo.';
		const a = attribute(text, [], 'Units gain ground near Testovo, reports IIS');
		expect(a.map((x) => (x.kind === 'attributed' ? x.basis : 'none'))).toEqual(['lead', 'lead']);
		expect(a[1]).toMatchObject({ side: 'other' });
	});
});

describe('an embedded post and a dated title', () => {
	it('takes the post’s signature, its flag read as a nation, as the lead', () => {
		const text =
			'Troops advanced near Testovo. Fighting went on near Lisne.\n— Institute for Invented Studies 🇬🇧 (@InventedHQ) December 7, 2024';
		const a = attribute(text, [], 'Latest update on the situation - 7 December 2024');
		expect(a[0]).toMatchObject({ side: 'other', basis: 'lead' });
		expect(a[1]).toMatchObject({ side: 'other', basis: 'lead' });
	});

	it('reads "clarified" as a verb of saying', () => {
		const text = 'Pavel Mockov clarified that troops fired at a building in Testovo.';
		expect(attribute(text)[0]).toMatchObject({ side: 'russia', basis: 'knowledge' });
	});
});

describe('offices and titles without a sure place', () => {
	it('reads "the head of the region" as the governor named before when no place is sure', () => {
		const text =
			'Shells hit a border village, Governor of the region Pavel Mockov said. The village of Testovo was shelled, the head of the region said.';
		const unsure = createMention(text, 'Testovo', 'UA', '14');
		if (unsure.resolution.kind !== 'unresolved') unsure.resolution.confidence = 0.4;
		expect(attribute(text, [unsure])[1]).toMatchObject({ side: 'russia', basis: 'reference' });
	});

	it('still gives a sure place’s holder to the office', () => {
		const text =
			'Shells hit a border village, Governor of the region Pavel Mockov said. The village of Testovo was shelled, the governor said.';
		expect(attribute(text, [createMention(text, 'Testovo', 'UA', '14')])[1]).toMatchObject({
			side: 'ukraine'
		});
	});
});

describe('an assessor described by what it is and named', () => {
	it('is the one it names, not the assessor named before', () => {
		const text =
			'The IIS said troops advanced near Testovo. The Testland Monitor think tank said troops entered Testovo.';
		const table = createEntityTable([
			...createTable().rows,
			{
				match: 'name',
				name: 'Testland Monitor',
				kind: 'assessor',
				side: 'ukraine',
				aliases: [],
				source: 'https://example.org/monitor'
			}
		]);
		const a = attributeReport(text, splitSentences(text), { table, mentions: [], title: null });
		expect(a[1]).toMatchObject({ side: 'ukraine', basis: 'knowledge' });
	});
});

describe('long titles, names in commas and nouns that look like verbs', () => {
	const cues = (text: string) => findCues(text, splitSentences(text)[0]).map((c) => c.claimant);

	it('keeps a long title whole, so its side is read from its head', () => {
		const text =
			'Head of the press centre of the Russian Testovo group of forces in the special operation zone Colonel Ivan Petrov said troops took Lisne.';
		expect(cues(text)).toEqual([
			'Head of the press centre of the Russian Testovo group of forces in the special operation zone Colonel Ivan Petrov'
		]);
		expect(attribute(text)[0]).toMatchObject({ side: 'russia' });
	});

	it('cuts a long subject that is a clause to its end', () => {
		const text =
			'After the shelling of the market in the centre of the town on Sunday evening the regional governor Ivanna Testenko said two people died.';
		const [claimant] = cues(text);
		expect(claimant).toMatch(/the regional governor Ivanna Testenko$/);
		expect(claimant.split(' ').length).toBeLessThanOrEqual(8);
	});

	it('takes a name in commas as the subject, not the clause after the verb', () => {
		const text =
			'The head of the Testova military administration, Ivan Petrov, said Russian drones hit a house in Lisne.';
		expect(cues(text)).toEqual(['The head of the Testova military administration, Ivan Petrov']);
		expect(attribute(text)[0]).toMatchObject({ side: 'ukraine' });
	});

	it('still inverts after a clause, with a date but not a place after the speaker', () => {
		expect(cues('Troops shelled Lisne, said Ivanna Testenko on Monday.')).toEqual([
			'Ivanna Testenko'
		]);
		expect(cues('Troops shelled Lisne, said Ivanna Testenko in March.')).toEqual([
			'Ivanna Testenko'
		]);
	});

	it.each([
		'Earlier reports indicated that several regions were under air alert.',
		'Officials of both sides issued conflicting reports about the target of the strike.'
	])('reads "reports" after an adjective as a noun: %s', (text) => {
		expect(cues(text).filter((c) => !/reports$/.test(c))).toEqual([]);
	});

	it('takes the subject before a span of time between the auxiliary and the verb', () => {
		expect(cues('Kyiv has over recent days claimed to have advanced around Testovo.')).toEqual([
			'Kyiv'
		]);
		expect(cues('The ministry has in the past few weeks said its troops held Lypky.')).toEqual([
			'The ministry'
		]);
	});

	it('reads "reports" after a preposition as a noun, and takes the speaker of the main clause', () => {
		expect(
			cues(
				'Following reports on Monday that "the town fell," Testland Defence Intelligence said on Tuesday that the road is held.'
			)
		).toEqual(['Testland Defence Intelligence']);
		expect(
			cues('Amid reports that the bridge was hit, the governor said traffic stopped.')
		).toEqual(['the governor']);
	});
});

describe('translated word order, run-on subjects and unnamed assessors', () => {
	const cues = (text: string) => findCues(text, splitSentences(text)[0]).map((c) => c.claimant);

	it('takes the speaker after the verb when the words before it open with a preposition', () => {
		expect(cues('About this in his channel said the governor of the region Ivan Petrov.')).toEqual([
			'the governor of the region Ivan Petrov'
		]);
	});

	it('takes the speaker after the last "and" of a long subject that runs on from a clause', () => {
		expect(
			cues(
				'Testland is three months into its push to retake the land held by the enemy and local officials have said that it was hard.'
			)
		).toEqual(['local officials']);
	});

	it('reads an unnamed think tank as an assessor of no side, and a place before it as a place', () => {
		const text = 'Units are breaking through positions in Testovo, a think tank said.';
		expect(cues(text)).toEqual(['a think tank']);
		expect(attribute(text)[0]).toMatchObject({ side: 'other', claimantKind: 'assessor' });
		expect(
			attribute('Units advanced near Testovo, Russian military analysts said.')[0]
		).toMatchObject({ side: 'russia' });
	});
});

describe('a day where an inverted speaker would stand', () => {
	it('takes the subject before "said Wednesday", not the day', () => {
		const text =
			'Troops retook land near Testovo, the Institute for Invented Studies (IIS), a think tank, said Wednesday.';
		expect(findCues(text, splitSentences(text)[0]).map((c) => c.claimant)).toEqual([
			'a think tank'
		]);
		expect(attribute(text)[0]).toMatchObject({ side: 'other' });
	});
});

describe('a title that opens with a clause and a colon', () => {
	it('names no source, so the "Source:" line under the lead is the report’s', () => {
		const text =
			'Two men were killed in a rocket attack on Testovo.\n\nSource: Ivanna Testenko on Telegram\n\nQuote: "Two men were killed in Testovo."';
		const a = attribute(text, [], 'Russians hit Testovo with rockets: two men killed');
		expect(sides(a)).toEqual(['ukraine', 'ukraine', 'ukraine']);
		expect(a[0]).toMatchObject({ claimant: 'Ivanna Testenko', basis: 'lead' });
		// A title that names its source before the colon still does.
		expect(
			attribute('Two men were killed in Testovo.', [], 'Pavel Mockov: two killed')[0]
		).toMatchObject({ side: 'russia' });
	});
});

describe('an office called by its place word and title', () => {
	it.each([
		'the regional chief',
		"the city's head",
		'the oblast governor',
		'the district authorities'
	])('"%s" is the office of the place the sentence is about', (office) => {
		const text = `Shelling killed two people in Testovo, ${office} said.`;
		expect(attribute(text, [createMention(text, 'Testovo', 'UA', '14')])[0]).toMatchObject({
			side: 'ukraine',
			claimantKind: 'office',
			basis: 'reference'
		});
	});
});

describe('an inverted cue with the speaker’s title after it', () => {
	it.each([
		[
			'Drones were downed over Testovo, said Ivan Roe, head of the Testovo City Military Administration.',
			'Ivan Roe, head of the Testovo City Military Administration'
		],
		['Drones hit Testovo, said Ivan Roe, the mayor.', 'Ivan Roe, the mayor'],
		['Drones hit Testovo, said the governor, Ivan Roe.', 'the governor, Ivan Roe']
	])('names the speaker and the title in "%s"', (text, claimant) => {
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({ claimant });
	});

	it('gives the side the title names', () => {
		const text =
			'Drones were downed over Testovo, said Ivan Roe, head of the Testovo regional military administration.';
		expect(sides(attribute(text))).toEqual(['ukraine']);
	});
});

describe('a passive cue that names the body it was told in', () => {
	it('names the body: "This was reported in the Air Force of the Armed Forces"', () => {
		const text =
			'Air defence downed 15 drones over the Testovo region overnight. This was reported in the Air Force of the Ukrainian Armed Forces.';
		expect(sides(attribute(text))).toEqual(['ukraine', 'ukraine']);
	});

	it('reads the agent after the channel it was told on ("… in his Telegram channel by X")', () => {
		const text =
			'Drones hit two farms in the Testovo region. This was reported in his Telegram channel by the regional governor Ivan Testenko.';
		expect(attribute(text)[0]).toMatchObject({
			claimant: 'the regional governor Ivan Testenko',
			basis: 'lead'
		});
	});

	it.each([
		'Damage was reported in the Testovo region.',
		'Damage was reported in the city of Testovo on Monday.'
	])('takes no place for a body in "%s"', (text) => {
		expect(findCues(text, splitSentences(text)[0])).toEqual([]);
	});
});

describe('a "Source:" line and the documents it names', () => {
	it('names the source, not the outlet relaying it, and carries it through the report', () => {
		const text = [
			'Troops advanced near Testovo.',
			'',
			'Source: IIS review dated 3 May, as reported by Invented Pravda',
			'',
			'Details: The review says units entered Testovo.',
			'',
			'Since troops took Testovo, this area remains a main direction, added intelligence.'
		].join('\n');
		expect(attribute(text).map((a) => (a.kind === 'none' ? 'none' : a.claimant))).toEqual([
			'IIS',
			'IIS',
			'IIS',
			'IIS'
		]);
	});

	it.each([
		['Two died, said police.', 'police'],
		['A depot burned, added intelligence.', 'intelligence']
	])('reads a bare noun after an inverted cue in "%s"', (text, claimant) => {
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({ claimant });
	});
});

describe('speech verbs in the plural present', () => {
	it('reads "X and Y report" and gives the name its title’s side later', () => {
		const text =
			'Troops shelled the centre of Testovo, Invented News and Russia-installed mayor of the city Ivan Roe report. According to Roe, four districts were hit.';
		expect(sides(attribute(text, [createMention(text, 'Testovo', 'UA', '14')]))).toEqual([
			'russia',
			'russia'
		]);
	});

	it.each(['local officials report', 'sources confirm', 'officials allege'])(
		'reads "…, %s"',
		(cue) => {
			const text = `Troops shelled Testovo, ${cue}.`;
			expect(findCues(text, splitSentences(text)[0])).toHaveLength(1);
		}
	);
});

describe('wire copy quoting one side', () => {
	const lines = (closing: string) =>
		[
			'A strike hit Testovo overnight, killing three, Pavel Mockov said.',
			'',
			'Mockov said Ukrainian shellfire hit a school.',
			'',
			'Russian forces have seized areas further south since the invasion.',
			'',
			closing
		].join('\n');

	it('keeps its own background unattributed between the quotes', () => {
		expect(sides(attribute(lines('Reuters could not independently verify the reports.')))).toEqual([
			'russia',
			'russia',
			'none',
			'none'
		]);
	});

	it('is a briefing carried throughout when no agency files it', () => {
		expect(sides(attribute(lines('The statement gave no further details.')))).toEqual([
			'russia',
			'russia',
			'russia',
			'russia'
		]);
	});
});

describe('a paragraph that goes on with the claim before it', () => {
	const story = (opening: string) =>
		[
			'Pavel Mockov said troops took three villages in the east.',
			'',
			opening,
			'',
			'Reuters could not independently verify the reports.'
		].join('\n');

	it.each([
		'Among the villages taken are Testovo and Probnoye.',
		'They include Testovo, a hamlet on the river.',
		'The settlements captured included Testovo and Probnoye.',
		'The villages are named as Testovo and Probnoye.',
		'Also captured was the hamlet of Testovo, near the river.',
		'The other two attacks were near Testovo and Probnoye.',
		'Intercepts were recorded over the Testovo and Probnoye regions.',
		'Most of the drones were shot down over Testovo.',
		'The attack drones were downed over Testovo and Probnoye.'
	])('"%s" keeps the source of the sentence before', (opening) => {
		expect(sides(attribute(story(opening)))).toEqual(['russia', 'russia', 'none']);
	});

	it("leaves a new paragraph of the reporter's own unattributed", () => {
		expect(sides(attribute(story('Testovo lies on the river.')))).toEqual([
			'russia',
			'none',
			'none'
		]);
		expect(sides(attribute(story('They have shelled the area for weeks.')))).toEqual([
			'russia',
			'none',
			'none'
		]);
	});
});

describe('a paragraph that is one quotation, after a quoted source', () => {
	const story = (next: string) =>
		[
			'Pavel Mockov said troops took Testovo.',
			'',
			'"The enemy lost ground this week," Ivanna Testenko said on Telegram.',
			'',
			next,
			'',
			'Reuters could not independently verify the reports.'
		].join('\n');

	it('goes on in the words of the source quoted just before', () => {
		expect(sides(attribute(story('"The enemy is attacking near Probnoye."')))).toEqual([
			'russia',
			'ukraine',
			'ukraine',
			'none'
		]);
	});

	it("leaves the reporter's own paragraph, or one that only opens with a quote, alone", () => {
		expect(sides(attribute(story('The enemy is attacking near Probnoye.')))).toEqual([
			'russia',
			'ukraine',
			'none',
			'none'
		]);
		expect(
			sides(attribute(story('"Calm" was the word in Probnoye, where troops attacked.')))
		).toEqual(['russia', 'ukraine', 'none', 'none']);
	});
});

describe("wire copy's background after a quote", () => {
	const story = (second: string) =>
		[
			`Pavel Mockov said a drone hit a depot in Testovo. ${second}`,
			'',
			'Ivanna Testenko said the depot was empty.'
		].join('\n');

	it.each([
		'Russian forces routinely shell the town from the east bank.',
		'Troops have held the ridge for months.',
		'The town has been fought over since 2014.'
	])('"%s" is the reporter\'s', (second) => {
		expect(sides(attribute(story(second)))).toEqual(['russia', 'none', 'ukraine']);
	});

	it('goes on with the source in a sentence of news', () => {
		expect(sides(attribute(story('Two guards were wounded.')))).toEqual([
			'russia',
			'russia',
			'ukraine'
		]);
	});

	it("is the briefing's in a single-source report", () => {
		const text = 'Pavel Mockov said a drone hit Testovo. Troops routinely shell the town.';
		expect(sides(attribute(text))).toEqual(['russia', 'russia']);
	});
});

describe('a source of both belligerents', () => {
	it.each([
		'Russian and Ukrainian sources',
		'Pro-Russian and pro-Ukrainian bloggers',
		'Moscow and Kyiv'
	])('"%s" speaks for neither: the assessment that tells it keeps the sentence', (source) => {
		const text = `The IIS said troops advanced near Testovo. ${source} claim that troops also took Probnoye.`;
		expect(attribute(text)[1]).toMatchObject({ side: 'other', basis: 'lead' });
	});

	it('leaves a one-sided source its side', () => {
		const text =
			'The IIS said troops advanced near Testovo. Russian sources claim that troops also took Probnoye.';
		expect(attribute(text)[1]).toMatchObject({ side: 'russia', basis: 'explicit' });
	});
});

describe('an accusation', () => {
	it.each(['accused Ukraine of shelling', 'blamed Ukrainian shellfire for'])(
		'"Mockov %s …" is his claim',
		(verb) => {
			const text = `Reuters could not verify the reports. Pavel Mockov ${verb} the market in Testovo.`;
			expect(attribute(text)[1]).toMatchObject({ side: 'russia', claimant: 'Pavel Mockov' });
		}
	);
});

describe('a title that points back to the person who spoke', () => {
	it('reads "the representative said" as the representative named before', () => {
		const text = [
			'A strike hit Testovo, Pavel Mockov said.',
			'',
			'"Seven were killed in Testovo," the representative said.',
			'',
			'Reuters could not verify the reports.'
		].join('\n');
		expect(sides(attribute(text))).toEqual(['russia', 'russia', 'none']);
	});
});

describe('an official of a kind of place', () => {
	it.each(['top city official Ivan Roe', 'a district official', 'senior regional officials'])(
		'"%s" speaks for the side holding the place the sentence is about',
		(official) => {
			const text = `Trains were halted in Testovo after the strike, ${official} said.`;
			expect(attribute(text, [createMention(text, 'Testovo', 'UA', '14')])[0]).toMatchObject({
				side: 'ukraine'
			});
		}
	);
});

describe('a quotation over several paragraphs', () => {
	const text = (second: string) =>
		[
			'Pavel Mockov said troops shelled Testovo.',
			'',
			'Ivanna Testenko said: "Drones hit a depot in Testovo.',
			'',
			second
		].join('\n');

	it('keeps its speaker in a paragraph that goes on with it', () => {
		expect(sides(attribute(text('"Two more hit the school."')))).toEqual([
			'russia',
			'ukraine',
			'ukraine'
		]);
	});

	it('is not carried past a paragraph of the reporter after one closed', () => {
		const closed = [
			'Pavel Mockov said troops shelled Testovo.',
			'',
			'"Drones hit a depot in Testovo," Ivanna Testenko said.',
			'',
			'The school was empty.',
			'',
			'"Two more hit the school."'
		].join('\n');
		expect(sides(attribute(closed))).toEqual(['russia', 'ukraine', 'none', 'none']);
	});
});

describe('a name with an appositive that holds a clause', () => {
	it('is the subject of the verb after the appositive', () => {
		const text =
			'Testmap, a Ukrainian mapping site that charts the front lines, showed troops holding the west of Testovo.';
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({ claimant: 'Testmap' });
	});

	it('keeps a title appositive with its name', () => {
		const text = 'Ivan Roe, the head of the Testovo administration, said drones hit a school.';
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({
			claimant: 'Ivan Roe, the head of the Testovo administration'
		});
	});
});

describe('a national body named through a possessive', () => {
	it('is the body of the country its clause opens with', () => {
		const ru = 'Russia has taken the village of Testovo, its Defence Ministry said on Monday.';
		expect(attribute(ru)[0]).toMatchObject({
			side: 'russia',
			basis: 'reference',
			claimant: "Russia's Defence Ministry"
		});
		const ua = "Ukraine's troops pushed back an assault near Testovo, the country's military said.";
		expect(attribute(ua)[0]).toMatchObject({ side: 'ukraine', basis: 'reference' });
	});

	it('leaves "its mayor" to the place, not the country', () => {
		const text = 'Russian drones hit Zelenodar overnight, its mayor said.';
		expect(attribute(text, [createMention(text, 'Zelenodar', 'UA', 'UA.07')])[0]).toMatchObject({
			side: 'ukraine',
			claimant: 'its mayor'
		});
	});
});

describe('a web outlet that relays an official', () => {
	it('gives the sentence to the official it names, not to the outlet', () => {
		const text =
			'Shelling hit Zelenodar overnight.\n\nAccording to Testnews.NET, this was announced on Telegram by Ivanna Testenko.';
		expect(attribute(text)[1]).toMatchObject({ side: 'ukraine', claimant: 'Ivanna Testenko' });
	});
});

describe('asides and disclaimers around a cue', () => {
	it('reads the subject before an aside set off by dashes', () => {
		const text =
			'Russian-backed officials at the Testovo centre - a body set up in 2015 to watch the truce - said shells hit Zelenodar.';
		expect(findCues(text, splitSentences(text)[0])[0]).toMatchObject({
			claimant: 'Russian-backed officials at the Testovo centre'
		});
		expect(attribute(text)[0]).toMatchObject({ side: 'russia' });
	});

	it('reads "could not verify the reports" as no cue', () => {
		const text = 'Wireline could not immediately verify the battlefield reports.';
		expect(findCues(text, splitSentences(text)[0])).toEqual([]);
	});
});

describe('a report that quotes no source of the other belligerent', () => {
	it('carries the last claimant across paragraphs past a third party’s aside', () => {
		const text = [
			'The General Staff said troops repelled attacks near Testovo.',
			'',
			'The Polish Foreign Ministry said a drone crossed the border. Ivanna Testenko said two houses burned in Lypky.',
			'',
			'Troops also repelled attacks near Zelenodar.'
		].join('\n');
		expect(attribute(text)[3]).toMatchObject({
			kind: 'attributed',
			side: 'ukraine',
			basis: 'lead',
			claimant: 'Ivanna Testenko'
		});
	});

	it('keeps a story that quotes both belligerents narrated between them, whoever leads', () => {
		const text = [
			'The Polish Foreign Ministry said a drone crossed the border near Testovo.',
			'',
			'The Russian Defence Ministry said its troops took Lypky. Ukraine said its troops held it.',
			'',
			'Troops also advanced near Zelenodar.'
		].join('\n');
		expect(attribute(text)[3]).toEqual({ kind: 'none' });
	});
});

describe('a source recalled as background', () => {
	it('speaks for its own sentence and leaves the report the lead’s', () => {
		const text = [
			'The Russian Defence Ministry said its troops took Testovo.',
			'',
			'Ivanna Testenko had previously stated that the town would hold.',
			'',
			'Heavy fighting was also reported near Lypky.'
		].join('\n');
		const a = attribute(text);
		expect(a[1]).toMatchObject({ side: 'ukraine', claimant: 'Ivanna Testenko' });
		expect(a[2]).toMatchObject({ side: 'russia', basis: 'lead' });
	});
});

describe('a title that names its topic before its source', () => {
	it('takes the source after "Ukraine, ", not the country', () => {
		const a = attribute(
			'Attacks near Testovo were probably small.',
			[],
			'Ukraine, Pavel Mockov: attacks near Testovo were small'
		);
		expect(a[0]).toMatchObject({ side: 'russia', claimant: 'Pavel Mockov', basis: 'lead' });
	});
});

describe('speakers in wire copy and translated briefings', () => {
	it('reads the governor by the place shelled, not by a capital standing for its government', () => {
		const text =
			'The war has gone on since Moscow invaded its neighbour, and drones hit Testovo, the governor said.';
		const moscow = createResolvedMention('Moscow', {
			start: text.indexOf('Moscow'),
			countryCode: 'RU',
			admin1Code: 'RU.48',
			featureCode: 'PPLC'
		});
		const a = attribute(text, [moscow, createMention(text, 'Testovo', 'UA', '14')]);
		expect(a[0]).toMatchObject({ side: 'ukraine', claimant: 'the governor' });
	});

	it('gives a brigade that speaks with no country Ukraine’s side, but not "the brigade" named before', () => {
		expect(
			attribute('A spokesman for a brigade fighting there said Testovo was destroyed.')[0]
		).toMatchObject({ side: 'ukraine', basis: 'knowledge' });
		expect(
			attribute('The commander of a Testovian brigade said Testovo was destroyed.')[0]
		).toMatchObject({ side: 'ukraine' });
		expect(
			attribute('A spokesman for the brigade said Testovo was destroyed.')[0]
		).not.toMatchObject({ side: 'ukraine' });
	});

	it('reads "…, Jane Roe, a spokesman, told Agency" as Jane Roe, not the agency', () => {
		const text = 'Fighting goes on in Testovo, Ivanna Testenko, a spokeswoman, told Wireline.';
		expect(attribute(text)[0]).toMatchObject({ side: 'ukraine' });
		expect(cueClaimantsOf(text)).not.toContain('Wireline');
	});

	it('reads a name closing a passive agent as the agent’s', () => {
		const text =
			'Troops destroyed a depot near Testovo. This was announced by the official representative of the ministry, Major General Pavel Mockov.';
		expect(attribute(text)[1]).toMatchObject({ side: 'russia' });
	});

	it('reads "X was quoted by an agency as saying" as X, not the agency', () => {
		expect(
			cueClaimantsOf('Pavel Mockov was quoted by Wireline as saying that Testovo had been taken.')
		).toEqual(['Pavel Mockov']);
		expect(
			cueClaimantsOf(
				'Ivanna Testenko, an adviser to the governor, was quoted as saying two were hurt in Testovo.'
			)
		).toEqual(['Ivanna Testenko, an adviser to the governor']);
	});

	it('reads "X, writing on Telegram, said" as X and "citing X" as X', () => {
		expect(
			cueClaimantsOf('The ministry, writing on Telegram, said it had seized Testovo.')
		).toEqual(['The ministry']);
		expect(
			cueClaimantsOf(
				'A spokesman, Ivan Testenko, interviewed on television, said Testovo had no importance.'
			)
		).toEqual(['Ivan Testenko']);
		expect(
			cueClaimantsOf('Wireline, citing the ministry, reported that troops seized Testovo.')
		).toContain('the ministry');
		expect(
			cueClaimantsOf('Wireline, citing the ministry, reported that troops seized Testovo.')
		).not.toContain('citing the ministry');
	});

	it('reads an inverted source with its acronym and the document it wrote in', () => {
		expect(
			cueClaimantsOf(
				'Troops stepped up attacks near Testovo over recent months, wrote the Institute for Invented Studies (IIS) in its latest campaign assessment.'
			)
		).toEqual(['the Institute for Invented Studies (IIS)']);
	});

	it('reads "Dec 26 - " opening a paragraph as a dateline, no part of the claimant', () => {
		expect(cueClaimantsOf('Dec 26 - The ministry said it had seized Testovo.')).toEqual([
			'The ministry'
		]);
	});
});

function cueClaimantsOf(text: string): string[] {
	return splitSentences(text).flatMap((s) => findCues(text, s).map((c) => c.claimant));
}

describe('an office of a place the sentence calls Russian-held', () => {
	it('speaks for Russia, whoever spoke for the oblast before', () => {
		const text =
			'Ivanna Testenko, the governor, said drones hit Testovo. A clerk in the Russian-held town of Lisne was killed, said the provincial governor.';
		const a = attribute(text, [
			createMention(text, 'Testovo', 'UA', 'UA.08'),
			createMention(text, 'Lisne', 'UA', 'UA.08')
		]);
		expect(a[0]).toMatchObject({ side: 'ukraine' });
		expect(a[1]).toMatchObject({ side: 'russia', claimant: 'the provincial governor' });
	});
});

describe('"he" after an office holder and a country', () => {
	it('refers to the governor, not to the country that spoke before', () => {
		const text = [
			'Russia said last year it was annexing the region.',
			'A man died in shelling of Testovo, Lisne’s governor, said on Telegram.',
			'He said drones hit Testovo overnight.'
		].join('\n');
		const a = attribute(text, [createMention(text, 'Testovo', 'UA', 'UA.07')]);
		expect(a[2]).toMatchObject({ side: 'ukraine', basis: 'reference' });
	});
});

describe('a military-civilian administration', () => {
	it('speaks for Russia, whatever place it names', () => {
		const a = attribute(
			'The press service of the Testovo district military-civilian administration said troops shelled Lypky.'
		);
		expect(a[0]).toMatchObject({ side: 'russia' });
	});
});

describe('what follows a named subject and a relative clause', () => {
	it.each([
		'Oleg Roe, governor of Testovo, said the deaths occurred when troops shelled the town of Lypky.',
		'Roe, the governor, said the deaths occurred when troops shelled the town of Lypky.'
	])('reads the name before the verb as the speaker: "%s"', (text) => {
		const [claimant, ...rest] = cueClaimantsOf(text);
		expect(rest).toEqual([]);
		expect(text.slice(0, text.indexOf(', said'))).toContain(claimant);
	});

	it('reads a speaker after the verb when a time, not a name, stands before it', () => {
		expect(
			cueClaimantsOf(
				'On Friday, June 2, said the head of the press centre of the group Sergei Roe.'
			)
		).toEqual(['the head of the press centre of the group Sergei Roe']);
	});

	it('still reads a speaker written after the verb', () => {
		expect(cueClaimantsOf('Two people died in Lypky, said Oleg Roe, governor of Testovo.')).toEqual(
			['Oleg Roe, governor of Testovo']
		);
	});

	it('takes no speaker from a relative clause about a place', () => {
		expect(
			cueClaimantsOf(
				'Testland troops had withdrawn from the town of Lypky, whose capture Otherland recently hailed.'
			)
		).toEqual([]);
	});
});
