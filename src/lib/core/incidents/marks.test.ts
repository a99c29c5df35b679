import { describe, expect, it } from 'vitest';
import { incidentMarks, isIncidentMarkList, type IncidentMark } from './marks';

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

describe('isIncidentMarkList', () => {
	it('accepts marks and rejects what is not one', () => {
		expect(isIncidentMarkList([mark(), mark({ status: 'corroborated' })])).toBe(true);
		expect(isIncidentMarkList({})).toBe(false);
		expect(isIncidentMarkList([mark({ status: 'single' })])).toBe(false);
		expect(isIncidentMarkList([mark({ point: null })])).toBe(false);
		expect(isIncidentMarkList([{ ...mark(), point: [31, 'x'] }])).toBe(false);
		expect(isIncidentMarkList([{ ...mark(), incidentId: 3 }])).toBe(false);
	});
});
