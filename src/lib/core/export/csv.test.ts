import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../synthetic/feature';
import { CSV_COLUMNS, csvRow, textCell, toCsv } from './csv';

/** A strict RFC 4180 reader, to check what a spreadsheet or `csv` module would see. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	let inQuotes = false;
	while (i < text.length) {
		const c = text[i];
		if (inQuotes) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 2;
			} else if (c === '"') {
				inQuotes = false;
				i += 1;
			} else {
				cell += c;
				i += 1;
			}
		} else if (c === '"' && cell === '') {
			inQuotes = true;
			i += 1;
		} else if (c === ',') {
			row.push(cell);
			cell = '';
			i += 1;
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i += 2;
		} else if (c === '"' || c === '\r' || c === '\n') {
			throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
		} else {
			cell += c;
			i += 1;
		}
	}
	if (inQuotes) throw new Error('unterminated quotes');
	if (cell !== '' || row.length > 0) throw new Error('last line not terminated by CRLF');
	return rows;
}

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('toCsv', () => {
	it('writes a header and one row per feature, located or not', () => {
		const rows = parseCsv(toCsv([createClaimFeature(), createClaimFeature({ coordinates: null })]));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(3);
		expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
	});

	it('fills the ACLED-like columns', () => {
		const feature = createClaimFeature({
			id: 'feature-1',
			claimId: 'claim-1',
			claimantSide: 'united_states',
			claimant: 'an invented official',
			attribution: {
				claimant: 'an invented official',
				side: 'united_states',
				kind: 'person',
				basis: 'reference'
			},
			stance: 'denies',
			eventType: 'drone_downed',
			placeName: 'Testville',
			admin1: 'Test Oblast',
			coordinates: [31.25, 49.75],
			precision: 'near_settlement',
			confidence: 0.8,
			eventDate: '2022-05-04',
			quote: 'An invented drone, said the official, was downed.',
			articleTitle: 'Invented report',
			publisher: 'Invented Wire',
			url: 'https://example.org/a',
			corrected: true
		});
		const [, row] = parseCsv(toCsv([feature]));
		expect(row).toEqual([
			'2022-05-04',
			'United States',
			'an invented official',
			'person',
			'reference',
			'denies',
			'Drone downed',
			'Testville',
			'Test Oblast',
			'49.75',
			'31.25',
			'near_settlement',
			'0.8',
			'An invented drone, said the official, was downed.',
			'Invented report',
			'Invented Wire',
			'https://example.org/a',
			'claim-1',
			'feature-1',
			'true',
			'',
			''
		]);
	});

	it('says who made the latest correction and when', () => {
		const feature = createClaimFeature({ corrected: true });
		const correction = {
			was: {},
			at: '2026-03-04T05:06:07.000Z',
			by: '=an invented editor',
			changes: []
		};
		Object.assign(feature.properties, { correction });
		const [, row] = parseCsv(toCsv([feature]));
		expect(row[column('corrected')]).toBe('true');
		expect(row[column('corrected_by')]).toBe("'=an invented editor");
		expect(row[column('corrected_at')]).toBe('2026-03-04T05:06:07.000Z');
	});

	it('leaves place columns empty for an unlocated claim and dates it by publication', () => {
		const [, row] = parseCsv(
			toCsv([createClaimFeature({ coordinates: null, eventDate: null, published: '2022-05-09' })])
		);
		expect(row[column('event_date')]).toBe('2022-05-09');
		expect(row[column('latitude')]).toBe('');
		expect(row[column('longitude')]).toBe('');
		expect(row[column('geo_precision')]).toBe('');
		expect(row[column('location')]).toBe('');
	});

	it('keeps negative coordinates as numbers', () => {
		const [, row] = parseCsv(toCsv([createClaimFeature({ coordinates: [-3.5, -12.25] })]));
		expect(row[column('longitude')]).toBe('-3.5');
		expect(row[column('latitude')]).toBe('-12.25');
	});

	it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd'])(
		'defuses a formula-looking quote %j',
		(quote) => {
			const [, row] = parseCsv(toCsv([createClaimFeature({ quote })]));
			expect(row[column('quote')]).toBe(`'${quote}`);
		}
	);

	it('adds a byte-order mark only when asked', () => {
		expect(toCsv([]).startsWith('event_date')).toBe(true);
		expect(toCsv([], { bom: true }).startsWith('\ufeffevent_date')).toBe(true);
	});

	it('round-trips any text through RFC 4180 quoting', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string(), (quote, title) => {
				const [, row] = parseCsv(toCsv([createClaimFeature({ quote, articleTitle: title })]));
				const undo = (cell: string, original: string) =>
					/^[=+\-@\t\r]/.test(original) ? cell.slice(1) : cell;
				expect(undo(row[column('quote')], quote)).toBe(quote);
				expect(undo(row[column('source')], title)).toBe(title);
				expect(row).toHaveLength(CSV_COLUMNS.length);
			})
		);
	});
});

describe('textCell', () => {
	it('quotes only when needed and doubles inner quotes', () => {
		expect(textCell('plain')).toBe('plain');
		expect(textCell('a "b", c')).toBe('"a ""b"", c"');
		expect(textCell('two\nlines')).toBe('"two\nlines"');
		expect(textCell(null)).toBe('');
	});
});

describe('toCsv and csvRow', () => {
	it('write the same cells', () => {
		const features = [
			createClaimFeature({ quote: 'a, "b"\nc', corrected: true }),
			createClaimFeature({ coordinates: null, claimant: null, publisher: null, url: null })
		];
		const rows = parseCsv(toCsv(features)).slice(1);
		expect(rows).toEqual(features.map((f) => parseCsv(csvRow(f).join(',') + '\r\n')[0]));
	});
});
