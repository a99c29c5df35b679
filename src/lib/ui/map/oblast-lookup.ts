/**
 * From a claim's `admin1` (as the geocoder wrote it) to the basemap's oblast polygon id
 * (`admin1Code`). Names are compared loosely ("Donetsk", "Donetsk Oblast", "Donets'k oblast" and
 * the Ukrainian name all match), because the gazetteer and the basemap spell oblasts differently.
 */

/** The properties of one basemap oblast polygon that can name it. */
export interface OblastNames {
	admin1Code: string;
	name: string;
	label?: string;
	nameLocal?: string;
}

/** Lower-cased, apostrophes, accents and the word "oblast"/"region"/"область" removed. */
export function oblastKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’ʼ`]/g, '')
		.replace(/\b(oblast|region|province|obl\.?)\b/g, '')
		.replace(/область|обл\./g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A lookup from loose oblast names to `admin1Code`. */
export type OblastLookup = (admin1: string | null, admin1Code?: unknown) => string | null;

/** Builds the lookup from the basemap's oblast properties. */
export function createOblastLookup(oblasts: OblastNames[]): OblastLookup {
	const byKey = new Map<string, string>();
	const codes = new Set<string>();
	for (const o of oblasts) {
		codes.add(o.admin1Code);
		for (const name of [o.name, o.label, o.nameLocal]) {
			if (name) byKey.set(oblastKey(name), o.admin1Code);
		}
	}
	return (admin1, admin1Code) => {
		if (typeof admin1Code === 'string' && codes.has(admin1Code)) return admin1Code;
		if (!admin1) return null;
		return byKey.get(oblastKey(admin1)) ?? null;
	};
}
