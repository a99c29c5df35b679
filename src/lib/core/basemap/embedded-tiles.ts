/**
 * The embedded basemap's vector tiles, as the server cuts them (server/basemap/tiles.ts) and the
 * page's style asks for them (ui/map/basemap-style.ts).
 */

/** Where the page fetches them, a `{z}/{x}/{y}` template under the app's origin. */
export const BASEMAP_TILE_PATH = '/api/basemap/{z}/{x}/{y}.mvt';

/** The deepest zoom cut (the 1:50m data's own detail); the map draws deeper views from these. */
export const BASEMAP_TILE_MAX_ZOOM = 6;

/** The layers inside a tile: the country polygons and their shared borders (each drawn once). */
export const BASEMAP_TILE_LAYERS = { countries: 'countries', borders: 'borders' } as const;
