/** Ids of the basemap's layers and sources that the claim layers, the legend and the tests refer to. */
export const BASEMAP_LAYERS = {
	land: 'basemap-countries',
	oblasts: 'basemap-oblasts',
	oblastLines: 'basemap-oblast-lines',
	oblastLabels: 'basemap-oblast-labels',
	countryLabels: 'basemap-country-labels'
} as const;

/** Source id of Ukraine's oblast polygons (promoted id: `admin1Code`), reused to shade region claims. */
export const OBLAST_SOURCE = 'ua-oblasts';
