/** Ids of the basemap's layers and sources that the claim layers, the legend and the tests refer to. */
export const BASEMAP_LAYERS = {
	background: 'basemap-sea',
	land: 'basemap-countries',
	oblasts: 'basemap-oblasts',
	oblastLines: 'basemap-oblast-lines',
	countryBorders: 'basemap-country-borders',
	oblastLabels: 'basemap-oblast-labels',
	countryLabels: 'basemap-country-labels',
	raionLabels: 'basemap-raion-labels',
	/** Settlement labels, one layer per first zoom (see `PLACE_LABEL_TIERS`). */
	placeLabels: (minzoom: number) => `basemap-place-labels-${String(minzoom).replace('.', '_')}`,
	/** An online basemap's raster layer. */
	online: (id: string) => `basemap-online-${id}`
} as const;

/**
 * Source id of the countries and borders: vector tiles the app cuts (core/basemap/embedded-tiles.ts).
 */
export const BASEMAP_SOURCE = 'basemap';

/** Source id of Ukraine's oblast polygons (promoted id: `admin1Code`), reused to shade region claims. */
export const OBLAST_SOURCE = 'ua-oblasts';

/** Source id of the settlement and raion labels (filled from geodata/basemap/place-labels.json). */
export const PLACE_LABEL_SOURCE = 'place-labels';

/** Source id of an online basemap's tiles. */
export const onlineSourceId = (id: string) => `online-${id}`;
