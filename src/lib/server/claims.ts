/**
 * Where the server gets the claims it serves: the article store (corrections applied, rejected
 * claims left out), or, when CLAIMSMAP_CLAIMS_FILE names a file, that file read-only.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ClaimCollection } from '../core/contract';
import { upgradeCollection } from '../core/geojson/upgrade';
import { getStore } from './store/index';

/** Every claim the app knows, as one collection in the contract. */
export async function loadClaims(): Promise<ClaimCollection> {
	const file = process.env.CLAIMSMAP_CLAIMS_FILE;
	if (file)
		return upgradeCollection(JSON.parse(await readFile(resolve(file), 'utf8'))) as ClaimCollection;
	return (await getStore()).allClaims();
}
