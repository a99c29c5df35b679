/**
 * The point symbols as map images: one per side and event type, drawn with canvas at load, so no
 * sprite sheet has to be fetched (the app runs offline).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLAIMANT_SIDES, EVENT_TYPES } from '../../core/contract';
import { SIDE_COLOURS, SYMBOL_OUTLINE } from '../symbols/palette';
import { EVENT_SHAPES, drawShape } from '../symbols/shapes';
import { iconName } from './claim-layers';

/** Icon side in CSS pixels. */
const ICON_SIZE = 18;

/** Adds every side × event type icon to the map (skipping those already there). */
export function addClaimIcons(map: MapLibreMap): void {
	const ratio = Math.max(1, Math.min(3, Math.round(window.devicePixelRatio || 1)));
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
}
