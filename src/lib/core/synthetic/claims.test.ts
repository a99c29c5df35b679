import { describe, expect, it } from 'vitest';
import { CLAIMANT_SIDES, CLAIM_PROPERTY_NAMES, EVENT_TYPES } from '../contract';
import { createSyntheticClaims, createSyntheticCollection } from './claims';
import { createRandom } from './random';

describe('createRandom', () => {
	it('repeats its sequence for a seed and differs between seeds', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const c = createRandom(43);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect([c(), c(), c()]).not.toEqual(first);
		expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
	});
});

describe('createSyntheticClaims', () => {
	it('is deterministic for a seed', () => {
		expect(createSyntheticClaims({ count: 50, seed: 5 })).toEqual(
			createSyntheticClaims({ count: 50, seed: 5 })
		);
		expect(createSyntheticClaims({ count: 50, seed: 5 })).not.toEqual(
			createSyntheticClaims({ count: 50, seed: 6 })
		);
	});

	it('spreads claims over Ukraine with every side and type, and some unlocated', () => {
		const features = createSyntheticClaims({ count: 5000, seed: 1 });
		expect(features).toHaveLength(5000);
		const located = features.filter((f) => f.geometry !== null);
		const unlocated = features.length - located.length;
		expect(unlocated).toBeGreaterThan(50);
		expect(unlocated).toBeLessThan(300);
		for (const f of located) {
			const [lon, lat] = f.geometry!.coordinates;
			expect(lon).toBeGreaterThan(19);
			expect(lon).toBeLessThan(43);
			expect(lat).toBeGreaterThan(42);
			expect(lat).toBeLessThan(55);
		}
		expect(new Set(features.map((f) => f.properties.claimantSide))).toEqual(
			new Set(CLAIMANT_SIDES)
		);
		expect(new Set(features.map((f) => f.properties.eventType))).toEqual(new Set(EVENT_TYPES));
		expect(new Set(features.map((f) => f.id)).size).toBe(5000);
	});

	it('gives every feature all the contract properties', () => {
		const [feature] = createSyntheticCollection({ count: 1 }).features;
		for (const name of CLAIM_PROPERTY_NAMES) expect(feature.properties).toHaveProperty(name);
	});
});
