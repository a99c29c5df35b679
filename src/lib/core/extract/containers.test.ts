import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../geocode/types';
import {
	asContainer,
	isGovernment,
	withoutFarForeignNamesake,
	withoutForeignNearMiss
} from './containers';
import { createResolvedMention } from './fixtures';

/** "Testopol" at `start`, resolved to a city (a capital with `featureCode` PPLC when asked). */
function createCity(start: number, featureCode = 'PPLA'): ResolvedMention {
	return createResolvedMention('Testopol', {
		start,
		featureCode,
		confidence: 0.7,
		alternatives: [
			{
				placeName: 'Testopol Oblast',
				gazetteerId: 'test:oblast',
				admin1: 'Testopol Oblast',
				lon: 35.2,
				lat: 48.2,
				score: 0.5
			}
		]
	});
}

describe('asContainer', () => {
	it('reads "villages in X" as the oblast X, keeping the city as an alternative', () => {
		const text = 'They took their first village in Testopol last month.';
		const out = asContainer(text, createCity(text.indexOf('Testopol')));
		expect(out.resolution).toMatchObject({
			precision: 'region',
			place: { name: 'Testopol Oblast' }
		});
		if (out.resolution.kind !== 'unresolved')
			expect(out.resolution.alternatives[0].placeName).toBe('Testopol');
	});

	it('reads "two other X villages" the same way', () => {
		const text = 'Two other Testopol villages were occupied.';
		expect(asContainer(text, createCity(text.indexOf('Testopol'))).resolution).toMatchObject({
			precision: 'region'
		});
	});

	it('leaves a city alone elsewhere', () => {
		const text = 'Missiles hit Testopol overnight.';
		const m = createCity(text.indexOf('Testopol'));
		expect(asContainer(text, m)).toBe(m);
	});
});

describe('isGovernment', () => {
	/** Whether the capital Testopol stands for its government or army in `text`. */
	const capital = (text: string) =>
		isGovernment(text, createCity(text.indexOf('Testopol'), 'PPLC'));

	it('reads a capital after "for" or "against" as its government, not after "on" or "in"', () => {
		const gov = 'It is a setback for Testopol.';
		expect(isGovernment(gov, createCity(gov.indexOf('Testopol'), 'PPLC'))).toBe(true);
		const place = 'Drones struck in Testopol.';
		expect(isGovernment(place, createCity(place.indexOf('Testopol'), 'PPLC'))).toBe(false);
		expect(isGovernment(gov, createCity(gov.indexOf('Testopol'), 'PPLA'))).toBe(false);
	});

	it('reads a capital that loses, tries or attacks, or is pushed back, as its side', () => {
		expect(capital('Near Lisne, Testopol lost up to 200 troops.')).toBe(true);
		expect(capital('Testopol has tried to retake the bridge.')).toBe(true);
		expect(capital('Units tried to push Testopol back toward Lisne.')).toBe(true);
		expect(capital('Testopol came under a drone attack overnight.')).toBe(false);
		expect(capital('Drones attacked Testopol overnight.')).toBe(false);
	});

	it('reads a capital that invaded or began an offensive, or whose control a place is under, as its side', () => {
		expect(capital('The war has gone on since Testopol invaded its neighbour.')).toBe(true);
		expect(capital('Fighting grew after Testopol began its counteroffensive.')).toBe(true);
		expect(capital('The city of Lisne remains under Testopol’s control.')).toBe(true);
		expect(capital('Drones hit Testopol’s outskirts overnight.')).toBe(false);
		expect(capital('Testopol did not immediately comment on the strike.')).toBe(true);
		expect(capital('Testopol did not have power for a day.')).toBe(false);
	});

	it('reads a capital that made something its aim or hailed a capture as its side', () => {
		expect(capital('Testopol has made the capture of the region its priority.')).toBe(true);
		expect(capital('Testopol hailed the capture of Lisne.')).toBe(true);
		expect(capital('A drone made a crater in Testopol overnight.')).toBe(false);
	});

	it('reads a passive as the city attacked, and a capital with an army of its own as its side', () => {
		expect(capital('Testopol was attacked overnight with drones.')).toBe(false);
		expect(capital('Testopol will be shelled again, officials warned.')).toBe(false);
		expect(capital('In the east, Testopol has been pushing back since June.')).toBe(true);
		expect(capital('Testopol is three months into its counteroffensive.')).toBe(true);
		expect(capital('Testopol had retaken Lisne, an official said.')).toBe(true);
		expect(capital('Testopol will respond to the attack.')).toBe(true);
		// A progressive with an adverb between ("was now intensifying its assault").
		expect(capital('Officials said that Testopol was now intensifying its assault.')).toBe(true);
		expect(capital('Testopol is massing troops near Lisne.')).toBe(true);
		expect(capital('Testopol was now being shelled again.')).toBe(false);
	});

	it('reads a capital that carries out strikes, presses on, hopes or plans as its side', () => {
		expect(capital('Testopol carried out group strikes on airfields, the ministry added.')).toBe(
			true
		);
		expect(capital('Strikes went on as Testopol presses on with its offensive.')).toBe(true);
		expect(capital('Testopol had hoped to hold the territory until the talks.')).toBe(true);
		expect(capital('Testopol plans to rebuild the bridge.')).toBe(true);
		expect(capital('Drones hit Testopol, where people hoped for calm.')).toBe(false);
	});

	it('reads a capital that drives troops out or accuses, or has allies, as its side', () => {
		expect(capital('Testopol drove the invaders out of Lisne last year.')).toBe(true);
		expect(capital('Testopol accuses the other side of shelling Lisne.')).toBe(true);
		expect(capital('Testopol and its Western allies condemned the strike.')).toBe(true);
		expect(capital('Testopol and Lisne were shelled overnight.')).toBe(false);
	});

	it('reads a capital that names an army or ministry, mounts an attack or is made to lose, as its side', () => {
		expect(capital('Testopol troops advanced within parts of Lisne.')).toBe(true);
		expect(capital('The report was released by the Testopol Defence Ministry.')).toBe(true);
		expect(capital('It advanced even as Testopol mounts an incursion.')).toBe(true);
		expect(capital('The battlegroup made Testopol lose up to 100 soldiers.')).toBe(true);
		expect(capital('Testopol residents sheltered in the metro.')).toBe(false);
		expect(capital('Drones made Testopol shake all night.')).toBe(false);
	});
});

