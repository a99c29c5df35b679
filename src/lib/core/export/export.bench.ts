import { bench, describe } from 'vitest';
import { CLAIMANT_SIDES } from '../contract';
import { createEmptyFilter, filterClaims } from '../filter/filters';
import { createSyntheticClaims } from '../synthetic/claims';
import { toExportCollection } from './collection';
import { toCsv } from './csv';

const features = createSyntheticClaims({ count: 100_000, seed: 1 });
const everything = { ...createEmptyFilter(), sides: [...CLAIMANT_SIDES] };
const meta = { generator: 'bench', gazetteer: 'synthetic' };

describe('export of 100,000 claims (target: filter + GeoJSON + CSV ≤ 1 s)', () => {
	bench(
		'filter + GeoJSON serialise + CSV',
		() => {
			const selected = filterClaims(features, everything);
			JSON.stringify(toExportCollection(selected, meta));
			toCsv(selected);
		},
		{ iterations: 5, time: 0 }
	);
	bench('filter only', () => void filterClaims(features, everything), { iterations: 5, time: 0 });
});
