/**
 * Conditional and streamed responses for the claim API: an ETag made from the data's revision and
 * the request's own parameters (so `304 Not Modified` answers an unchanged question without
 * touching the store), gzip when the client accepts it, and bodies written chunk by chunk as the
 * client reads them (pull-driven, so a slow reader holds the export back instead of memory growing).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

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

/** A byte stream of text chunks, read from `chunks` only as the consumer asks for more. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = chunks[Symbol.asyncIterator]();
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const next = await iterator.next();
				if (next.done) controller.close();
				else controller.enqueue(encoder.encode(next.value));
			},
			async cancel() {
				await iterator.return?.();
			}
		},
		{ highWaterMark: 1 }
	);
}

/** A streamed 200 answer of `chunks`, gzip-encoded when `gzip`. */
export function streamedResponse(
	chunks: AsyncIterable<string>,
	options: { gzip: boolean; headers: Record<string, string> }
): Response {
	const body = textStream(chunks);
	const headers: Record<string, string> = { ...options.headers, vary: 'accept-encoding' };
	if (!options.gzip) return new Response(body, { headers });
	headers['content-encoding'] = 'gzip';
	// The DOM typings declare the compressor's input as any BufferSource; it takes these bytes.
	const gzipper = new CompressionStream('gzip') as unknown as ReadableWritablePair<
		Uint8Array,
		Uint8Array
	>;
	return new Response(body.pipeThrough(gzipper), { headers });
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
