/**
 * Import of a `.geojson` file the user opens or drops: read, validate against the contract, and keep
 * every valid feature even when others are rejected, with the problems listed per feature. Any
 * other FeatureCollection is handed back as `foreign`, for the user to map its properties.
 */
import type { ClaimCollection } from '../core/contract';
import { toExportCollection } from '../core/export/collection';
import {
	guessMapping,
	isClaimsCollection,
	propertyNames,
	type ForeignMapping
} from '../core/geojson/foreign';
import { validateClaimCollection, type ValidationProblem } from '../core/geojson/validate';
import { readJsonFile } from './read-file';

/** What came of an import. */
export type ImportOutcome =
	| {
			kind: 'imported';
			name: string;
			collection: ClaimCollection;
			/** Features that were rejected, by index, with why. */
			problems: ValidationProblem[];
			warnings: ValidationProblem[];
			rejected: number;
	  }
	| { kind: 'failed'; name: string; message: string; problems: ValidationProblem[] }
	| {
			/** Not ClaimsMap's format: the user maps its properties (see `mapForeign`). */
			kind: 'foreign';
			name: string;
			json: unknown;
			names: string[];
			guess: ForeignMapping;
	  };

/** Reads and validates a claims file. */
export async function importClaimsFile(file: Blob & { name?: string }): Promise<ImportOutcome> {
	const name = file.name ?? 'file';
	const read = await readJsonFile(file);
	if (!read.ok) return { kind: 'failed', name, message: read.message, problems: [] };
	const candidate = read.value as { type?: unknown; features?: unknown };
	if (
		candidate?.type === 'FeatureCollection' &&
		Array.isArray(candidate.features) &&
		!isClaimsCollection(read.value)
	) {
		const names = propertyNames(read.value);
		return { kind: 'foreign', name, json: read.value, names, guess: guessMapping(names) };
	}
	const result = validateClaimCollection(read.value);
	if (result.ok) {
		return {
			kind: 'imported',
			name,
			collection: result.collection,
			problems: [],
			warnings: result.warnings,
			rejected: 0
		};
	}
	if (result.validFeatures.length === 0) {
		return {
			kind: 'failed',
			name,
			message: `${name} holds no valid claim feature.`,
			problems: result.errors
		};
	}
	const value = read.value as { claimsmap?: { generator?: unknown; gazetteer?: unknown } };
	const meta = {
		generator:
			typeof value.claimsmap?.generator === 'string'
				? value.claimsmap.generator
				: `import of ${name}`,
		gazetteer:
			typeof value.claimsmap?.gazetteer === 'string' ? value.claimsmap.gazetteer : 'unknown'
	};
	const rejectedIndexes = new Set(
		result.errors.filter((e) => e.featureIndex !== null).map((e) => e.featureIndex)
	);
	return {
		kind: 'imported',
		name,
		collection: toExportCollection(result.validFeatures, meta),
		problems: result.errors,
		warnings: result.warnings,
		rejected: rejectedIndexes.size
	};
}
