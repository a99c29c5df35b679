import { describe, expect, it } from 'vitest';
import { createEmptyFilter } from '../filter/model';
import { createClaimFeature } from '../synthetic/feature';
import { groupClaims } from './group';
import { buildIncidents } from './incident';
import {
	incidentMarks,
	isIncidentMarkList,
	markIncidents,
	markShown,
	type IncidentMark
} from './marks';

const mark = (o: Partial<IncidentMark> = {}): IncidentMark => ({
	incidentId: 'a',
	point: [31.5, 49.5],
	status: 'contested',
	...o
});

describe('incidentMarks', () => {
	it('keeps contested and corroborated incidents with a place, as id, point and status', () => {
		const incidents = [
			{ ...mark({ incidentId: 'c' }), line: 'left out' },
			mark({ incidentId: 'k', status: 'corroborated' }),
			mark({ incidentId: 's', status: 'single' }),
			mark({ incidentId: 'n', point: null })
		];
		expect(incidentMarks(incidents)).toEqual([
			mark({ incidentId: 'c' }),
			mark({ incidentId: 'k', status: 'corroborated' })
		]);
	});
});

describe('markIncidents', () => {
	// Invented: Russia and Ukraine on one strike (corroborated), a Russian strike claim elsewhere
	// that Ukraine denies (contested), and a drone claim of Russia alone (single).
	const features = [
		createClaimFeature({ id: 'r1', claimantSide: 'russia', eventType: 'strike' }),
		createClaimFeature({ id: 'u1', claimantSide: 'ukraine', eventType: 'strike' }),
		createClaimFeature({
			id: 'r2',
			claimantSide: 'russia',
			eventType: 'strike',
			coordinates: [35, 47],
			gazetteerId: 'test:far'
		}),
		createClaimFeature({
			id: 'u2',
			claimantSide: 'ukraine',
			stance: 'denies',
			eventType: 'strike',
			coordinates: [35, 47],
			gazetteerId: 'test:far'
		})
	];
	const incidents = buildIncidents(features, groupClaims(features));
	const filter = createEmptyFilter();
	const statusOf = (marks: IncidentMark[]) => marks.map((m) => [m.status, m.claimSides]);

	it('gives each mark the sides of its claims, whatever sides the filter shows', () => {
		expect(
			statusOf(markIncidents(incidents, features, filter, { statuses: [], claimedBy: [] }))
		).toEqual([
			['corroborated', ['russia', 'ukraine']],
			['contested', ['russia', 'ukraine']]
		]);
	});

	it("counts only the claims the rest of the filter passes, and keeps the filter's sides", () => {
		const noStrikes = { ...filter, types: ['drone_downed' as const] };
		expect(markIncidents(incidents, features, noStrikes, { statuses: [], claimedBy: [] })).toEqual(
			[]
		);
		const other = { ...filter, sides: ['other' as const] };
		expect(markIncidents(incidents, features, other, { statuses: [], claimedBy: [] })).toEqual([]);
		const contested = markIncidents(incidents, features, filter, {
			statuses: ['contested'],
			claimedBy: []
		});
		expect(statusOf(contested)).toEqual([['contested', ['russia', 'ukraine']]]);
	});

	it('shows a mark when one of its sides is shown, or when every side is', () => {
		const russian = mark({ claimSides: ['russia'] });
		expect(markShown(russian, [])).toBe(true);
		expect(markShown(russian, ['russia', 'other'])).toBe(true);
		expect(markShown(russian, ['ukraine'])).toBe(false);
		expect(markShown(mark(), ['ukraine'])).toBe(true);
	});
});

describe('isIncidentMarkList', () => {
	it('accepts marks and rejects what is not one', () => {
		expect(isIncidentMarkList([mark(), mark({ status: 'corroborated' })])).toBe(true);
		expect(isIncidentMarkList({})).toBe(false);
		expect(isIncidentMarkList([mark({ status: 'single' })])).toBe(false);
		expect(isIncidentMarkList([mark({ point: null })])).toBe(false);
		expect(isIncidentMarkList([{ ...mark(), point: [31, 'x'] }])).toBe(false);
		expect(isIncidentMarkList([{ ...mark(), incidentId: 3 }])).toBe(false);
		expect(isIncidentMarkList([mark({ claimSides: ['russia', 'other'] })])).toBe(true);
		expect(isIncidentMarkList([{ ...mark(), claimSides: ['martians'] }])).toBe(false);
	});
});
