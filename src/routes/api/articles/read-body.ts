/**
 * Reads a JSON request body under our own size cap. adapter-node refuses bodies above its
 * BODY_SIZE_LIMIT (512 KB unless set); when it does and the raw Node request is still unread, the
 * body is read from that request instead, so the documented 2 MB text limit holds without setup.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { IncomingMessage } from 'node:http';

/** Largest request body accepted: room for 2 MB of text after JSON escaping. Larger is 413. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** The outcome of reading a JSON body. */
export type BodyOutcome =
	| { kind: 'json'; value: unknown }
	| { kind: 'invalid'; reason: string }
	| { kind: 'too_large'; reason: string };

function tooLarge(size: number | null, cap: number): BodyOutcome {
	const what = size === null ? 'request body' : `request body of ${size} bytes`;
	return { kind: 'too_large', reason: `${what} is over the limit of ${cap} bytes` };
}

class TooLarge extends Error {}

async function readStream(chunks: AsyncIterable<Uint8Array>, cap: number): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of chunks) {
		size += chunk.byteLength;
		if (size > cap) throw new TooLarge();
		parts.push(chunk);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.byteLength;
	}
	return out;
}

async function* webChunks(body: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
	const reader = body.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}

function statusOf(error: unknown): number | undefined {
	return error && typeof error === 'object' && 'status' in error
		? Number((error as { status: unknown }).status)
		: undefined;
}

function rawRequest(event: RequestEvent): IncomingMessage | null {
	const platform = (event as { platform?: { req?: IncomingMessage } }).platform;
	const req = platform?.req;
	// Only a request nobody has started reading can be read again.
	return req && !req.readableEnded && req.readableFlowing === null ? req : null;
}

/** Reads and parses the body as JSON, at most `cap` bytes, naming the problem when it fails. */
export async function readJsonBody(
	event: RequestEvent,
	cap: number = MAX_BODY_BYTES
): Promise<BodyOutcome> {
	const { request } = event;
	const declared = request.headers.get('content-length');
	const length = declared === null ? null : Number(declared);
	if (length !== null && Number.isFinite(length) && length > cap) return tooLarge(length, cap);
	let bytes: Uint8Array;
	try {
		bytes = request.body ? await readStream(webChunks(request.body), cap) : new Uint8Array();
	} catch (error) {
		if (error instanceof TooLarge) return tooLarge(length, cap);
		if (statusOf(error) !== 413)
			return { kind: 'invalid', reason: 'request body could not be read' };
		const req = rawRequest(event);
		if (!req) return tooLarge(length, cap);
		try {
			bytes = await readStream(req, cap);
		} catch (inner) {
			if (inner instanceof TooLarge) return tooLarge(length, cap);
			return { kind: 'invalid', reason: 'request body could not be read' };
		}
	}
	if (bytes.byteLength === 0)
		return { kind: 'invalid', reason: 'request body is empty; send JSON' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { kind: 'invalid', reason: 'request body is not UTF-8 text (binary data?)' };
	}
	try {
		return { kind: 'json', value: JSON.parse(text) };
	} catch (error) {
		return { kind: 'invalid', reason: `invalid JSON: ${(error as Error).message}` };
	}
}
