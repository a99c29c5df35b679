import type { RequestEvent } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from './read-body';

function createEvent(request: Request, req?: Readable): RequestEvent {
	return { request, platform: req ? { req } : undefined } as unknown as RequestEvent;
}

function createPost(body: BodyInit | null, headers: Record<string, string> = {}): Request {
	return new Request('http://localhost/api/articles', {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body
	});
}

/** A request whose body stream fails as adapter-node's does above its BODY_SIZE_LIMIT. */
function createRefusedPost(length: number): Request {
	const body = new ReadableStream({
		start(controller) {
			controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
		}
	});
	return new Request('http://localhost/api/articles', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'content-length': String(length) },
		body,
		duplex: 'half'
	} as RequestInit);
}

describe('readJsonBody', () => {
	it('parses a JSON body', async () => {
		const out = await readJsonBody(createEvent(createPost('{"a":1}')));
		expect(out).toEqual({ kind: 'json', value: { a: 1 } });
	});

	it('refuses a declared length over the cap without reading', async () => {
		const out = await readJsonBody(createEvent(createPost('{}', { 'content-length': '999' })), 100);
		expect(out.kind).toBe('too_large');
	});

	it('refuses a body that grows over the cap', async () => {
		const out = await readJsonBody(
			createEvent(createPost(JSON.stringify({ t: 'x'.repeat(500) }))),
			100
		);
		expect(out).toMatchObject({
			kind: 'too_large',
			reason: expect.stringMatching(/limit of 100 bytes/)
		});
	});

	it.each([
		['', /empty/],
		['{"text": ', /invalid JSON/],
		[new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8/]
	])('names the problem with %j', async (body, message) => {
		const out = await readJsonBody(createEvent(createPost(body as BodyInit)));
		expect(out).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(message) });
	});

	it('reads the raw request when the adapter refused the body under our cap', async () => {
		const payload = JSON.stringify({ text: 'y'.repeat(300) });
		const raw = Readable.from([Buffer.from(payload)]);
		const out = await readJsonBody(createEvent(createRefusedPost(payload.length), raw), 10_000);
		expect(out).toEqual({ kind: 'json', value: { text: 'y'.repeat(300) } });
	});

	it('answers too large when the adapter refused and the raw request is not available', async () => {
		const out = await readJsonBody(createEvent(createRefusedPost(300)), 10_000);
		expect(out.kind).toBe('too_large');
	});
});
