import { describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ClaimantSide } from '../../core/contract';
import type { IncidentMark } from '../../core/incidents/marks';
import {
	incidentLayers,
	incidentMarkData,
	installIncidentLayers,
	keyShown,
	setIncidentMarks,
	setIncidentSides,
	sidesKey
} from './incident-layers';

/** A map that records the calls the ring code makes, with its layers in order. */
function createFakeMap(others: string[] = ['claims-points']) {
	const calls: string[] = [];
	const order = [...others];
	const paint = new Map<string, unknown>();
	const sources = new Set<string>();
	const map = {
		addSource: (id: string) => {
			calls.push('source');
			sources.add(id);
		},
		getSource: (id: string) =>
			sources.has(id) ? { setData: () => calls.push('data') } : undefined,
		getLayersOrder: () => [...order],
		addLayer: (layer: { id: string; paint?: Record<string, unknown> }, before?: string) => {
			calls.push('layer');
			const at = before === undefined ? order.length : order.indexOf(before);
			order.splice(at, 0, layer.id);
			for (const [name, value] of Object.entries(layer.paint ?? {}))
				paint.set(`${layer.id} ${name}`, value);
		},
		setPaintProperty: (layer: string, property: string, value: unknown) => {
			calls.push('paint');
			paint.set(`${layer} ${property}`, value);
		},
		setFeatureState: () => calls.push('state'),
		setFilter: () => calls.push('filter')
	} as unknown as MapLibreMap;
	/** Whether the rings of a sides key are drawn (both of its layers alike). */
	const drawn = (key: string) => {
		const inner = paint.get(`incident-rings:${key} circle-stroke-opacity`);
		expect(paint.get(`incident-rings-outer:${key} circle-stroke-opacity`)).toBe(inner);
		return inner === 1;
	};
	return { map, calls, order, drawn };
}

const mark = (n: number, claimSides?: ClaimantSide[]): IncidentMark => ({
	incidentId: `i${n}`,
	point: [30 + n * 0.01, 50],
	status: n % 2 ? 'contested' : 'corroborated',
	...(claimSides ? { claimSides } : {})
});

describe('incident rings by sides', () => {
	test('a mark is keyed by its claim sides in the contract order, or by none', () => {
		expect(sidesKey(mark(1, ['ukraine', 'russia']))).toBe('russia,ukraine');
		expect(sidesKey(mark(1))).toBe('');
		expect(incidentMarkData([mark(2, ['other'])]).features[0].properties).toEqual({
			id: 'i2',
			status: 'corroborated',
			sides: 'other'
		});
		expect(keyShown('russia,ukraine', ['ukraine'])).toBe(true);
		expect(keyShown('russia,ukraine', ['other'])).toBe(false);
		expect(keyShown('', ['other'])).toBe(true);
		expect(keyShown('other', [])).toBe(true);
	});

	test('a ring hidden or shown is so in the next frame, not after a fade', () => {
		for (const layer of incidentLayers('russia', true))
			expect((layer.paint as Record<string, unknown>)['circle-stroke-opacity-transition']).toEqual({
				duration: 0,
				delay: 0
			});
	});

	test('a side toggle sets one opacity per sides key, however many marks there are', () => {
		const fake = createFakeMap();
		const marks = Array.from({ length: 3000 }, (_, n) =>
			mark(n, n % 3 === 0 ? ['russia'] : n % 3 === 1 ? ['ukraine'] : ['russia', 'ukraine'])
		);
		installIncidentLayers(fake.map, marks, []);
		expect(fake.order).toEqual([
			'claims-points',
			'incident-rings:',
			'incident-rings-outer:',
			'incident-rings:russia',
			'incident-rings-outer:russia',
			'incident-rings:russia,ukraine',
			'incident-rings-outer:russia,ukraine',
			'incident-rings:ukraine',
			'incident-rings-outer:ukraine'
		]);
		fake.calls.length = 0;
		setIncidentSides(fake.map, ['ukraine']);
		// Only the rings whose claims are all Russian go: two layers' opacity, nothing laid out.
		expect(fake.calls).toEqual(['paint', 'paint']);
		expect([fake.drawn('russia'), fake.drawn('russia,ukraine'), fake.drawn('ukraine')]).toEqual([
			false,
			true,
			true
		]);
		fake.calls.length = 0;
		setIncidentSides(fake.map, ['ukraine']);
		expect(fake.calls).toEqual([]);
		setIncidentSides(fake.map, []);
		expect([fake.drawn('russia'), fake.drawn('russia,ukraine'), fake.drawn('ukraine')]).toEqual([
			true,
			true,
			true
		]);
	});

	test('new marks of new sides get their layers above the rings, drawn as the filter says', () => {
		const fake = createFakeMap(['claims-points', 'focus-ring']);
		installIncidentLayers(fake.map, [], ['russia']);
		// Installed last, above everything then on the map.
		fake.order.push('added-later');
		setIncidentMarks(fake.map, [mark(1, ['other']), mark(2)]);
		expect(fake.order).toEqual([
			'claims-points',
			'focus-ring',
			'incident-rings:',
			'incident-rings-outer:',
			'incident-rings:other',
			'incident-rings-outer:other',
			'added-later'
		]);
		// Sides unknown: drawn whatever is shown; Other's: hidden while only Russia's are shown.
		expect(fake.drawn('')).toBe(true);
		expect(fake.drawn('other')).toBe(false);
		expect(fake.calls.filter((c) => c === 'data')).toEqual(['data']);
		fake.calls.length = 0;
		setIncidentMarks(fake.map, [mark(3, ['other'])]);
		expect(fake.calls).toEqual(['data']);
	});
});
