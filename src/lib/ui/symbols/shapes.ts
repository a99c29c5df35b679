/**
 * One shape per event type, drawn with the 2D canvas API. The map's icons and the legend's and
 * list's swatches come from the same drawing, so the shape in the list is the shape on the map.
 */
import type { EventType } from '../../core/contract';

/** The shapes symbols can take. */
export type ShapeName =
	'circle' | 'triangle' | 'diamond' | 'triangle-down' | 'square' | 'cross' | 'star' | 'hexagon';

/** The shape of each event type's symbol. */
export const EVENT_SHAPES: Record<EventType, ShapeName> = {
	strike: 'circle',
	aircraft_downed: 'triangle',
	drone_downed: 'diamond',
	missile_downed: 'triangle-down',
	equipment_destroyed: 'square',
	casualties: 'cross',
	territorial_control: 'star',
	other: 'hexagon'
};

/** Corner points of a regular polygon of `n` corners around (cx, cy), first corner at `start`. */
function polygon(n: number, cx: number, cy: number, r: number, start: number): [number, number][] {
	return Array.from({ length: n }, (_, i) => {
		const a = start + (i * 2 * Math.PI) / n;
		return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
	});
}

function star(cx: number, cy: number, r: number): [number, number][] {
	return Array.from({ length: 10 }, (_, i) => {
		const a = -Math.PI / 2 + (i * Math.PI) / 5;
		const radius = i % 2 === 0 ? r : r * 0.45;
		return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
	});
}

function cross(cx: number, cy: number, r: number): [number, number][] {
	const w = r * 0.38;
	return [
		[cx - w, cy - r],
		[cx + w, cy - r],
		[cx + w, cy - w],
		[cx + r, cy - w],
		[cx + r, cy + w],
		[cx + w, cy + w],
		[cx + w, cy + r],
		[cx - w, cy + r],
		[cx - w, cy + w],
		[cx - r, cy + w],
		[cx - r, cy - w],
		[cx - w, cy - w]
	];
}

/** The outline of a shape inside a `size`×`size` box with `pad` pixels free on each side. */
export function shapePath(shape: ShapeName, size: number, pad: number): [number, number][] | null {
	const c = size / 2;
	const r = size / 2 - pad;
	switch (shape) {
		case 'circle':
			return null;
		case 'triangle':
			return polygon(3, c, c + r * 0.18, r * 1.1, -Math.PI / 2);
		case 'triangle-down':
			return polygon(3, c, c - r * 0.18, r * 1.1, Math.PI / 2);
		case 'diamond':
			return polygon(4, c, c, r * 1.05, -Math.PI / 2);
		case 'square':
			return polygon(4, c, c, r * 1.2, Math.PI / 4);
		case 'hexagon':
			return polygon(6, c, c, r, 0);
		case 'star':
			return star(c, c, r * 1.12);
		case 'cross':
			return cross(c, c, r);
	}
}

/** Draws a filled, outlined shape on a square canvas context of side `size`. */
export function drawShape(
	ctx: CanvasRenderingContext2D,
	shape: ShapeName,
	size: number,
	fill: string,
	stroke: string,
	lineWidth: number
): void {
	const pad = lineWidth + 1;
	ctx.beginPath();
	const path = shapePath(shape, size, pad);
	if (path === null) ctx.arc(size / 2, size / 2, size / 2 - pad, 0, 2 * Math.PI);
	else {
		ctx.moveTo(path[0][0], path[0][1]);
		for (const [x, y] of path.slice(1)) ctx.lineTo(x, y);
		ctx.closePath();
	}
	ctx.fillStyle = fill;
	ctx.fill();
	ctx.lineWidth = lineWidth;
	ctx.strokeStyle = stroke;
	ctx.lineJoin = 'round';
	ctx.stroke();
}

/** An SVG `points`/`circle` description of a shape, for inline swatches in the page's markup. */
export function shapeSvg(
	shape: ShapeName,
	size: number,
	pad: number
): { circle: true } | { points: string } {
	const path = shapePath(shape, size, pad);
	if (path === null) return { circle: true };
	return { points: path.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ') };
}
