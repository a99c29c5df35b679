import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMANT_KINDS } from '../core/contract';
import { parseEntityTable } from '../core/extract/entities';
import { defaultEntityFile, loadEntityTable } from './entities';

describe('the shipped claimant table (geodata/claimants.tsv)', () => {
	it('parses, and every row has a side, a kind and a source URL', () => {
		const table = loadEntityTable();
		expect(table.rows.length).toBeGreaterThan(100);
		for (const row of table.rows) {
			expect(['russia', 'ukraine', 'united_states', 'other']).toContain(row.side);
			expect(CLAIMANT_KINDS).toContain(row.kind);
			expect(row.source).toMatch(/^https?:\/\/\S+$/);
		}
	});

	it('names no alias twice with different sides', () => {
		const sides = new Map<string, string>();
		for (const row of loadEntityTable().rows)
			for (const alias of [row.name, ...row.aliases]) {
				const key = alias.toLowerCase().replace(/’/g, "'");
				expect(sides.get(key) ?? row.side, `${alias} is given two sides`).toBe(row.side);
				sides.set(key, row.side);
			}
	});

	it('knows the occupation forces by their own name ("the people\'s militia")', () => {
		const found = loadEntityTable().find('the head of the "people\'s militia" in Testovo');
		expect(found.map((m) => m.row.side)).toEqual(['russia']);
	});

	it('knows a Ukrainian grouping written as a "grouping" and its spokesman', () => {
		const found = loadEntityTable().find('Tavria grouping spokesman Jane Roe');
		expect(found.map((m) => m.row.side)).toEqual(['ukraine']);
	});

	it('knows ministers and commanders of both sides and a Russian war channel', () => {
		const table = loadEntityTable();
		const side = (text: string) => table.find(text).map((m) => m.row.side);
		expect(side('First Deputy Prime Minister Yulia Svyrydenko wrote')).toEqual(['ukraine']);
		expect(side('General Andrii Hnatov said')).toEqual(['ukraine']);
		expect(side('Dmitry Medvedev wrote')).toEqual(['russia']);
		expect(side('the Rybar Telegram channel reported')).toEqual(['russia']);
		expect(side('the Centre for Countering Disinformation said')).toEqual(['ukraine']);
	});

	it('is read from the file the loader names', () => {
		expect(parseEntityTable(readFileSync(defaultEntityFile(), 'utf8')).kind).toBe('ok');
	});
});
