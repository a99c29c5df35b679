/**
 * The incident part of the store suite, written once against the `ClaimStore` interface and run for
 * every backend (sqlite.test.ts, postgres.test.ts): grouping on ingest, across two stores on one
 * database, after corrections and re-extraction, and analysts' judgements.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../../core/contract';
import { buildClaimCollection } from '../../core/geojson/build';
import { groupClaims } from '../../core/incidents/group';
import { buildIncidents, incidentsOfGrouping } from '../../core/incidents/incident';
import { markFeature } from '../../core/incidents/mark-features';
import { markIncidents } from '../../core/incidents/marks';
import { createEmptyFilter, type ClaimFilter } from '../../core/filter/model';
import {
	currentMarks,
	markableOfStored,
	markReadsOf,
	markStoreOf,
	marksOf,
	readMarkable
} from '../incident-marks';
import { createRandom } from '../../core/synthetic/random';
import { createClaimFeature, type ClaimFeatureOverrides } from '../../core/synthetic/feature';
import { SUITE_NOW, type StoreHarness } from './store-suite';
import type { NewArticle, SharedIncident } from './types';

/** An invented article with one claim feature per override, ids derived from the article. */
export function createIncidentArticle(n: number, claims: ClaimFeatureOverrides[]): NewArticle {
	const articleId = `art-${n}`;
	const features: ClaimFeature[] = claims.map((o, i) =>
		createClaimFeature({
			id: `${articleId}-f${i}`,
			claimId: `${articleId}-c${i}`,
			articleId,
			quoteStart: i * 100,
			...o
		})
	);
	return {
		articleId,
		title: `Invented report ${n}`,
		publisher: 'Invented Wire',
		url: null,
		published: '2022-05-11',
		text: `Invented report text number ${n}.`,
		claims: buildClaimCollection(features, { generator: 'test', gazetteer: 'test' })
	};
}

const RUSSIAN = { claimantSide: 'russia' as const, claimant: 'an invented ministry' };
const UKRAINIAN = { claimantSide: 'ukraine' as const, claimant: 'an invented general staff' };
const ELSEWHERE = { coordinates: [35, 47] as [number, number], gazetteerId: 'test:far' };
/** A control claim at the far place, and an assessor's claimant, for the marks' suites. */
const CONTROL = { eventType: 'territorial_control' as const, ...ELSEWHERE };
const ASSESSOR = {
	claimantSide: 'other' as const,
	claimant: 'an invented institute',
	attribution: {
		claimant: 'an invented institute',
		side: 'other' as const,
		kind: 'assessor' as const,
		basis: 'knowledge' as const
	}
};

/** An incident filter that selects every incident. */
const NO_INCIDENT_FILTER = { statuses: [], claimedBy: [] };

