/**
 * The point symbols as map images: one per side and event type, drawn with canvas at load, so no
 * sprite sheet has to be fetched (the app runs offline).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLAIMANT_SIDES, EVENT_TYPES } from '../../core/contract';
import { SIDE_COLOURS, SYMBOL_OUTLINE } from '../symbols/palette';
import { EVENT_SHAPES, drawShape } from '../symbols/shapes';
import { HATCH_PHASES, glyphName, hatchName, iconName } from './claim-layers';

/** Icon side in CSS pixels. */
const ICON_SIZE = 18;
/** A cluster bubble's type badge side in CSS pixels. */
const GLYPH_SIZE = 13;
/** A region hatch: stripes this wide (CSS pixels), four stripe widths apart. */
const HATCH_STRIPE = 3;
const HATCH_PERIOD = 4 * HATCH_STRIPE;

/**
 * Adds each side's region hatch: diagonal stripes in the side's colour on transparent, at the
 * side's phase, so two sides' stripes alternate instead of covering each other.
 */
export function addRegionHatches(map: MapLibreMap, ratio: number): void {
	const size = HATCH_PERIOD * ratio;
	const stripe = HATCH_STRIPE * ratio;
	for (const side of CLAIMANT_SIDES) {
		const name = hatchName(side);
		if (map.hasImage(name)) continue;
		const data = new Uint8Array(size * size * 4);
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(SIDE_COLOURS[side].slice(i, i + 2), 16));
		const phase = HATCH_PHASES[side] * stripe;
		for (let y = 0; y < size; y++) {
			for (let x = 0; x < size; x++) {
				// A 45° stripe: the same value of x + y (mod the period) across the tile, seamless.
				if ((x + y + phase) % size >= stripe) continue;
				data.set([r, g, b, 255], (y * size + x) * 4);
			}
		}
		map.addImage(name, { width: size, height: size, data }, { pixelRatio: ratio });
	}
}

/** Adds every side × event type icon and the region hatches to the map (skipping those there). */
export function addClaimIcons(map: MapLibreMap): void {
	const ratio = Math.max(1, Math.min(3, Math.round(window.devicePixelRatio || 1)));
	addRegionHatches(map, ratio);
	const size = ICON_SIZE * ratio;
	const canvas = document.createElement('canvas');
	canvas.width = size;
	canvas.height = size;
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) return;
	for (const side of CLAIMANT_SIDES) {
		for (const type of EVENT_TYPES) {
			const name = iconName(side, type);
			if (map.hasImage(name)) continue;
			ctx.clearRect(0, 0, size, size);
			drawShape(ctx, EVENT_SHAPES[type], size, SIDE_COLOURS[side], SYMBOL_OUTLINE, 1.5 * ratio);
			const image = ctx.getImageData(0, 0, size, size);
			map.addImage(
				name,
				{ width: size, height: size, data: new Uint8Array(image.data.buffer) },
				{
					pixelRatio: ratio
				}
			);
		}
	}
	// White shapes with a dark outline: the badge of a cluster's most common event type.
	const glyph = GLYPH_SIZE * ratio;
	for (const type of EVENT_TYPES) {
		const name = glyphName(type);
		if (map.hasImage(name)) continue;
		ctx.clearRect(0, 0, size, size);
		drawShape(ctx, EVENT_SHAPES[type], glyph, '#ffffff', SYMBOL_OUTLINE, 1.5 * ratio);
		const image = ctx.getImageData(0, 0, glyph, glyph);
		map.addImage(
			name,
			{ width: glyph, height: glyph, data: new Uint8Array(image.data.buffer) },
			{ pixelRatio: ratio }
		);
	}
}
