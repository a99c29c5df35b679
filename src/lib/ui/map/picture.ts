/**
 * "Export PNG": the map as drawn, with a caption below it that a report can carry: a title, the
 * filters in words, the legend of sides and the attribution the data's licences ask for.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the caption says. */
export interface PictureCaption {
	title: string;
	filterLines: string[];
	legend: { colour: string; label: string }[];
	attribution: string;
}

/** Caption layout in CSS pixels. */
const CAPTION = {
	padding: 12,
	titleSize: 16,
	textSize: 12,
	lineGap: 5,
	swatch: 10,
	legendGap: 16,
	font: 'system-ui, sans-serif',
	ink: '#1f2328',
	muted: '#59636e'
} as const;

/** A copy of the map's canvas, taken in the frame just drawn (the buffer is kept until then). */
export function snapshotMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
	return new Promise((done) => {
		map.once('render', () => {
			const source = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = source.width;
			copy.height = source.height;
			copy.getContext('2d')!.drawImage(source, 0, 0);
			done(copy);
		});
		map.triggerRepaint();
	});
}

/** Splits `text` into lines no wider than `width` at the context's font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The map with its caption below, at the map canvas's pixel ratio. */
export function composePicture(
	map: HTMLCanvasElement,
	caption: PictureCaption,
	ratio: number
): HTMLCanvasElement {
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d')!;
	const width = map.width / ratio;
	const inner = width - 2 * CAPTION.padding;
	const text = `${CAPTION.textSize}px ${CAPTION.font}`;
	ctx.font = text;
	const filterLines = caption.filterLines.flatMap((l) => wrap(ctx, l, inner));
	const attribution = wrap(ctx, caption.attribution, inner);
	const lineHeight = CAPTION.textSize + CAPTION.lineGap;
	const height =
		CAPTION.padding * 2 +
		CAPTION.titleSize +
		CAPTION.lineGap +
		lineHeight * (filterLines.length + 1 + attribution.length) +
		CAPTION.lineGap;
	out.width = map.width;
	out.height = map.height + Math.ceil(height * ratio);
	ctx.drawImage(map, 0, 0);
	ctx.scale(ratio, ratio);
	ctx.translate(0, map.height / ratio);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = '#d0d7de';
	ctx.fillRect(0, 0, width, 1);
	let y = CAPTION.padding + CAPTION.titleSize;
	ctx.fillStyle = CAPTION.ink;
	ctx.font = `bold ${CAPTION.titleSize}px ${CAPTION.font}`;
	ctx.fillText(caption.title, CAPTION.padding, y);
	ctx.font = text;
	y += CAPTION.lineGap;
	for (const line of filterLines) {
		y += lineHeight;
		ctx.fillText(line, CAPTION.padding, y);
	}
	// The legend: one swatch and label per side, in a row.
	y += lineHeight;
	let x = CAPTION.padding;
	for (const item of caption.legend) {
		ctx.fillStyle = item.colour;
		ctx.beginPath();
		ctx.arc(x + CAPTION.swatch / 2, y - CAPTION.swatch / 2, CAPTION.swatch / 2, 0, 2 * Math.PI);
		ctx.fill();
		ctx.fillStyle = CAPTION.ink;
		ctx.fillText(item.label, x + CAPTION.swatch + 4, y);
		x += CAPTION.swatch + 4 + ctx.measureText(item.label).width + CAPTION.legendGap;
	}
	ctx.fillStyle = CAPTION.muted;
	for (const line of attribution) {
		y += lineHeight;
		ctx.fillText(line, CAPTION.padding, y);
	}
	return out;
}
