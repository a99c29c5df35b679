/** Helpers the dashboard's browser tests share: reading the map's rendered claims and clicking them. */
import type { Page } from 'playwright-core';
import { CLAIMANT_SIDES } from '../../src/lib/core/contract';
import { CLAIM_LAYERS } from '../../src/lib/ui/map/claim-layers';

/**
 * Claims drawn on the map per side: single symbols plus the side's count in its cluster bubbles.
 * A hidden side's layers are transparent, so a side counts only when its layers are opaque.
 */
export async function renderedBySide(page: Page): Promise<Record<string, number>> {
	const layers = CLAIMANT_SIDES.map((side) => ({
		side,
		points: CLAIM_LAYERS.points(side),
		clusters: CLAIM_LAYERS.clusters(side)
	}));
	return page.evaluate((perSide) => {
		type Rendered = { properties: Record<string, unknown> };
		const map = (
			window as unknown as {
				__claimsmap: {
					map: {
						queryRenderedFeatures(o: { layers: string[] }): Rendered[];
						getPaintProperty(layer: string, property: string): unknown;
					};
				};
			}
		).__claimsmap.map;
		const out: Record<string, number> = {};
		for (const { side, points, clusters } of perSide) {
			let n = 0;
			if (map.getPaintProperty(points, 'icon-opacity') !== 0) {
				// A feature can be returned once per tile it touches.
				n += new Set(map.queryRenderedFeatures({ layers: [points] }).map((f) => f.properties.id))
					.size;
			}
			if (map.getPaintProperty(clusters, 'circle-opacity') !== 0) {
				const seen = new Set<unknown>();
				for (const f of map.queryRenderedFeatures({ layers: [clusters] })) {
					if (seen.has(f.properties.cluster_id)) continue;
					seen.add(f.properties.cluster_id);
					n += Number(f.properties[`n_${side}`]);
				}
			}
			if (n > 0) out[side] = n;
		}
		return out;
	}, layers);
}

/**
 * Oblasts shaded for region claims, per side: the oblasts a shown side's hatch draws in view (a
 * hidden side's oblasts are not counted).
 */
export async function shadedRegionsBySide(page: Page): Promise<Record<string, number>> {
	return page.evaluate(
		({ hatches }) => {
			type Rendered = { properties: Record<string, unknown> };
			const map = (
				window as unknown as {
					__claimsmap: {
						map: {
							queryRenderedFeatures(o: { layers: string[] }): Rendered[];
							getPaintProperty(layer: string, name: string): unknown;
						};
					};
				}
			).__claimsmap.map;
			const seen: Record<string, number> = {};
			for (const { side, layer } of hatches) {
				// A hidden side's hatch is at a constant opacity 0: MapLibre does not draw it.
				if (map.getPaintProperty(layer, 'fill-opacity') === 0) continue;
				const codes = new Set(
					map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.admin1Code)
				);
				if (codes.size > 0) seen[side] = codes.size;
			}
			return seen;
		},
		{ hatches: CLAIMANT_SIDES.map((side) => ({ side, layer: CLAIM_LAYERS.regionHatch(side) })) }
	);
}

/** Page coordinates of a longitude/latitude on the map. */
export async function pixelOf(
	page: Page,
	lonLat: [number, number]
): Promise<{ x: number; y: number }> {
	return page.evaluate((at) => {
		const map = (
			window as unknown as {
				__claimsmap: {
					map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLElement };
				};
			}
		).__claimsmap.map;
		const p = map.project(at);
		const rect = map.getCanvas().getBoundingClientRect();
		return { x: rect.left + p.x, y: rect.top + p.y };
	}, lonLat);
}

/** The map's current bounds as [west, south, east, north]. */
export async function mapBounds(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const map = (
			window as unknown as {
				__claimsmap: { map: { getBounds(): { toArray(): number[][] } } };
			}
		).__claimsmap.map;
		return map.getBounds().toArray().flat();
	});
}

/** Waits until the page's claims are loaded and drawn. */
export async function waitForClaims(page: Page): Promise<void> {
	await page.waitForFunction(
		(layer) => {
			const map = (
				window as unknown as {
					__claimsmap?: { map?: { getLayer(id: string): unknown } };
				}
			).__claimsmap?.map;
			return Boolean(map && map.getLayer(layer));
		},
		CLAIM_LAYERS.points('russia'),
		{ timeout: 60_000, polling: 100 }
	);
}

/**
 * The map's pixels in a square of `half` CSS pixels around a longitude/latitude, as [r, g, b],
 * read in the frame MapLibre has just drawn (the drawing buffer is valid until it is composited).
 */
export async function mapPixels(
	page: Page,
	lonLat: [number, number],
	half = 20
): Promise<[number, number, number][]> {
	return page.evaluate(
		({ at, half }) =>
			new Promise<[number, number, number][]>((done) => {
				const map = (
					window as unknown as {
						__claimsmap: {
							map: {
								project(p: [number, number]): { x: number; y: number };
								getCanvas(): HTMLCanvasElement;
								once(e: string, f: () => void): void;
								triggerRepaint(): void;
							};
						};
					}
				).__claimsmap.map;
				map.once('render', () => {
					const canvas = map.getCanvas();
					const ratio = canvas.width / canvas.clientWidth;
					const copy = document.createElement('canvas');
					copy.width = canvas.width;
					copy.height = canvas.height;
					const ctx = copy.getContext('2d')!;
					ctx.drawImage(canvas, 0, 0);
					const p = map.project(at);
					const size = Math.round(2 * half * ratio);
					const data = ctx.getImageData(
						Math.round((p.x - half) * ratio),
						Math.round((p.y - half) * ratio),
						size,
						size
					).data;
					const out: [number, number, number][] = [];
					for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2]]);
					done(out);
				});
				map.triggerRepaint();
			}),
		{ at: lonLat, half }
	);
}

/** The share of `pixels` within `distance` (RGB) of the colour `hex`. */
export function shareNear(pixels: [number, number, number][], hex: string, distance = 60): number {
	const n = parseInt(hex.slice(1, 7), 16);
	const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
	const near = pixels.filter(([pr, pg, pb]) => Math.hypot(pr - r, pg - g, pb - b) <= distance);
	return pixels.length === 0 ? 0 : near.length / pixels.length;
}

/** Moves the map at once, then waits for it to be idle. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
	await page.evaluate(
		([c, z]) => {
			const map = (window as unknown as { __claimsmap: { map: { jumpTo(o: object): void } } })
				.__claimsmap.map;
			map.jumpTo({ center: c, zoom: z });
		},
		[center, zoom] as const
	);
	await page.waitForFunction(
		() => {
			const map = (window as unknown as { __claimsmap: { map: { loaded(): boolean } } }).__claimsmap
				.map;
			return map.loaded();
		},
		undefined,
		{ polling: 100 }
	);
}
