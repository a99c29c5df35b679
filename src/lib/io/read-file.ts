/** Reads a user's file (opened or dropped) as JSON, with a readable message when it is not. */

/** The outcome of reading a file. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Largest file the import reads (a 100,000-claim export is about 100 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Reads and parses a `.geojson`/`.json` file. */
export async function readJsonFile(file: Blob & { name?: string }): Promise<ReadJsonResult> {
	const name = file.name ?? 'the file';
	if (file.size > MAX_IMPORT_BYTES) {
		return { ok: false, message: `${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
	}
	let text: string;
	try {
		text = await file.text();
	} catch (error) {
		return { ok: false, message: `${name} could not be read: ${(error as Error).message}` };
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, message: `${name} is not JSON: ${(error as Error).message}` };
	}
}
