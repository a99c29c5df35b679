/**
 * `extract FILE|- [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD]`: prints the claims
 * FeatureCollection of one article on stdout. Warnings and errors go to stderr.
 */
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../lib/core/extract/pipeline';
import { loadEntityTable } from '../../lib/server/entities';
import { loadDefaultGeocoder } from '../../lib/server/gazetteer';
import { MAX_TEXT_BYTES } from '../../lib/server/ingest';
import type { Command } from '../command';

const FLAGS = ['title', 'publisher', 'url', 'published'] as const;
type Flag = (typeof FLAGS)[number];

/** Parsed arguments of `extract`, or the problem with them. */
export type ExtractArgs =
	| { kind: 'ok'; file: string; meta: Partial<Record<Flag, string>> }
	| { kind: 'error'; message: string };

/** Parses `FILE|- [--flag value | --flag=value]...`. */
export function parseExtractArgs(args: string[]): ExtractArgs {
	const meta: Partial<Record<Flag, string>> = {};
	let file: string | null = null;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg.startsWith('--')) {
			const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
			if (!(FLAGS as readonly string[]).includes(name))
				return { kind: 'error', message: `unknown option --${name}` };
			const value = inline ?? args[++i];
			if (value === undefined) return { kind: 'error', message: `--${name} needs a value` };
			meta[name as Flag] = value;
		} else if (file === null) file = arg;
		else return { kind: 'error', message: `unexpected argument '${arg}' (one FILE only)` };
	}
	if (file === null) return { kind: 'error', message: 'missing FILE (a path, or - for stdin)' };
	return { kind: 'ok', file, meta };
}

function readInput(file: string): string {
	const bytes = readFileSync(file === '-' ? 0 : file);
	return new TextDecoder('utf-8').decode(bytes);
}

/** The `extract` command. */
export const extractCommand: Command = {
	name: 'extract',
	summary:
		'extract FILE|- [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD]: claims GeoJSON of one article',
	async run(args) {
		const parsed = parseExtractArgs(args);
		if (parsed.kind === 'error') {
			process.stderr.write(`claimsmap extract: ${parsed.message}\n`);
			return 2;
		}
		let text: string;
		try {
			text = readInput(parsed.file);
		} catch (error) {
			const reason =
				error instanceof Error && 'code' in error && error.code === 'ENOENT'
					? 'no such file'
					: String(error);
			process.stderr.write(`claimsmap extract: cannot read '${parsed.file}': ${reason}\n`);
			return 1;
		}
		const bytes = new TextEncoder().encode(text).length;
		if (bytes > MAX_TEXT_BYTES) {
			process.stderr.write(
				`claimsmap extract: ${parsed.file}: text is ${bytes} bytes, over the limit of ${MAX_TEXT_BYTES} bytes (2 MB) the server also keeps\n`
			);
			return 1;
		}
		const result = extractClaims(
			{
				text,
				title: parsed.meta.title ?? null,
				publisher: parsed.meta.publisher ?? null,
				url: parsed.meta.url ?? null,
				published: parsed.meta.published ?? null
			},
			loadDefaultGeocoder(),
			// The server's limit, so every article it stored can be extracted here again.
			{ maxChars: MAX_TEXT_BYTES, entities: loadEntityTable() }
		);
		if (result.kind === 'rejected') {
			process.stderr.write(`claimsmap extract: ${parsed.file}: ${result.reason}\n`);
			return 1;
		}
		for (const warning of result.warnings)
			process.stderr.write(`claimsmap extract: warning: ${warning}\n`);
		process.stdout.write(`${JSON.stringify(result.collection, null, 2)}\n`);
		return 0;
	}
};
