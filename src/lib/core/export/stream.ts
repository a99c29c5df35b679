/**
 * Exports written piece by piece: a FeatureCollection or a CSV as a sequence of text chunks of
 * about `CHUNK_CHARS`, from features that arrive one at a time, so a million-feature export never
 * holds more than one chunk. The result is the same document `toExportCollection` and `toCsv`
 * make, except that the collection's `bbox` comes after its features (member order is free in
 * JSON; the box is known only at the end).
 */
import { FORMAT_VERSION, type ClaimFeature } from '../contract';
import { round6 } from '../geojson/round';
import { roundFeature } from '../geojson/build';
import type { ExportMeta } from './collection';
import { CSV_COLUMNS, csvRow } from './csv';

/**
 * A feature's JSON text as its store holds it, attached (not enumerable, so no comparison or
 * serialisation sees it) by a store that parsed the feature from exactly `JSON.stringify` of it
 * and changed nothing since: the export then writes that text instead of serialising the feature
 * again, which is a third of the work of a million-feature export.
 */
export const STORED_TEXT: unique symbol = Symbol('claimsmap.storedText');

/** A feature that may carry its stored text. */
type MaybeStored = ClaimFeature & { [STORED_TEXT]?: string };

/** `feature` with `text` attached as the text it was parsed from; the feature itself is returned. */
export function withStoredText<F extends ClaimFeature>(feature: F, text: string): F {
	Object.defineProperty(feature, STORED_TEXT, { value: text, enumerable: false });
	return feature;
}

/** Characters gathered before a chunk is handed on: big enough to amortise, small enough to stream. */
export const CHUNK_CHARS = 64 * 1024;

const rounded = (n: number) => round6(n) === n;

/** The feature as exported: itself when already rounded (the usual case), else a rounded copy. */
function exported(feature: ClaimFeature): ClaimFeature {
	const point = feature.geometry?.coordinates;
	const ok =
		(!point || (rounded(point[0]) && rounded(point[1]))) &&
		feature.properties.alternatives.every((a) => rounded(a.lon) && rounded(a.lat));
	return ok ? feature : roundFeature(feature);
}

/** Gathers pieces of text into chunks of at least `CHUNK_CHARS` (the last one may be shorter). */
class ChunkBuffer {
	#text = '';

	/** Adds a piece; returns a chunk to hand on when one is full, else null. */
	add(piece: string): string | null {
		this.#text += piece;
		if (this.#text.length < CHUNK_CHARS) return null;
		const chunk = this.#text;
		this.#text = '';
		return chunk;
	}

	/** What is left, once. */
	rest(): string {
		const chunk = this.#text;
		this.#text = '';
		return chunk;
	}
}

/**
 * The features as a contract FeatureCollection, in chunks. Each feature passes through this one
 * generator only (pieces are gathered here, not handed on one by one to another): an export of a
 * million features pays for a million awaits fewer.
 */
export async function* geojsonChunks(
	features: AsyncIterable<ClaimFeature>,
	meta: ExportMeta
): AsyncGenerator<string> {
	const claimsmap = {
		formatVersion: FORMAT_VERSION,
		generator: meta.generator,
		gazetteer: meta.gazetteer
	};
	const buffer = new ChunkBuffer();
	buffer.add(`{"type":"FeatureCollection","claimsmap":${JSON.stringify(claimsmap)},"features":[`);
	let box: [number, number, number, number] | null = null;
	let first = true;
	for await (const raw of features) {
		const feature = exported(raw);
		if (feature.geometry) {
			const [lon, lat] = feature.geometry.coordinates;
			box = box
				? [
						Math.min(box[0], lon),
						Math.min(box[1], lat),
						Math.max(box[2], lon),
						Math.max(box[3], lat)
					]
				: [lon, lat, lon, lat];
		}
		// Unchanged by rounding and carrying its stored text: that text is what stringify would write.
		const text =
			feature === raw
				? ((raw as MaybeStored)[STORED_TEXT] ?? JSON.stringify(feature))
				: JSON.stringify(feature);
		const chunk = buffer.add((first ? '\n' : ',\n') + text);
		first = false;
		if (chunk !== null) yield chunk;
	}
	buffer.add(box ? `\n],"bbox":${JSON.stringify(box)}}\n` : '\n]}\n');
	yield buffer.rest();
}

/** The features as CSV (header, CRLF rows), in chunks; `bom` starts with a UTF-8 byte-order mark. */
export async function* csvChunks(
	features: AsyncIterable<ClaimFeature>,
	options: { bom?: boolean } = {}
): AsyncGenerator<string> {
	const buffer = new ChunkBuffer();
	buffer.add((options.bom ? '\ufeff' : '') + CSV_COLUMNS.join(',') + '\r\n');
	for await (const feature of features) {
		const chunk = buffer.add(csvRow(feature).join(',') + '\r\n');
		if (chunk !== null) yield chunk;
	}
	const rest = buffer.rest();
	if (rest) yield rest;
}
