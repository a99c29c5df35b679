/**
 * Loads the claimant table (`geodata/claimants.tsv`, or `$CLAIMSMAP_GEODATA/claimants.tsv`) once
 * per process. A broken table is an error that names its lines, never a silent empty table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEntityTable, type EntityTable } from '../core/extract/entities';

/** The claimant table file used when none is passed. */
export function defaultEntityFile(): string {
	const base = process.env.CLAIMSMAP_GEODATA ?? resolve(process.cwd(), 'geodata');
	return resolve(base, 'claimants.tsv');
}

const cache = new Map<string, EntityTable>();

/** Reads and compiles the claimant table (synchronously; cached per file). */
export function loadEntityTable(file: string = defaultEntityFile()): EntityTable {
	const cached = cache.get(file);
	if (cached) return cached;
	const parsed = parseEntityTable(readFileSync(file, 'utf8'));
	if (parsed.kind === 'invalid')
		throw new Error(
			`${file}: ${parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`
		);
	cache.set(file, parsed.table);
	return parsed.table;
}
