import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../contract';
import { createTestGeocoder } from '../extract/fixtures';
import { extractClaims } from '../extract/pipeline';
import { groupClaims } from './group';
import { buildIncidents, type Incident } from './incident';

const geocoder = createTestGeocoder([
	{ name: 'Zorivka', lat: 48.1, lon: 37.2 },
	{ name: 'Lisne', lat: 48.4, lon: 37.6 },
	{ name: 'Brodovo', lat: 47.7, lon: 36.8 }
]);

/** An invented report: its text, publisher and date. */
interface Report {
	text: string;
	published: string;
	publisher?: string;
}

function claimsOf(report: Report): ClaimFeature[] {
	const e = extractClaims(
		{ text: report.text, published: report.published, title: null, publisher: report.publisher },
		geocoder
	);
	if (e.kind !== 'extracted') throw new Error(e.reason);
	return e.collection.features;
}

function incidentsOf(...reports: Report[]): Incident[] {
	const features = reports.flatMap(claimsOf);
	return buildIncidents(features, groupClaims(features));
}

describe('incidents of invented reports', () => {
	it('calls an event asserted by both sides corroborated', () => {
		const incidents = incidentsOf(
			{
				text: 'The Russian Defence Ministry said its forces struck a fuel depot in Zorivka on Monday.',
				published: '2024-03-12',
				publisher: 'Invented Agency'
			},
			{
				text: 'The Ukrainian General Staff said Russian missiles hit a fuel depot in Zorivka on Monday.',
				published: '2024-03-12',
				publisher: 'Invented Wire'
			}
		);
		expect(incidents).toHaveLength(1);
		expect(incidents[0].status).toBe('corroborated');
		expect(incidents[0].sides).toEqual(['russia', 'ukraine']);
		expect(incidents[0].statusReason).toBe('asserted by Russia and Ukraine');
	});

	it('calls an event that one side denies contested, with the denial as the reason', () => {
		const incidents = incidentsOf(
			{
				text: 'The Ukrainian General Staff said Russian aircraft bombed a school in Lisne on Tuesday.',
				published: '2024-03-13'
			},
			{
				text: 'The Russian Defence Ministry denied that its aircraft bombed a school in Lisne.',
				published: '2024-03-13'
			}
		);
		expect(incidents).toHaveLength(1);
		expect(incidents[0].status).toBe('contested');
		expect(incidents[0].statusRule).toBe('denied');
		expect(incidents[0].statusReason).toContain('denied by Russia');
		expect(incidents[0].deniedBy).toEqual(['russia']);
		expect(incidents[0].line).toMatch(/^claimed by Ukraine .* · denied by Russia/);
	});

	it('keeps two strikes a day apart on one town as two incidents', () => {
		const incidents = incidentsOf(
			{
				text: 'The governor said Russian artillery shelled Brodovo on Monday, wounding two people.',
				published: '2024-03-12'
			},
			{
				text: 'The governor said Russian artillery shelled Brodovo again on Tuesday.',
				published: '2024-03-13'
			}
		);
		expect(incidents.map((i) => i.dateFrom)).toEqual(['2024-03-11', '2024-03-12']);
	});

	it('keeps one sentence with two places as two incidents', () => {
		const incidents = incidentsOf({
			text: 'The General Staff said Russian drones struck Zorivka and Lisne overnight, killing three people.',
			published: '2024-03-12'
		});
		expect(incidents.map((i) => i.placeName)).toEqual(['Zorivka', 'Lisne']);
		// The strike and its casualties at one place are one incident.
		expect(incidents.map((i) => i.eventTypes)).toEqual([
			['strike', 'casualties'],
			['strike', 'casualties']
		]);
	});

	it('calls a capture that the other side says it held contested', () => {
		const incidents = incidentsOf(
			{
				text: 'The Russian Defence Ministry said its troops captured Lisne.',
				published: '2024-03-14'
			},
			{
				text: 'The Ukrainian General Staff said its forces repelled an assault on Lisne.',
				published: '2024-03-14'
			}
		);
		expect(incidents).toHaveLength(1);
		expect(incidents[0].status).toBe('contested');
		expect(incidents[0].statusRule).toBe('captured-vs-held');
	});

	it('calls an event that only one claimant reports single', () => {
		const incidents = incidentsOf({
			text: 'The Ukrainian General Staff said its air defence shot down 14 drones over Zorivka.',
			published: '2024-03-14'
		});
		expect(incidents).toHaveLength(1);
		expect(incidents[0].status).toBe('single');
		expect(incidents[0].quantityLine).toBe('Ukraine: 14 drones downed');
	});
});
