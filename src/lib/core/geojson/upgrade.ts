/**
 * Reading claims written by an older version: formatVersion 1 features have no `attribution`; they
 * are read as version 2 with `attribution: null` (the side they carry stays, its basis is unknown).
 * Features written before `stance` existed (versions 1 and 2) read as `stance: 'asserts'`, which is
 * what every claim was then: a denied event was dropped. Files, the store and imports all read
 * through here, so old data keeps working.
 */
import { FORMAT_VERSION, type ClaimFeature } from '../contract';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored or imported feature with every current property present. */
export function upgradeFeature<F>(feature: F): F {
	if (!isObj(feature) || !isObj(feature.properties)) return feature;
	const p = feature.properties;
	if ('attribution' in p && 'stance' in p) return feature;
	return {
		...feature,
		properties: {
			...p,
			...('attribution' in p ? {} : { attribution: null }),
			...('stance' in p ? {} : { stance: 'asserts' })
		}
	};
}

/** A collection of an older formatVersion (or without `stance`) read as the current version. */
export function upgradeCollection(value: unknown): unknown {
	if (!isObj(value) || !isObj(value.claimsmap)) return value;
	const version = value.claimsmap.formatVersion;
	if (version !== 1 && version !== FORMAT_VERSION) return value;
	const features = Array.isArray(value.features)
		? (value.features as unknown[]).map((f) => upgradeFeature(f))
		: value.features;
	return { ...value, features, claimsmap: { ...value.claimsmap, formatVersion: FORMAT_VERSION } };
}

/** Parses one stored feature (JSON text), upgrading it. */
export function parseStoredFeature(json: string): ClaimFeature {
	return upgradeFeature(JSON.parse(json) as ClaimFeature);
}
