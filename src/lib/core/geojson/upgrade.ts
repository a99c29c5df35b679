/**
 * Reading claims written by an older version: formatVersion 1 features have no `attribution`; they
 * are read as version 2 with `attribution: null` (the side they carry stays, its basis is unknown).
 * Files, the store and imports all read through here, so old data keeps working.
 */
import { FORMAT_VERSION, type ClaimFeature } from '../contract';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored or imported feature with every version 2 property present. */
export function upgradeFeature<F>(feature: F): F {
	if (!isObj(feature) || !isObj(feature.properties) || 'attribution' in feature.properties)
		return feature;
	return { ...feature, properties: { ...feature.properties, attribution: null } };
}

/** A collection of formatVersion 1 read as the current version; anything else as it is. */
export function upgradeCollection(value: unknown): unknown {
	if (!isObj(value) || !isObj(value.claimsmap) || value.claimsmap.formatVersion !== 1) return value;
	const features = Array.isArray(value.features)
		? (value.features as unknown[]).map((f) => upgradeFeature(f))
		: value.features;
	return { ...value, features, claimsmap: { ...value.claimsmap, formatVersion: FORMAT_VERSION } };
}

/** Parses one stored feature (JSON text), upgrading it. */
export function parseStoredFeature(json: string): ClaimFeature {
	return upgradeFeature(JSON.parse(json) as ClaimFeature);
}
