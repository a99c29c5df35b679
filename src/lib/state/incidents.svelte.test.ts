import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../core/synthetic/feature';
import { IncidentsState } from './incidents.svelte';

function createFeatures() {
	return [
		createClaimFeature({ id: 'r1', claimantSide: 'russia', claimant: 'an invented ministry' }),
		createClaimFeature({
			id: 'u1',
			claimantSide: 'ukraine',
			claimant: 'an invented staff',
			stance: 'denies'
		}),
		createClaimFeature({ id: 'u2', coordinates: [35, 47], gazetteerId: 'test:far' })
	];
}

describe('IncidentsState', () => {
	it('groups an imported file’s claims in the browser', async () => {
		const state = new IncidentsState({ load: async () => ({ ok: false, message: 'unused' }) });
		await state.load(false, createFeatures());
		expect(state.incidents.map((i) => [i.incidentId, i.status])).toEqual([
			['r1', 'contested'],
			['u2', 'single']
		]);
		expect(state.byFeature.get('u1')?.incidentId).toBe('r1');
	});

	it('builds the server’s incidents from its grouping and judgements', async () => {
		const state = new IncidentsState({
			load: async () => ({
				ok: true,
				value: {
					membership: { r1: 'r1', u1: 'r1', u2: 'u2' },
					judgements: [{ kind: 'split', featureId: 'u1', by: 'ana', at: '2024-01-01T00:00:00Z' }]
				}
			})
		});
		await state.load(true, createFeatures());
		expect(state.incidents.map((i) => i.featureIds)).toEqual([['r1'], ['u1'], ['u2']]);
		expect(state.error).toBeNull();
	});

	it('falls back to grouping in the browser when the server cannot answer, and says so', async () => {
		const state = new IncidentsState({ load: async () => ({ ok: false, message: 'HTTP 500' }) });
		await state.load(true, createFeatures());
		expect(state.incidents).toHaveLength(2);
		expect(state.error).toMatch(/HTTP 500/);
	});

	it('keeps only the claims of incidents the filter selects', async () => {
		const state = new IncidentsState({ load: async () => ({ ok: false, message: 'unused' }) });
		const features = createFeatures();
		await state.load(false, features);
		expect(state.keep(features)).toHaveLength(3);
		expect(state.fromParams(new URLSearchParams('status=contested'))).toEqual([]);
		expect(state.keep(features).map((f) => f.id)).toEqual(['r1', 'u1']);
		expect(state.withParams('?side=russia')).toBe('?side=russia&status=contested');
	});

	it('reports a bad status in the link and filters nothing', () => {
		const state = new IncidentsState();
		expect(state.fromParams(new URLSearchParams('status=maybe'))).toHaveLength(1);
		expect(state.active).toBe(false);
	});
});
