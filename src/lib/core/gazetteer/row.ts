/**
 * A gazetteer row as the builder and test fixtures write it: one place with every name it is known
 * by, before the names are reduced to lookup keys.
 */

/** A place with its raw names (Latin and Cyrillic), as read from GeoNames or a curated list. */
export interface GazetteerRow {
	/** `geonames:688111`, `curated:azovstal`, `naturalearth:804`. */
	id: string;
	name: string;
	lat: number;
	lon: number;
	featureClass: string;
	featureCode: string;
	countryCode: string;
	/** GeoNames admin1 code with country prefix (`UA.05`), or null. */
	admin1Code: string | null;
	/** GeoNames admin2 code with admin1 prefix (`UA.05.1412`), or null. */
	admin2Code: string | null;
	population: number;
	/** Other names: ASCII form, alternate names in Latin or Cyrillic script, old names. */
	names: string[];
}

/** Builds a row with defaults, for fixtures: a Ukrainian village unless told otherwise. */
export function createGazetteerRow(
	fields: Partial<GazetteerRow> & { id: string; name: string }
): GazetteerRow {
	return {
		lat: 48.5,
		lon: 37.5,
		featureClass: 'P',
		featureCode: 'PPL',
		countryCode: 'UA',
		admin1Code: null,
		admin2Code: null,
		population: 0,
		names: [],
		...fields
	};
}
