/**
 * The geocoder on the shipped gazetteer with invented sentences: spelling variants, old names,
 * Cyrillic, foreign places and countries each resolve to the place an analyst would pick.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultGeocoder } from '../../src/lib/server/gazetteer';

function first(text: string) {
	const [m] = loadDefaultGeocoder().geocode(text);
	if (!m || m.resolution.kind === 'unresolved') throw new Error(`nothing resolved in "${text}"`);
	return m.resolution;
}

describe('shipped gazetteer', () => {
	it.each([
		['Shelling was reported in Kharkov.', 'Kharkiv', 'UA'],
		['Missiles hit Kiev overnight.', 'Kyiv', 'UA'],
		['Explosions were heard in Nikolaev.', 'Mykolayiv', 'UA'],
		['Air raid sirens sounded in Zaporozhye.', 'Zaporizhzhya', 'UA'],
		['Troops moved through Dnepropetrovsk.', 'Dnipro', 'UA'],
		['Fighting continued around Artemivsk.', 'Bakhmut', 'UA'],
		// A town of the name, not the town that bore it once (Nikopol was "Slovyansk").
		['Missiles hit Sloviansk overnight.', 'Slovyansk', 'UA'],
		['Missiles hit Slovyansk overnight.', 'Slovyansk', 'UA'],
		// A village's name, not the city that bore it once (Donetsk was "Aleksandrovka").
		['Troops attacked near Oleksandrivka.', 'Oleksandrivka', 'UA'],
		['Обстріли тривали у Харкові та в Харків.', 'Kharkiv', 'UA'],
		['The talks took place in Berlin.', 'Berlin', 'DE'],
		['A delegation flew to Moscow.', 'Moscow', 'RU'],
		['Drones struck a depot in Belgorod.', 'Belgorod', 'RU'],
		// An abandoned town of the exclusion zone is kept (GeoNames PPLQ).
		['Chernobyl was taken on the first day of the invasion.', 'Chornobyl', 'UA'],
		// A landmark named in full, in the town's usual spelling.
		['Shelling hit the Zaporizhzhia nuclear power plant.', 'Zaporizhia Nuclear Power Plant', 'UA']
	])('%s → %s', (text, name, country) => {
		const r = first(text);
		expect(r.place.name).toBe(name);
		expect(r.place.countryCode).toBe(country);
	});

	it('resolves countries as countries', () => {
		for (const [text, code] of [
			['Aid arrived from Poland.', 'PL'],
			['Troops had fought in Syria.', 'SY']
		] as const) {
			expect(first(text)).toMatchObject({ precision: 'country', place: { countryCode: code } });
		}
	});

	it("finds a neighbour region GeoNames spells otherwise under its seat's name", () => {
		// GeoNames names the region "Voronezj" and Krasnodar's "Krasnodarskiy".
		for (const [text, code] of [
			['Drones were downed over the Voronezh region.', 'RU.86'],
			['Drones were downed over the Krasnodar region.', 'RU.38']
		] as const)
			expect(first(text), text).toMatchObject({
				precision: 'region',
				place: { featureCode: 'ADM1', admin1Code: code }
			});
	});

	it('reads "the X region" as the oblast', () => {
		expect(first('Shelling hit the Kherson region.')).toMatchObject({
			precision: 'region',
			place: { admin1Code: 'UA.08', admin1: 'Kherson Oblast' }
		});
	});
});
