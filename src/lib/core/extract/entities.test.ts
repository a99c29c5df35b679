import { describe, expect, it } from 'vitest';
import { nameVariants, parseEntityTable } from './entities';

const HEADER = '# match\tname\tkind\tside\taliases\tsource\n';

describe('parseEntityTable', () => {
	it('reads names, aliases and title patterns', () => {
		const parsed = parseEntityTable(
			HEADER +
				'name\tIvanna Testenko\tperson\tukraine\tTestenko\thttps://example.org/a\n' +
				'name\tInvented Monitor\tassessor\tother\tIMO\thttps://example.org/b\n' +
				'title\thead of the * test administration\toffice\tukraine\t\thttps://example.org/c\n'
		);
		if (parsed.kind !== 'ok') throw new Error('invalid');
		const found = (phrase: string) => parsed.table.find(phrase).map((m) => m.row.name);
		expect(found('Testenko said')).toEqual(['Ivanna Testenko']);
		expect(found('the imo said')).toEqual([]);
		expect(found('the IMO said')).toEqual(['Invented Monitor']);
		expect(found('the head of the Zelenodar city test administration')).toEqual([
			'head of the * test administration'
		]);
	});

	it('matches an alias in quotation marks of either kind', () => {
		const parsed = parseEntityTable(
			HEADER + 'name\tBattlegroup Test\tinstitution\trussia\tgroup "Test"\thttps://example.org/a\n'
		);
		if (parsed.kind !== 'ok') throw new Error('invalid');
		for (const phrase of ['the press center of the group “Test”', 'the group "Test" said'])
			expect(parsed.table.find(phrase).map((m) => m.row.name)).toEqual(['Battlegroup Test']);
	});

	it('prefers the longest name where two overlap', () => {
		const parsed = parseEntityTable(
			HEADER +
				'name\tTestland\tinstitution\tother\t\thttps://example.org/a\n' +
				'name\tTestland Air Force\tinstitution\tukraine\t\thttps://example.org/b\n'
		);
		if (parsed.kind !== 'ok') throw new Error('invalid');
		expect(parsed.table.find('the Testland Air Force said').map((m) => m.row.side)).toEqual([
			'ukraine'
		]);
	});

	it('names the line of every bad row', () => {
		const parsed = parseEntityTable(
			HEADER +
				'name\tNo Source\tperson\tukraine\t\t\n' +
				'name\tBad Side\tperson\tmars\t\thttps://example.org/x\n' +
				'name\tShort row\tperson\n'
		);
		expect(parsed.kind).toBe('invalid');
		if (parsed.kind === 'invalid') expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 4]);
	});

	it('knows a body by the other ways reports write its name', () => {
		const parsed = parseEntityTable(
			HEADER +
				'name\tBritish Ministry of Defence\tassessor\tother\t\thttps://example.org/a\n' +
				'name\tUkrainian General Staff\tinstitution\tukraine\t\thttps://example.org/b\n'
		);
		if (parsed.kind !== 'ok') throw new Error('invalid');
		const kind = (phrase: string) => parsed.table.find(phrase).map((m) => m.row.kind);
		expect(kind('the British MoD said')).toEqual(['assessor']);
		expect(kind("the UK's Defense Ministry said")).toEqual(['assessor']);
		expect(kind("Britain's Ministry of Defense said")).toEqual(['assessor']);
		expect(kind("Ukraine's General Staff said")).toEqual(['institution']);
		expect(kind('the Russian General Staff said')).toEqual([]);
	});

	it('keeps a listed alias on its own row when another row spells like it', () => {
		const parsed = parseEntityTable(
			HEADER +
				'name\tTestland Defence Ministry\tinstitution\tukraine\t\thttps://example.org/a\n' +
				'name\tTestland MoD Press Office\tinstitution\tother\tTestland MoD\thttps://example.org/b\n'
		);
		if (parsed.kind !== 'ok') throw new Error('invalid');
		expect(parsed.table.find('Testland MoD said').map((m) => m.row.side)).toEqual(['other']);
		expect(parsed.table.find('Testland Defense Ministry said').map((m) => m.row.side)).toEqual([
			'ukraine'
		]);
	});

	it('spells a defence ministry every way after its nation', () => {
		expect(nameVariants('Russian Defense Ministry')).toEqual(
			expect.arrayContaining([
				'Russian Ministry of Defence',
				"Russia's MoD",
				"Russia's Ministry of Defense"
			])
		);
		expect(nameVariants('Invented Agency')).toEqual(['Invented Agency']);
	});
});