describe('withoutForeignNearMiss', () => {
	it('leaves a near miss in another country than the places around it unresolved', () => {
		const m = createCity(0);
		m.mention = { ...m.mention, mention: 'Testenka' };
		const out = withoutForeignNearMiss(m, 'RU');
		expect(out.resolution.kind).toBe('unresolved');
		expect(out.resolution.alternatives[0].placeName).toBe('Testopol');
	});

	it('keeps a spelling of the name, and a near miss in the same country', () => {
		expect(withoutForeignNearMiss(createCity(0), 'RU').resolution.kind).toBe('resolved');
		const m = createCity(0);
		m.mention = { ...m.mention, mention: 'Testenka' };
		expect(withoutForeignNearMiss(m, 'UA').resolution.kind).toBe('resolved');
	});
});

describe('withoutFarForeignNamesake', () => {
	/** A place at `lat`, `lon` in `countryCode`, resolved. */
	function createAt(
		name: string,
		lat: number,
		lon: number,
		countryCode: string,
		featureCode = 'PPL',
		admin1Code = 'UA.05'
	): ResolvedMention {
		const m = createResolvedMention(name, { countryCode, featureCode, admin1Code });
		if (m.resolution.kind === 'unresolved') throw new Error('resolved fixture expected');
		m.resolution.place = { ...m.resolution.place, lat, lon };
		return m;
	}
	const region = createAt('Testovsk Region', 51.7, 36.2, 'RU', 'ADM1');

	it('leaves a Ukrainian village far from the Russian region named before unresolved', () => {
		const out = withoutFarForeignNamesake(createAt('Lisne', 48.5, 38.0, 'UA'), region, null);
		expect(out.resolution.kind).toBe('unresolved');
		expect(out.resolution.alternatives[0].placeName).toBe('Lisne');
	});

	it('keeps a village across the border, one its own oblast qualifies, and any after Moscow', () => {
		const near = createAt('Lisne', 51.2, 35.4, 'UA');
		expect(withoutFarForeignNamesake(near, region, null).resolution.kind).toBe('resolved');
		const far = createAt('Lisne', 48.5, 38.0, 'UA');
		const oblast = createAt('Testopol Oblast', 48.4, 38.1, 'UA', 'ADM1');
		expect(withoutFarForeignNamesake(far, region, oblast).resolution.kind).toBe('resolved');
		const capital = createAt('Testograd', 55.7, 37.6, 'RU', 'PPLC');
		expect(withoutFarForeignNamesake(far, capital, null).resolution.kind).toBe('resolved');
		// Ukraine's capital is itself, however far from the Russian region; an oblast's seat there
		// may be a namesake (measured: keeping seats too added a false place on a held-out set).
		const kyiv = createAt('Testopol', 50.4, 30.5, 'UA', 'PPLC');
		expect(withoutFarForeignNamesake(kyiv, region, null).resolution.kind).toBe('resolved');
		const seat = createAt('Testopol', 50.4, 30.5, 'UA', 'PPLA');
		expect(withoutFarForeignNamesake(seat, region, null).resolution.kind).toBe('unresolved');
	});

	it('leaves a namesake deep inside Russia unresolved among places of a border region', () => {
		// RU.09 is a region on Ukraine's border; RU.83 is not.
		const border = createAt('Testovsk Oblast', 50.7, 37.2, 'RU', 'ADM1', 'RU.09');
		const interior = createAt('Lisne', 55.6, 42.0, 'RU', 'PPL', 'RU.83');
		expect(withoutFarForeignNamesake(interior, border, null).resolution.kind).toBe('unresolved');
		const seat = createAt('Lisne', 55.6, 42.0, 'RU', 'PPLA', 'RU.83');
		expect(withoutFarForeignNamesake(seat, border, null).resolution.kind).toBe('resolved');
		const sameRegion = createAt('Lisne', 50.4, 36.9, 'RU', 'PPL', 'RU.09');
		expect(withoutFarForeignNamesake(sameRegion, border, null).resolution.kind).toBe('resolved');
		const nearInterior = createAt('Lisne', 51.6, 38.5, 'RU', 'PPL', 'RU.83');
		expect(withoutFarForeignNamesake(nearInterior, border, null).resolution.kind).toBe('resolved');
	});
});
