import { describe, expect, it } from 'vitest';
import { createClaimFeature } from '../core/synthetic/feature';
import { groupClaims } from '../core/incidents/group';
import { buildIncidents } from '../core/incidents/incident';
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

	it('asks the server for a large store’s open claim’s incident and those near it', async () => {
		const features = createFeatures();
		const [incident, far] = buildIncidents(features, groupClaims(features));
		const asked: string[] = [];
		const state = new IncidentsState({
			load: async () => ({ ok: false, message: 'unused' }),
			loadOne: async (id) => ({ ok: true, value: id === 'u1' ? incident : null }),
			loadSelected: async (params) => {
				asked.push(params.toString());
				return { ok: true, value: [incident, far] };
			}
		});
		await state.loadOne('u1');
		expect(state.one?.incident?.incidentId).toBe('r1');
		expect(state.one?.near.map((i) => i.incidentId)).toEqual(['r1', 'u2']);
		// The window of days and the box around the incident's point (31.5, 49.5), about 60 km.
		const params = new URLSearchParams(asked[0]);
		expect([params.get('from'), params.get('to')]).toEqual(['2022-05-07', '2022-05-13']);
		const [west, south, east, north] = (params.get('bbox') ?? '').split(',').map(Number);
		expect(north - south).toBeCloseTo(1.08, 2);
		expect(west).toBeLessThan(31.5);
		expect(east).toBeGreaterThan(31.5);
		await state.loadOne('nowhere');
		expect(state.one).toEqual({ featureId: 'nowhere', incident: null, near: [] });
	});
});

describe('IncidentsState judging an imported file in the page', () => {
	const unused = async () => ({ ok: false as const, message: 'unused' });
	const AT = '2024-03-01T10:00:00.000Z';

	it('merges, splits and verifies as the server would, and counts the judgements', async () => {
		const state = new IncidentsState({ load: unused });
		await state.load(false, createFeatures());
		expect(
			state.judgeInPage({ kind: 'merge', featureId: 'u2', otherFeatureId: 'r1' }, null, AT)
		).toEqual({ ok: true });
		expect(state.incidents.map((i) => i.featureIds)).toEqual([['r1', 'u1', 'u2']]);
		const verify = {
			kind: 'verify',
			featureId: 'u1',
			note: ' Invented photos ',
			link: null
		} as const;
		expect(state.judgeInPage(verify, 'ana', AT)).toEqual({ ok: true });
		expect(state.byFeature.get('r1')?.verified).toEqual({
			note: 'Invented photos',
			link: null,
			by: 'ana',
			at: AT
		});
		state.judgeInPage({ kind: 'split', featureId: 'u2' }, null, AT);
		expect(state.incidents.map((i) => i.featureIds)).toEqual([['r1', 'u1'], ['u2']]);
		expect(state.pageJudgements).toBe(3);
	});

	it('refuses what the server would refuse, and keeps nothing of it', async () => {
		const state = new IncidentsState({ load: unused });
		await state.load(false, createFeatures());
		const badLink = { kind: 'verify', featureId: 'r1', note: 'n', link: 'javascript:alert(1)' };
		expect(state.judgeInPage(badLink as never, null, AT)).toEqual({
			ok: false,
			message: 'link must be an http(s) URL or null'
		});
		expect(state.judgeInPage({ kind: 'split', featureId: 'nowhere' }, null, AT)).toEqual({
			ok: false,
			message: "no claim feature with id 'nowhere'"
		});
		expect(state.pageJudgements).toBe(0);
		expect(state.incidents).toHaveLength(2);
	});

	it('keeps the judgements while the same file is shown, and drops them when it is closed', async () => {
		const state = new IncidentsState({
			load: async () => ({ ok: true, value: { membership: {}, judgements: [] } })
		});
		const features = createFeatures();
		await state.load(false, features);
		state.judgeInPage({ kind: 'split', featureId: 'u1' }, null, AT);
		await state.load(false, features);
		expect(state.byFeature.get('u1')?.featureIds).toEqual(['u1']);
		// Another file (even with the same claims) starts without them...
		await state.load(false, createFeatures());
		expect(state.byFeature.get('u1')?.featureIds).toEqual(['r1', 'u1']);
		expect(state.pageJudgements).toBe(0);
		state.judgeInPage({ kind: 'split', featureId: 'u1' }, null, AT);
		// ...and so do the server's claims, which are never judged in the page.
		await state.load(true, features);
		expect(state.pageJudgements).toBe(0);
		expect(state.judgeInPage({ kind: 'split', featureId: 'u1' }, null, AT)).toEqual({
			ok: false,
			message: 'No imported file is shown.'
		});
	});

	it('forgets the judgements when the file is closed for a large store’s tiles', async () => {
		const state = new IncidentsState({ load: unused });
		const features = createFeatures();
		await state.load(false, features);
		state.judgeInPage({ kind: 'split', featureId: 'u1' }, null, AT);
		state.closeFile();
		expect(state.pageJudgements).toBe(0);
		// The same collection shown again starts afresh.
		await state.load(false, features);
		expect(state.byFeature.get('u1')?.featureIds).toEqual(['r1', 'u1']);
	});
});

describe('IncidentsState marks', () => {
	it('asks the marks with the incident filter, and keeps the answer to the last question', async () => {
		const asked: string[] = [];
		const answers: ((v: { ok: true; value: [] }) => void)[] = [];
		const state = new IncidentsState({
			load: async () => ({ ok: false, message: 'unused' }),
			loadMarks: (query) => {
				asked.push(query);
				return new Promise((done) => answers.push(done));
			}
		});
		state.filter = { statuses: ['contested'], claimedBy: [] };
		const first = state.loadMarks('side=russia');
		const second = state.loadMarks('side=ukraine');
		expect(asked).toEqual(['?side=russia&status=contested', '?side=ukraine&status=contested']);
		const mark = { incidentId: 'u1', point: [31, 49] as [number, number], status: 'contested' };
		answers[1]({ ok: true, value: [mark] as unknown as [] });
		await second;
		// The earlier question answers late: its marks are not shown.
		answers[0]({ ok: true, value: [] });
		await first;
		expect(state.marks).toEqual([mark]);
	});
});