/** Runs the incident suite against one backend. */
export function describeIncidentStore(backend: string, createHarness: () => Promise<StoreHarness>) {
	describe(`incidents in the store on ${backend}`, () => {
		let harness: StoreHarness;

		beforeEach(async () => {
			harness = await createHarness();
		});

		afterEach(async () => {
			await harness.dispose();
		});

		const createStore = (options: { groupIncidents?: boolean } = {}) =>
			harness.open({ now: () => SUITE_NOW, ...options });

		it('groups a new article’s claims with the stored claims of the same event', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...RUSSIAN, ...ELSEWHERE }]));
			await store.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			const incidents = await store.incidents();
			expect(incidents.map((i) => [i.featureIds, i.status])).toEqual([
				[['art-1-f0', 'art-2-f0'], 'corroborated'],
				[['art-1-f1'], 'single']
			]);
			await store.close();
		});

		it('groups incrementally as a rebuild from scratch does', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...RUSSIAN, ...ELSEWHERE }]));
			await store.addArticle(createIncidentArticle(2, [UKRAINIAN, { ...UKRAINIAN, ...ELSEWHERE }]));
			await store.addArticle(createIncidentArticle(3, [{ ...UKRAINIAN, eventType: 'casualties' }]));
			const incremental = (await store.incidents()).map((i) => i.featureIds);
			expect(await store.rebuildIncidents()).toBe(2);
			expect((await store.incidents()).map((i) => i.featureIds)).toEqual(incremental);
			const all = (await store.allClaims()).features;
			expect(new Set(groupClaims(all).values()).size).toBe(2);
			await store.close();
		});

		it('groups a seeded stream of articles as the in-memory index does', async () => {
			const store = await createStore();
			const random = createRandom(7);
			const sides = ['russia', 'ukraine', 'other'] as const;
			const types = ['strike', 'casualties', 'drone_downed', 'territorial_control'] as const;
			for (let n = 0; n < 60; n++) {
				const claims: ClaimFeatureOverrides[] = [];
				for (let i = 0; i < 1 + Math.floor(random() * 3); i++) {
					const place = Math.floor(random() * 6);
					claims.push({
						claimantSide: sides[Math.floor(random() * 3)],
						claimant: `source ${Math.floor(random() * 4)}`,
						eventType: types[Math.floor(random() * 4)],
						// Six places 0.1° apart (neighbours within reach of a wide circle).
						coordinates: [31.5 + place * 0.1, 49.5],
						gazetteerId: `test:${place}`,
						uncertaintyKm: random() < 0.3 ? 10 : 2,
						eventDate: `2022-05-${String(10 + Math.floor(random() * 4)).padStart(2, '0')}`,
						datePrecision: random() < 0.5 ? 'day' : 'reported'
					});
				}
				await store.addArticle(createIncidentArticle(n, claims));
			}
			const all = (await store.allClaims()).features;
			const stored = (await store.incidents()).map((i) => i.featureIds);
			const inMemory = buildIncidents(all, groupClaims(all)).map((i) => i.featureIds);
			expect(stored).toEqual(inMemory);
			expect(stored.length).toBeLessThan(all.length);
			expect(stored.length).toBeGreaterThan(10);
			await store.close();
		});

		it('groups with what another process stored, added or removed', async () => {
			const server = await createStore();
			const cli = await createStore();
			await server.addArticle(createIncidentArticle(1, [RUSSIAN]));
			await cli.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			// Another place, stored by the other process only: the first must see it to join it.
			await cli.addArticle(createIncidentArticle(5, [{ ...UKRAINIAN, ...ELSEWHERE }]));
			await server.addArticle(createIncidentArticle(6, [{ ...RUSSIAN, ...ELSEWHERE }]));
			await server.addArticle(
				createIncidentArticle(3, [{ ...UKRAINIAN, eventType: 'casualties' }])
			);
			expect((await server.incidents()).map((i) => i.featureIds)).toEqual([
				['art-1-f0', 'art-2-f0', 'art-3-f0'],
				['art-5-f0', 'art-6-f0']
			]);
			// The other process removes the founding article: the first process reads the grouping anew.
			await cli.deleteArticle('art-1');
			await server.addArticle(
				createIncidentArticle(4, [{ ...RUSSIAN, claimant: 'an invented spokesman' }])
			);
			const all = (await server.allClaims()).features;
			expect((await server.incidents()).map((i) => i.featureIds)).toEqual([
				['art-2-f0', 'art-3-f0', 'art-4-f0'],
				['art-5-f0', 'art-6-f0']
			]);
			expect(new Set(groupClaims(all).values()).size).toBe(2);
			await cli.close();
			await server.close();
		});

		it('keeps judgements across re-extraction', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN]));
			await store.addArticle(createIncidentArticle(2, [{ ...UKRAINIAN, ...ELSEWHERE }]));
			const made = { by: 'ana', at: '2024-06-01T00:00:00.000Z' };
			const merged = await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-1-f0',
				otherFeatureId: 'art-2-f0',
				...made
			});
			expect(merged.kind === 'judged' && merged.incident.featureIds).toEqual([
				'art-1-f0',
				'art-2-f0'
			]);
			await store.judgeIncident({
				kind: 'verify',
				featureId: 'art-2-f0',
				note: 'Invented photos match',
				link: 'https://example.org/photos',
				...made
			});
			// Re-extraction gives the same feature ids: the judgements still hold.
			await store.replaceClaims(
				'art-2',
				createIncidentArticle(2, [{ ...UKRAINIAN, ...ELSEWHERE }]).claims
			);
			await store.rebuildIncidents();
			const [incident] = await store.incidents();
			expect(incident.featureIds).toEqual(['art-1-f0', 'art-2-f0']);
			expect(incident.verified?.note).toBe('Invented photos match');
			await store.close();
		});

		it('moves a claim to the incident of the place a correction gives it, and back on undo', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN]));
			await store.addArticle(createIncidentArticle(2, [{ ...UKRAINIAN, ...ELSEWHERE }]));
			await store.addArticle(
				createIncidentArticle(3, [{ ...UKRAINIAN, claimant: 'an invented mayor' }])
			);
			const groups = async () => (await store.incidents()).map((i) => i.featureIds);
			expect(await groups()).toEqual([['art-1-f0', 'art-3-f0'], ['art-2-f0']]);
			// The founding claim is moved away: the claim left behind keeps an incident of its own id.
			await store.correctClaim('art-1-f0', {
				kind: 'place',
				place: { placeName: 'Farville', gazetteerId: 'test:far', admin1: null, lon: 35, lat: 47 }
			});
			expect(await groups()).toEqual([['art-1-f0', 'art-2-f0'], ['art-3-f0']]);
			expect((await store.incidents()).map((i) => i.incidentId)).toEqual(['art-2-f0', 'art-3-f0']);
			await store.undoCorrection('art-1-f0');
			expect(await groups()).toEqual([['art-1-f0', 'art-3-f0'], ['art-2-f0']]);
			await store.close();
		});

		it('sends the shared part of the grouping: shared incidents and features in another’s', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...RUSSIAN, ...ELSEWHERE }]));
			await store.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			await store.addArticle(
				createIncidentArticle(3, [{ ...UKRAINIAN, ...ELSEWHERE, claimant: 'an invented mayor' }])
			);
			// The founder of art-1-f1's incident goes: art-3-f0 is left alone in an incident of its id.
			await store.deleteArticle('art-1');
			await store.addArticle(
				createIncidentArticle(4, [{ ...UKRAINIAN, claimant: 'an invented mayor' }])
			);
			// A claim alone, far from every other: an incident of its own id, left out.
			await store.addArticle(
				createIncidentArticle(5, [
					{ ...RUSSIAN, coordinates: [24, 50] as [number, number], gazetteerId: 'test:west' }
				])
			);
			const { membership } = await store.incidentGrouping();
			expect(membership['art-5-f0']).toBe('art-5-f0');
			const sizes = new Map<string, number>();
			for (const i of Object.values(membership)) sizes.set(i, (sizes.get(i) ?? 0) + 1);
			const wanted = Object.fromEntries(
				Object.entries(membership).filter(([f, i]) => i !== f || (sizes.get(i) ?? 0) > 1)
			);
			expect(Object.keys(wanted).length).toBeGreaterThan(0);
			expect(Object.keys(wanted).length).toBeLessThan(Object.keys(membership).length);
			expect((await store.sharedGrouping()).membership).toEqual(wanted);
			// A page at a time, each incident once with its members in the order grouped.
			const pages: SharedIncident[] = [];
			for (let after = ''; ;) {
				const page = await store.sharedIncidents(after, 1);
				if (page.length === 0) break;
				expect(page.length).toBe(1);
				pages.push(...page);
				after = page[0].incidentId;
			}
			const incidentIds = pages.map((p) => p.incidentId);
			expect(new Set(incidentIds).size).toBe(incidentIds.length);
			expect([...incidentIds].sort()).toEqual([...new Set(Object.values(wanted))].sort());
			for (const { incidentId, featureIds } of pages)
				expect(featureIds).toEqual(
					Object.keys(wanted).filter((feature) => wanted[feature] === incidentId)
				);
			expect(await store.sharedIncidents(incidentIds[0], 5)).toEqual(pages.slice(1, 6));
			await store.close();
		});

		it('answers the judgements alone as the grouping has them', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...RUSSIAN, ...ELSEWHERE }]));
			expect(await store.incidentJudgements()).toEqual([]);
			await store.judgeIncident({ kind: 'split', featureId: 'art-1-f0', by: 'ana', at: SUITE_NOW });
			await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-1-f0',
				otherFeatureId: 'art-1-f1',
				by: null,
				at: SUITE_NOW
			});
			const judgements = await store.incidentJudgements();
			expect(judgements.map((j) => j.kind)).toEqual(['split', 'merge']);
			expect(judgements).toEqual((await store.incidentGrouping()).judgements);
			await store.close();
		});

		it('reads served features by id in stored order, and the denials among them', async () => {
			const store = await createStore();
			await store.addArticle(
				createIncidentArticle(1, [RUSSIAN, { ...UKRAINIAN, stance: 'denies' }, ELSEWHERE])
			);
			await store.addArticle(createIncidentArticle(2, [{ ...RUSSIAN, stance: 'denies' }]));
			await store.addArticle(createIncidentArticle(3, [{ ...UKRAINIAN, stance: 'denies' }]));
			await store.correctClaim('art-3-f0', { kind: 'reject' });
			await store.correctClaim('art-1-f0', { kind: 'claimantSide', claimantSide: 'other' });
			const served = (await store.allClaims()).features;
			// Asked out of order, with an unknown and a rejected id: served ones, in stored order.
			const read = await store.servedFeaturesOf(['art-2-f0', 'nowhere', 'art-3-f0', 'art-1-f0']);
			expect(read.map((r) => r.feature)).toEqual(
				served.filter((f) => ['art-1-f0', 'art-2-f0'].includes(String(f.id)))
			);
			expect(read[0].order).toBeLessThan(read[1].order);
			expect(read[0].feature.properties.claimantSide).toBe('other');
			expect(await store.servedFeaturesOf([])).toEqual([]);
			// A rejected denial is not served.
			expect(await store.deniedFeatureIds()).toEqual(['art-1-f1', 'art-2-f0']);
			await store.close();
		});

		it('gives the marks of every incident built from whole claims, judgements applied', async () => {
			const store = await createStore();
			await store.addArticle(
				createIncidentArticle(1, [
					RUSSIAN,
					{ ...CONTROL, ...RUSSIAN, summary: 'Invented troops captured the village.' },
					{ ...RUSSIAN, coordinates: [24, 50] as [number, number], gazetteerId: 'test:west' },
					{ ...UKRAINIAN, coordinates: [26, 51] as [number, number], gazetteerId: 'test:north' }
				])
			);
			await store.addArticle(
				createIncidentArticle(2, [
					{ ...UKRAINIAN, precision: 'region', uncertaintyKm: 80 },
					{ ...CONTROL, ...UKRAINIAN, summary: 'an attack', quote: 'It was repelled.' },
					{ ...RUSSIAN, ...ASSESSOR, coordinates: [24, 50] as [number, number] },
					{ ...UKRAINIAN, stance: 'denies', coordinates: [22, 52] as [number, number] }
				])
			);
			await store.addArticle(createIncidentArticle(3, [{ ...UKRAINIAN, eventDate: null }]));
			await store.correctClaim('art-2-f0', { kind: 'claimantSide', claimantSide: 'unattributed' });
			await store.correctClaim('art-3-f0', { kind: 'reject' });
			await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-1-f3',
				otherFeatureId: 'art-2-f3',
				by: null,
				at: '2024-06-01T00:00:00.000Z'
			});
			const markable = await readMarkable(markReadsOf(store));
			const incidents = await store.incidents();
			const features = (await store.allClaims()).features;
			const none = { statuses: [], claimedBy: [] };
			const filters: ClaimFilter[] = [
				createEmptyFilter(),
				{ ...createEmptyFilter(), sides: ['russia'] },
				{ ...createEmptyFilter(), precisions: ['settlement'], minConfidence: 0.5 },
				{ ...createEmptyFilter(), types: ['territorial_control'] },
				{ ...createEmptyFilter(), from: '2022-05-10', to: '2022-05-10', bbox: [20, 45, 30, 55] }
			];
			for (const filter of filters)
				expect(marksOf(markable, filter, none)).toEqual(
					markIncidents(incidents, features, filter, none)
				);
			expect(marksOf(markable, createEmptyFilter(), none).length).toBeGreaterThan(2);
			await store.close();
		});

		it('keeps each incident’s mark as the grouping changes, as the whole store reads it', async () => {
			const store = await createStore();
			const FAR = {
				placeName: 'Farville',
				gazetteerId: 'test:far',
				admin1: null,
				lon: 35,
				lat: 47
			};
			const filters: ClaimFilter[] = [
				createEmptyFilter(),
				{ ...createEmptyFilter(), sides: ['russia'] },
				{ ...createEmptyFilter(), types: ['territorial_control'], minConfidence: 0.5 }
			];
			const none = { statuses: [], claimedBy: [] };
			// The marks' answer from the stored marks, byte for byte that of the whole store's read.
			const agree = async (step: string) => {
				const stored = await store.storedMarks();
				expect(stored.kind, step).toBe('fresh');
				if (stored.kind !== 'fresh') return;
				const whole = await readMarkable(markReadsOf(store));
				for (const filter of filters)
					expect(JSON.stringify(marksOf(markableOfStored(stored.marks), filter, none)), step).toBe(
						JSON.stringify(marksOf(whole, filter, none))
					);
			};
			await agree('empty');
			await store.addArticle(
				createIncidentArticle(1, [
					RUSSIAN,
					{ ...CONTROL, ...RUSSIAN, summary: 'Invented troops captured the village.' },
					{ ...UKRAINIAN, stance: 'denies', coordinates: [22, 52] as [number, number] }
				])
			);
			await store.addArticles([
				createIncidentArticle(2, [
					{ ...UKRAINIAN, precision: 'region', uncertaintyKm: 80 },
					{ ...CONTROL, ...UKRAINIAN, summary: 'an attack', quote: 'It was repelled.' }
				]),
				createIncidentArticle(3, [
					{ ...RUSSIAN, ...ASSESSOR },
					{ ...UKRAINIAN, eventDate: null }
				])
			]);
			await agree('after ingest');
			expect((await store.storedMarks()).kind === 'fresh' && (await marksCount())).toBeGreaterThan(
				1
			);
			// The founder of the first incident moves away (its incident takes its heir's id), and back.
			await store.correctClaim('art-1-f0', { kind: 'place', place: FAR });
			await agree('after a correction of place');
			await store.correctClaim('art-2-f1', { kind: 'claimantSide', claimantSide: 'russia' });
			await agree('after a correction of side');
			await store.correctClaim('art-3-f0', { kind: 'reject' });
			await agree('after a rejection');
			await store.undoCorrection('art-1-f0');
			await agree('after an undo');
			await store.replaceClaims('art-3', createIncidentArticle(3, [UKRAINIAN]).claims);
			await agree('after a re-extraction');
			await store.deleteArticle('art-1');
			await agree('after a deletion');
			await store.close();

			async function marksCount() {
				const stored = await store.storedMarks();
				return stored.kind === 'fresh' ? stored.marks.length : 0;
			}
		});

		it('marks the stored marks stale on a judgement, and saves them once read whole', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...RUSSIAN, ...ELSEWHERE }]));
			await store.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-1-f1',
				otherFeatureId: 'art-2-f0',
				by: null,
				at: '2024-06-01T00:00:00.000Z'
			});
			const stale = await store.storedMarks();
			expect(stale.kind).toBe('stale');
			const whole = await currentMarks(markStoreOf(store));
			const stored = await store.storedMarks();
			expect(stored.kind).toBe('fresh');
			if (stored.kind === 'fresh')
				expect(
					marksOf(markableOfStored(stored.marks), createEmptyFilter(), NO_INCIDENT_FILTER)
				).toEqual(marksOf(whole, createEmptyFilter(), NO_INCIDENT_FILTER));
			// Marks read under a stale state a write has since replaced are not saved.
			await store.addArticle(createIncidentArticle(3, [RUSSIAN]));
			const again = await store.storedMarks();
			expect(again.kind).toBe('stale');
			if (again.kind === 'stale') {
				await store.addArticle(createIncidentArticle(4, [UKRAINIAN]));
				expect(await store.saveMarks(again.token, [])).toBe(false);
			}
			await store.close();
		});

		it('reads each served feature cut to what marking reads, as markFeature cuts it', async () => {
			const store = await createStore();
			await store.addArticle(
				createIncidentArticle(1, [
					RUSSIAN,
					{ ...UKRAINIAN, stance: 'denies' },
					{ ...CONTROL, summary: 'Invented troops captured the village.' },
					{ ...CONTROL, ...RUSSIAN, summary: 'an attack', quote: 'The attack was repelled.' },
					ASSESSOR,
					{ ...UKRAINIAN, coordinates: null },
					{ ...RUSSIAN, precision: null, uncertaintyKm: null },
					{ ...UKRAINIAN, eventDate: null },
					{ ...UKRAINIAN, eventDate: null, published: null, confidence: 0.4 },
					{ claimantSide: 'unattributed', claimant: null, attribution: null },
					// The words the text is searched for, inside a quote (escaped in the JSON).
					{ ...RUSSIAN, quote: 'It wrote "stance":"denies" and "kind":"assessor".' },
					{ ...RUSSIAN, articleId: 'an-invented-other-article' },
					{ ...UKRAINIAN, summary: 'Invented troops held the village.' }
				])
			);
			await store.addArticle(createIncidentArticle(2, [{ ...RUSSIAN, stance: 'denies' }]));
			const place = {
				placeName: 'Inventedivka',
				gazetteerId: null,
				admin1: null,
				lon: 36,
				lat: 49
			};
			await store.correctClaim('art-1-f0', { kind: 'place', place });
			await store.correctClaim('art-1-f6', { kind: 'claimantSide', claimantSide: 'ukraine' });
			await store.correctClaim('art-1-f7', { kind: 'place', place });
			await store.correctClaim('art-1-f12', {
				kind: 'eventType',
				eventType: 'territorial_control'
			});
			await store.correctClaim('art-1-f2', { kind: 'eventType', eventType: 'strike' });
			await store.correctClaim('art-2-f0', { kind: 'reject' });
			const ids = [
				...Array.from({ length: 13 }, (_, i) => `art-1-f${12 - i}`),
				'art-2-f0',
				'nowhere'
			];
			const served = await store.servedFeaturesOf(ids);
			const read = await store.markFeaturesOf(ids);
			expect(read).toEqual(
				served.map((r) => ({ order: r.order, feature: markFeature(r.feature) }))
			);
			expect(read.map((r) => r.feature.id)).toEqual(ids.slice(0, 13).reverse());
			// What each claim was written to show, read (not defaults that happen to agree).
			const props = new Map(read.map((r) => [r.feature.id, r.feature.properties]));
			expect(props.get('art-1-f1')?.stance).toBe('denies');
			expect(props.get('art-1-f10')?.stance).toBe('asserts');
			expect(props.get('art-1-f4')?.assessor).toBe(true);
			expect(props.get('art-1-f10')?.assessor).toBe(false);
			expect(props.get('art-1-f2')?.control).toBe(null);
			expect(props.get('art-1-f3')?.control).toBe('held');
			expect(props.get('art-1-f12')?.control).toBe('held');
			expect(props.get('art-1-f6')?.claimantSide).toBe('ukraine');
			expect(props.get('art-1-f7')?.eventDate).toBe('2022-05-11');
			expect(props.get('art-1-f11')?.articleId).toBe('an-invented-other-article');
			expect(await store.markFeaturesOf([])).toEqual([]);
			await store.close();
		});

		it('sends a grouping from which the page builds the same incidents', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN, { ...RUSSIAN, ...ELSEWHERE }]));
			await store.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-1-f0',
				otherFeatureId: 'art-1-f1',
				by: null,
				at: '2024-06-01T00:00:00.000Z'
			});
			const features = (await store.allClaims()).features;
			expect(incidentsOfGrouping(features, await store.incidentGrouping())).toEqual(
				await store.incidents()
			);
			await store.close();
		});

		it('answers one claim’s incident as the whole list has it, judgements applied', async () => {
			const store = await createStore();
			const random = createRandom(11);
			for (let n = 0; n < 30; n++) {
				const place = Math.floor(random() * 4);
				await store.addArticle(
					createIncidentArticle(n, [
						{
							claimantSide: random() < 0.5 ? 'russia' : 'ukraine',
							claimant: `source ${Math.floor(random() * 3)}`,
							coordinates: [31.5 + place * 0.3, 49.5],
							gazetteerId: `test:${place}`,
							eventDate: `2022-05-${String(10 + Math.floor(random() * 3)).padStart(2, '0')}`
						}
					])
				);
			}
			const made = { by: null, at: SUITE_NOW };
			// Merges chained across incidents, a split, a verification, a rejected claim.
			await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-0-f0',
				otherFeatureId: 'art-7-f0',
				...made
			});
			await store.judgeIncident({
				kind: 'merge',
				featureId: 'art-7-f0',
				otherFeatureId: 'art-19-f0',
				...made
			});
			await store.judgeIncident({ kind: 'split', featureId: 'art-3-f0', ...made });
			await store.judgeIncident({
				kind: 'verify',
				featureId: 'art-19-f0',
				note: 'Invented note',
				link: null,
				...made
			});
			await store.correctClaim('art-5-f0', { kind: 'reject' });
			const all = await store.incidents();
			expect(all.length).toBeGreaterThan(4);
			for (const incident of all)
				for (const id of incident.featureIds) expect(await store.incidentOf(id)).toEqual(incident);
			expect(await store.incidentOf('art-5-f0')).toBeNull();
			expect(await store.incidentOf('nowhere')).toBeNull();
			await store.close();
		});

		it('refuses a judgement on an unknown claim', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN]));
			const outcome = await store.judgeIncident({
				kind: 'split',
				featureId: 'nowhere',
				by: null,
				at: '2024-06-01T00:00:00.000Z'
			});
			expect(outcome).toEqual({ kind: 'not_found', featureId: 'nowhere' });
			await store.close();
		});

		it('groups with another store’s claims near places it grouped before and near new ones', async () => {
			const one = await createStore();
			const two = await createStore();
			const near = { coordinates: [31.5, 49.5] as [number, number], gazetteerId: 'test:near' };
			await one.addArticle(createIncidentArticle(1, [{ ...RUSSIAN, ...near }]));
			// The other store adds to the place the first has grouped at, and at a place it has not.
			await two.addArticle(
				createIncidentArticle(2, [{ ...UKRAINIAN, ...near, eventType: 'casualties' }])
			);
			await two.addArticle(createIncidentArticle(3, [{ ...UKRAINIAN, ...ELSEWHERE }]));
			await one.addArticle(
				createIncidentArticle(4, [
					{ ...RUSSIAN, ...ELSEWHERE, eventType: 'casualties' },
					// Goes with the strike, not with the casualties the other store added: apart.
					{ ...RUSSIAN, ...near, claimant: 'an invented spokesman', eventType: 'aircraft_downed' }
				])
			);
			expect((await one.incidents()).map((i) => i.featureIds)).toEqual([
				['art-1-f0', 'art-2-f0'],
				['art-3-f0', 'art-4-f0'],
				['art-4-f1']
			]);
			await one.close();
			await two.close();
		});

		it('groups claims of one event that two stores on one database add at once', async () => {
			const one = await createStore();
			const two = await createStore();
			for (let round = 0; round < 3; round++) {
				const place = {
					coordinates: [30 + round, 46] as [number, number],
					gazetteerId: `test:${round}`
				};
				await Promise.all([
					one.addArticle(createIncidentArticle(10 + round, [{ ...RUSSIAN, ...place }])),
					two.addArticle(createIncidentArticle(20 + round, [{ ...UKRAINIAN, ...place }]))
				]);
			}
			// Whichever committed first founded each incident; the other joined it.
			const incidents = await one.incidents();
			expect(incidents.map((i) => i.featureIds.length)).toEqual([2, 2, 2]);
			expect(incidents.map((i) => i.status)).toEqual([
				'corroborated',
				'corroborated',
				'corroborated'
			]);
			await one.close();
			await two.close();
		});

		it('groups a database filled without grouping once when opened', async () => {
			const plain = await createStore({ groupIncidents: false });
			await plain.addArticle(createIncidentArticle(1, [RUSSIAN]));
			await plain.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			// Ungrouped claims are each an incident of their own.
			expect((await plain.incidents()).length).toBe(2);
			await plain.close();
			const store = await createStore();
			expect((await store.incidents()).map((i) => i.featureIds)).toEqual([
				['art-1-f0', 'art-2-f0']
			]);
			await store.close();
		});

		it('keeps a split and a verification, and undoes a verification', async () => {
			const store = await createStore();
			await store.addArticle(createIncidentArticle(1, [RUSSIAN]));
			await store.addArticle(createIncidentArticle(2, [UKRAINIAN]));
			const made = { by: 'ana', at: SUITE_NOW };
			const split = await store.judgeIncident({ kind: 'split', featureId: 'art-2-f0', ...made });
			expect(split.kind === 'judged' && split.incident.featureIds).toEqual(['art-2-f0']);
			await store.judgeIncident({
				kind: 'verify',
				featureId: 'art-1-f0',
				note: 'An invented satellite image',
				link: null,
				...made
			});
			expect((await store.incidents()).map((i) => [i.featureIds, i.verified?.by ?? null])).toEqual([
				[['art-1-f0'], 'ana'],
				[['art-2-f0'], null]
			]);
			await store.judgeIncident({ kind: 'unverify', featureId: 'art-1-f0', ...made });
			expect((await store.incidents())[0].verified).toBeNull();
			await store.close();
		});
	});
}
