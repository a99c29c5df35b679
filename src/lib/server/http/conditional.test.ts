import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	acceptsGzip,
	cachedJson,
	etagOf,
	notModified,
	streamedResponse,
	textStream
} from './conditional';

const request = (headers: Record<string, string> = {}) =>
	new Request('http://localhost/x', { headers });

describe('conditional responses', () => {
	it('names a new ETag for another revision or another query', () => {
		const a = etagOf('db-1', 'list', '?side=russia');
		expect(etagOf('db-1', 'list', '?side=russia')).toBe(a);
		expect(etagOf('db-2', 'list', '?side=russia')).not.toBe(a);
		expect(etagOf('db-1', 'list', '?side=ukraine')).not.toBe(a);
	});

	it('answers 304 only for a matching If-None-Match', () => {
		const tag = etagOf('db-1', 'x');
		expect(notModified(request({ 'if-none-match': tag }), tag)).toBe(true);
		expect(notModified(request({ 'if-none-match': `"other", W/${tag}` }), tag)).toBe(true);
		expect(notModified(request({ 'if-none-match': '"other"' }), tag)).toBe(false);
		expect(notModified(request(), tag)).toBe(false);
	});

	it('reads whether gzip is accepted, q=0 refusing it', () => {
		expect(acceptsGzip(request({ 'accept-encoding': 'gzip, deflate, br' }))).toBe(true);
		expect(acceptsGzip(request({ 'accept-encoding': 'br;q=1, gzip;q=0' }))).toBe(false);
		expect(acceptsGzip(request({ 'accept-encoding': 'identity' }))).toBe(false);
		expect(acceptsGzip(request())).toBe(false);
	});

	it('gzips a large JSON answer when accepted and not otherwise', async () => {
		const value = { rows: Array.from({ length: 200 }, (_, i) => `row ${i}`) };
		const zipped = cachedJson(request({ 'accept-encoding': 'gzip' }), '"t"', value);
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString())).toEqual(
			value
		);
		const plain = cachedJson(request(), '"t"', value);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.json()).toEqual(value);
	});

	it('pulls a stream’s chunks only as they are read', async () => {
		let made = 0;
		async function* chunks() {
			for (let i = 0; i < 100; i++) {
				made++;
				yield `chunk ${i}\n`;
			}
		}
		const reader = textStream(chunks()).getReader();
		await reader.read();
		await new Promise((r) => setTimeout(r, 10));
		expect(made).toBeLessThan(5);
		await reader.cancel();
	});

	it('pulls a gzip stream’s chunks only as the compressed bytes are read', async () => {
		let made = 0;
		async function* chunks() {
			for (let i = 0; i < 2000; i++) {
				made++;
				// Incompressible enough that each chunk yields output of its own.
				yield Array.from({ length: 2000 }, (_, j) =>
					((i * 7919 + j * 104729) % 65521).toString(36)
				).join(',');
			}
		}
		const response = streamedResponse(chunks(), { gzip: true, headers: {} });
		const reader = response.body!.getReader();
		await reader.read();
		await new Promise((r) => setTimeout(r, 50));
		// The compressor may read ahead by its buffers (tens of KB), never the whole source.
		expect(made).toBeLessThan(100);
		await reader.cancel();
	});

	it('streams a gzip body that inflates to the chunks', async () => {
		async function* chunks() {
			yield 'a,b\r\n';
			yield '1,2\r\n';
		}
		const response = streamedResponse(chunks(), { gzip: true, headers: { etag: '"e"' } });
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toBe('accept-encoding');
		const text = gunzipSync(Buffer.from(await response.arrayBuffer())).toString();
		expect(text).toBe('a,b\r\n1,2\r\n');
	});
});
