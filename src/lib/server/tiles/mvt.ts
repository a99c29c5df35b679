/**
 * A Mapbox Vector Tile (v2.1) encoder for point layers: the protobuf wire format written by hand
 * (varints, length-delimited fields, zigzag deltas), since a tile of points needs only a few dozen
 * lines of it. Property values are strings or numbers; keys and values are shared per layer.
 */

/** One point feature: its position in tile units (0..extent) and its properties. */
export interface MvtPoint {
	x: number;
	y: number;
	properties: Record<string, string | number>;
}

/** A named layer of points. */
export interface MvtLayer {
	name: string;
	features: MvtPoint[];
}

/** Tile units per side, the format's default. */
export const MVT_EXTENT = 4096;

/** A growable byte buffer with the protobuf primitives. */
class Writer {
	bytes = new Uint8Array(1024);
	length = 0;

	#grow(extra: number): void {
		if (this.length + extra <= this.bytes.length) return;
		let size = this.bytes.length * 2;
		while (size < this.length + extra) size *= 2;
		const next = new Uint8Array(size);
		next.set(this.bytes.subarray(0, this.length));
		this.bytes = next;
	}

	varint(value: number): void {
		this.#grow(10);
		let v = value;
		while (v >= 0x80) {
			this.bytes[this.length++] = (v & 0x7f) | 0x80;
			v = Math.floor(v / 128);
		}
		this.bytes[this.length++] = v;
	}

	tag(field: number, wire: number): void {
		this.varint((field << 3) | wire);
	}

	bytesField(field: number, data: Uint8Array): void {
		this.tag(field, 2);
		this.varint(data.length);
		this.#grow(data.length);
		this.bytes.set(data, this.length);
		this.length += data.length;
	}

	double(field: number, value: number): void {
		this.tag(field, 1);
		this.#grow(8);
		new DataView(this.bytes.buffer).setFloat64(this.length, value, true);
		this.length += 8;
	}

	packed(field: number, values: readonly number[]): void {
		const inner = new Writer();
		for (const v of values) inner.varint(v);
		this.bytesField(field, inner.result());
	}

	result(): Uint8Array {
		return this.bytes.subarray(0, this.length);
	}
}

const encoder = new TextEncoder();
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

/** The `Value` message of one property value. */
function encodeValue(value: string | number): Uint8Array {
	const w = new Writer();
	if (typeof value === 'string') w.bytesField(1, encoder.encode(value));
	else if (Number.isInteger(value) && value >= 0 && value < 2 ** 53) {
		w.tag(5, 0);
		w.varint(value);
	} else w.double(3, value);
	return w.result();
}

function encodeLayer(layer: MvtLayer, extent: number): Uint8Array {
	const keys = new Map<string, number>();
	const values = new Map<string, number>();
	const valueList: (string | number)[] = [];
	const w = new Writer();
	w.tag(15, 0);
	w.varint(2);
	w.bytesField(1, encoder.encode(layer.name));
	for (const feature of layer.features) {
		const tags: number[] = [];
		for (const [key, value] of Object.entries(feature.properties)) {
			let k = keys.get(key);
			if (k === undefined) keys.set(key, (k = keys.size));
			const id = `${typeof value}:${value}`;
			let v = values.get(id);
			if (v === undefined) {
				values.set(id, (v = valueList.length));
				valueList.push(value);
			}
			tags.push(k, v);
		}
		const f = new Writer();
		f.packed(2, tags);
		f.tag(3, 0);
		f.varint(1); // POINT
		// MoveTo, one point: command (id 1, count 1), then the zigzagged position.
		f.packed(4, [
			(1 & 0x7) | (1 << 3),
			zigzag(Math.round(feature.x)),
			zigzag(Math.round(feature.y))
		]);
		w.bytesField(2, f.result());
	}
	for (const key of keys.keys()) w.bytesField(3, encoder.encode(key));
	for (const value of valueList) w.bytesField(4, encodeValue(value));
	w.tag(5, 0);
	w.varint(extent);
	return w.result();
}

/** The tile holding `layers` (empty layers are left out). */
export function encodeMvt(layers: readonly MvtLayer[], extent = MVT_EXTENT): Uint8Array {
	const w = new Writer();
	for (const layer of layers) {
		if (layer.features.length > 0) w.bytesField(3, encodeLayer(layer, extent));
	}
	return w.result().slice();
}
