import { describe, expect, it } from 'vitest';
import { attributeSentences, sideOfClaimant } from './claimants';
import { splitSentences } from './sentences';

function attribute(text: string) {
	return attributeSentences(text, splitSentences(text));
}

describe('sideOfClaimant', () => {
	it('reads the side from the vocabulary, the most specific term first', () => {
		expect(sideOfClaimant('the Russian Defence Ministry')).toBe('russia');
		expect(sideOfClaimant('the General Staff')).toBe('ukraine');
		expect(sideOfClaimant('the Russian General Staff')).toBe('russia');
		expect(sideOfClaimant('the UK Ministry of Defence')).toBe('other');
		expect(sideOfClaimant('a senior US official')).toBe('united_states');
		expect(sideOfClaimant('the Institute for the Study of War')).toBe('other');
		expect(sideOfClaimant('the Kharkiv regional administration')).toBe('ukraine');
		expect(sideOfClaimant('local fishermen')).toBeNull();
	});

	it('matches acronyms case-sensitively', () => {
		expect(sideOfClaimant('people told us')).toBeNull();
	});
});

describe('attributeSentences', () => {
	it('finds "X said", "according to X" and "a statement by X revealed"', () => {
		const a = attribute(
			'The Ukrainian General Staff said the bridge was hit.\n\nAccording to NATO, two ships were damaged.\n\nA statement by the Russian Defence Ministry revealed that a tank was lost.'
		);
		expect(a.map((x) => (x.kind === 'none' ? null : [x.side, x.claimant]))).toEqual([
			['ukraine', 'The Ukrainian General Staff'],
			['other', 'NATO'],
			['russia', 'the Russian Defence Ministry']
		]);
	});

	it.each([
		['Zelensky tweeted that the bridge had been hit.', 'ukraine', 'Zelensky'],
		['TASS reported that four drones were downed.', 'russia', 'TASS'],
		['The DPR militia claimed it shelled the depot.', 'russia', 'The DPR militia'],
		['Konashenkov announced the capture of a village.', 'russia', 'Konashenkov'],
		['The UN human rights office said 12 civilians died.', 'other', 'The UN human rights office'],
		[
			'A senior Pentagon official stated that drones were used.',
			'united_states',
			'A senior Pentagon official'
		],
		['A press release by the Kremlin revealed that talks stalled.', 'russia', 'the Kremlin']
	])('attributes "%s" to %s', (sentence, side, claimant) => {
		const [a] = attribute(sentence);
		expect(a).toMatchObject({ kind: 'cue', side, claimant });
	});

	it('finds the claimant after a quotation', () => {
		const [a] = attribute(
			'“We repelled four assaults,” the regional military administration told reporters.'
		);
		expect(a).toMatchObject({
			kind: 'cue',
			side: 'ukraine',
			claimant: 'the regional military administration'
		});
	});

	it('carries a claim to the following sentences of the paragraph, not to the next paragraph', () => {
		const a = attribute(
			'The Russian military claims to have hit a radar. They also downed a drone. Five tanks were destroyed.\n\nTroops shelled a school.'
		);
		expect(a.map((x) => x.kind)).toEqual(['cue', 'carried', 'carried', 'none']);
		expect(a[2]).toMatchObject({ side: 'russia', claimant: 'The Russian military' });
	});

	it('lets a new claimant take over within a paragraph', () => {
		const a = attribute(
			'Kremlin officials said the town fell. Ukraine’s army denied it. Fighting went on.'
		);
		expect(a.map((x) => (x.kind === 'none' ? 'none' : x.side))).toEqual([
			'russia',
			'ukraine',
			'ukraine'
		]);
	});

	it('leaves sentences without any cue unattributed rather than guessing', () => {
		const a = attribute('Russian forces shelled the port. Ukrainian drones hit a refinery.');
		expect(a.every((x) => x.kind === 'none')).toBe(true);
	});

	it('keeps a pronoun subject with the earlier claimant', () => {
		const a = attribute(
			'The Pentagon said the strikes continued. It added that two jets were lost.'
		);
		expect(a[1]).toMatchObject({
			kind: 'carried',
			side: 'united_states',
			claimant: 'The Pentagon'
		});
	});

	it('ignores a passive "was reported" with no agent, and a negated cue', () => {
		const a = attribute('A blast was reported near the plant. The army did not say who fired.');
		expect(a.every((x) => x.kind === 'none')).toBe(true);
	});

	it('continues the previous paragraph’s claimant for a pronoun cue that opens a paragraph', () => {
		const a = attribute(
			'The General Staff said the bridge held.\n\nIt added that a depot burned. Nobody was hurt.\n\nGuns fell silent.'
		);
		expect(a.map((x) => (x.kind === 'none' ? 'none' : x.side))).toEqual([
			'ukraine',
			'ukraine',
			'ukraine',
			'none'
		]);
	});

	it('does not give a side to a bare governor or mayor, whose country the title does not say', () => {
		const [a] = attribute('The mayor said drones hit a depot.');
		expect(a).toMatchObject({ kind: 'cue', side: 'other', claimant: 'The mayor' });
	});

	it('names an unknown source as written, with side other', () => {
		const [a] = attribute('Local fishermen said a missile fell into the bay.');
		expect(a).toMatchObject({ kind: 'cue', side: 'other', claimant: 'Local fishermen' });
	});

	it('takes the side from an appositive when the subject is a bare name', () => {
		const [a] = attribute(
			'The spokesman of the Pentagon, Colonel Jane Roe, stated that drones were used.'
		);
		expect(a).toMatchObject({ kind: 'cue', side: 'united_states' });
	});

	it('keeps a bracketed abbreviation inside the claimant', () => {
		const [a] = attribute(
			'The Russian Ministry of Defense (MoD) claimed that its forces took the village.'
		);
		expect(a).toMatchObject({
			kind: 'cue',
			side: 'russia',
			claimant: 'The Russian Ministry of Defense (MoD)'
		});
	});

	it("does not take a described claimant's side from the clause before it", () => {
		const [a] = attribute('Russian forces struck the town overnight, the regional governor said.');
		expect(a).toMatchObject({ kind: 'cue', claimant: 'the regional governor' });
		expect(a.kind === 'cue' && a.side).not.toBe('russia');
	});
});
