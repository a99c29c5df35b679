/**
 * The extraction worker thread: loads the gazetteer once, then extracts one article per message,
 * so a long article never holds up the server's event loop. Bundled by the build into
 * `<build>/extract-worker.js` (scripts/build-freshness.js); see extractor.ts for the other side.
 */
import { parentPort } from 'node:worker_threads';
import { extractClaims, type Extraction } from '../../core/extract/pipeline';
import { loadEntityTable } from '../entities';
import { loadDefaultGeocoder } from '../gazetteer';
import type { ExtractRequest, ExtractReply } from './extractor';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs only as a worker thread');
const geocoder = loadDefaultGeocoder();
const entities = loadEntityTable();

port.on('message', (request: ExtractRequest) => {
	let reply: ExtractReply;
	try {
		const extraction: Extraction = extractClaims(request.input, geocoder, {
			...request.options,
			entities
		});
		reply = { id: request.id, kind: 'done', extraction };
	} catch (error) {
		reply = { id: request.id, kind: 'failed', message: (error as Error).message };
	}
	port.postMessage(reply);
});
