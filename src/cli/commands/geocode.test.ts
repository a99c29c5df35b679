import { describe, expect, it } from 'vitest';
import { createGazetteerRow } from '../../lib/core/gazetteer';
import { createFixtureGazetteer } from '../../lib/core/geocode/fixture';
import { createGeocoder } from '../../lib/core/geocode/geocoder';
import { explainLine, geocodeLine } from './geocode';

const geocoder = createGeocoder(createFixtureGazetteer());

describe('geocodeLine', () => {
	it('answers a line with every mention in order, in the contract fields', () => {
		const result = geocodeLine(
			JSON.stringify({ id: 'a1', text: 'Shelling of Zelenivka, Kherson region.' }),
			geocoder
		);
		expect(result.kind).toBe('ok');
		if (result.kind !== 'ok') return;
		const out = JSON.parse(result.line);
		expect(out.id).toBe('a1');
		expect(out.places.map((p: { mention: string }) => p.mention)).toEqual([
			'Zelenivka',
			'Kherson region'
		]);
		expect(Object.keys(out.places[0]).slice(0, 9)).toEqual([
			'mention',
			'name',
			'lat',
			'lon',
			'gazetteerId',
			'admin1',
			'featureCode',
			'confidence',
			'alternatives'
		]);
		expect(out.places[0]).toMatchObject({
			name: 'Zelenivka',
			gazetteerId: 'geonames:21',
			admin1: 'Kherson Oblast'
		});
	});

	it('gives a point only where a mention puts an event, and every place its own coordinates', () => {
		const places = (text: string) => {
			const result = geocodeLine(JSON.stringify({ id: 'x', text }), geocoder);
			if (result.kind !== 'ok') throw new Error(result.kind);
			return JSON.parse(result.line).places as Record<string, unknown>[];
		};
		const [village, region] = places('Shelling of Zelenivka, Kherson region.');
		expect(village).toMatchObject({ role: 'point', lat: village.placeLat, lon: village.placeLon });
		expect(village.lat).toEqual(expect.any(Number));
		expect(region).toMatchObject({ role: 'context', lat: null, lon: null, name: 'Kherson Oblast' });
		expect(region.placeLat).toEqual(expect.any(Number));
		const [alone] = places('Strikes in the Kherson region.');
		expect(alone).toMatchObject({ role: 'area', lat: null, name: 'Kherson Oblast' });
		const [moved] = places('Artillery positions 11 km north of Lypky were hit.');
		expect(moved.role).toBe('point');
		expect(moved.lat as number).toBeCloseTo((moved.placeLat as number) + 11 / 111.2, 2);
		const [first, again] = places('Lypky was shelled. Lypky burned.');
		expect([first.role, again.role, again.lat]).toEqual(['point', 'repeat', first.lat]);
	});

	it('reports bad lines', () => {
		expect(geocodeLine('not json', geocoder)).toEqual({ kind: 'error', message: 'not JSON' });
		expect(geocodeLine('{"id": 1, "text": "  "}', geocoder)).toEqual({
			kind: 'error',
			message: 'empty "text"'
		});
		expect(geocodeLine('{"text": "Kharkiv"}', geocoder)).toEqual({
			kind: 'error',
			message: 'missing "id"'
		});
		expect(geocodeLine('[1]', geocoder)).toEqual({ kind: 'error', message: 'not a JSON object' });
		expect(geocodeLine('   ', geocoder)).toEqual({ kind: 'skip' });
		expect(geocodeLine('{"id": 1, "text": "Kharkiv", "date": 20220301}', geocoder)).toEqual({
			kind: 'error',
			message: '"date" is not a string (YYYY-MM-DD)'
		});
	});

	it("passes the line's date to the geocoder", () => {
		// Two invented namesakes: one on the spring-2022 front west of Kyiv, one by the line of contact.
		const namesakes = createGeocoder(
			createFixtureGazetteer(
				[
					[50.55, 30.23],
					[47.94, 37.3]
				].map(([lat, lon], i) =>
					createGazetteerRow({ id: `test:${i}`, name: 'Tykha Dolyna', lat, lon })
				)
			)
		);
		const idOf = (line: string) => {
			const result = geocodeLine(line, namesakes);
			return result.kind === 'ok' ? JSON.parse(result.line).places[0].gazetteerId : null;
		};
		const text = 'A bridge destroyed in Tykha Dolyna.';
		expect(idOf(JSON.stringify({ id: 1, text, date: '2022-03-15' }))).toBe('test:0');
		expect(idOf(JSON.stringify({ id: 1, text, date: '2023-05-01' }))).toBe('test:1');
		expect(idOf(JSON.stringify({ id: 1, text }))).toBe('test:1');
	});
});

describe('explainLine', () => {
	const explaining = createGeocoder(createFixtureGazetteer());
	const explain = (text: string) => {
		const result = explainLine(JSON.stringify({ id: 'e1', text }), explaining);
		if (result.kind !== 'ok') throw new Error(result.kind);
		return result.line;
	};

	it('prints per mention its span, facts, verdict, relations, candidates and outcome', () => {
		const out = explain('Shelling of Zelenivka, Kherson region.');
		expect(out).toMatch(/^# "e1"\n\[0\] "Zelenivka" 12-21 key "zelenivka" \(\d+ hits\)\n/);
		expect(out).toContain('  facts: cueBefore=of');
		expect(out).toContain('  verdict: place');
		expect(out).toContain('  relations: qualified by [1]');
		expect(out).toContain('  relations: qualifies [0]');
		expect(out).toMatch(/p=\d\.\d{3} Zelenivka \(geonames:21, PPL, Kherson Oblast\): .*qualifier/);
		expect(out).toContain('→ resolved: Zelenivka (geonames:21)');
		expect(out).toContain('role point');
	});

	it('names the rule that rejected a span or a mention', () => {
		const out = explain('Shelling hit Sadova Street. Warsaw denied it.');
		expect(out).toContain('rejected:\n  "Sadova" 13-19: street-name (span rule)');
		expect(out).toContain('"Warsaw" 28-34: government (text rule)');
	});

	it('reports a bad line as geocodeLine does', () => {
		expect(explainLine('{"id":1}', explaining)).toEqual({
			kind: 'error',
			message: 'missing "text" (a string)'
		});
	});
});
