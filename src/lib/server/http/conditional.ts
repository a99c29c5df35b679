/**
 * Conditional and streamed responses for the claim API: an ETag made from the data's revision and
 * the request's own parameters (so `304 Not Modified` answers an unchanged question without
 * touching the store), gzip when the client accepts it, and bodies written chunk by chunk as the
 * client reads them (pull-driven, so a slow reader holds the export back instead of memory growing).
 */
import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';

/**
 * zlib level of streamed exports: 4 compresses a GeoJSON export about as well as the default 6
 * (within a few per cent) in clearly less CPU, which a million-feature export spends for seconds.
 */
const STREAM_GZIP_LEVEL = 4;

/** A strong ETag for the answer to `parts` (route, query, encoding) at `revision`. */
export function etagOf(revision: string, ...parts: string[]): string {
	const hash = createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
	return `"${revision}-${hash}"`;
}

/** True when the request's If-None-Match names `etag` (or `*`): answer 304. */
export function notModified(request: Request, etag: string): boolean {
	const header = request.headers.get('if-none-match');
	if (!header) return false;
	return header
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some((t) => t === etag || t === '*');
}

/** True when the client accepts a gzip-encoded body. */
export function acceptsGzip(request: Request): boolean {
	const header = request.headers.get('accept-encoding') ?? '';
	return header.split(',').some((part) => {
		const [name, ...params] = part.trim().split(';');
		if (name.trim().toLowerCase() !== 'gzip' && name.trim() !== '*') return false;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

/** The 304 answer, with the headers a cache needs to keep using its copy. */
export function notModifiedResponse(etag: string, headers: Record<string, string> = {}): Response {
	return new Response(null, { status: 304, headers: { etag, ...headers } });
}

/** A byte stream of text (or byte) chunks, read from `chunks` only as the consumer asks for more. */
export function textStream(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = chunks[Symbol.asyncIterator]();
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const next = await iterator.next();
				if (next.done) controller.close();
				else if (typeof next.value === 'string') controller.enqueue(encoder.encode(next.value));
				else controller.enqueue(next.value);
			},
			async cancel() {
				await iterator.return?.();
			}
		},
		{ highWaterMark: 1 }
	);
}

/**
 * A streamed 200 answer of `chunks`, gzip-encoded when `gzip`. Every stage is pulled: the response
 * reads one compressed piece at a time from a Node zlib stream, which reads text only while its own
 * small buffer has room. (The web `CompressionStream` of Node 20 drains its input regardless, and
 * `Readable.toWeb` queues up to 16,384 pieces: either way a 100k-feature GeoJSON export left the
 * server about 100 MB larger, growing with every export.)
 */
export function streamedResponse(
	chunks: AsyncIterable<string>,
	options: { gzip: boolean; headers: Record<string, string> }
): Response {
	const headers: Record<string, string> = { ...options.headers, vary: 'accept-encoding' };
	if (!options.gzip) return new Response(textStream(chunks), { headers });
	headers['content-encoding'] = 'gzip';
	// An error or a cancel anywhere tears the whole chain down (and ends the store's query).
	const source = Readable.from(chunks, { objectMode: false, highWaterMark: 1 });
	const gzip = pipeline(source, createGzip({ level: STREAM_GZIP_LEVEL }), () => {});
	return new Response(textStream(gzip), { headers });
}

/** Bodies below this are sent as they are: gzip would save too little to pay for itself. */
const GZIP_MIN_BYTES = 1024;

/**
 * A JSON answer with an ETag, revalidated on every use (`no-cache`); gzip-encoded when the client
 * accepts it and the body is worth compressing.
 */
export function cachedJson(request: Request, etag: string, value: unknown): Response {
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		'cache-control': 'no-cache',
		vary: 'accept-encoding',
		etag
	};
	const text = JSON.stringify(value);
	if (!acceptsGzip(request) || text.length < GZIP_MIN_BYTES) return new Response(text, { headers });
	headers['content-encoding'] = 'gzip';
	return new Response(gzipSync(text, { level: 4 }), { headers });
}
