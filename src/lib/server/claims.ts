/**
 * Where the server gets the claims it serves. Until the article store exists this reads the embedded
 * default dataset (geodata/claims/seed.geojson), or the file named by CLAIMSMAP_CLAIMS_FILE.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ClaimCollection } from '../core/contract';

/** Every claim the app knows, as one collection in the contract. */
export async function loadClaims(): Promise<ClaimCollection> {
	const path = resolve(process.env.CLAIMSMAP_CLAIMS_FILE ?? 'geodata/claims/seed.geojson');
	return JSON.parse(await readFile(path, 'utf8')) as ClaimCollection;
}
