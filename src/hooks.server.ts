/**
 * Server start-up: opens (creating, migrating and seeding on first start) the claim store before
 * the first request, so a broken database shows at start rather than on a user's click. Skipped when
 * CLAIMSMAP_CLAIMS_FILE serves a fixed file instead.
 */
import type { ServerInit } from '@sveltejs/kit';
import { getStore } from '$lib/server/store/index';

/** Opens the store once at start. */
export const init: ServerInit = async () => {
	if (!process.env.CLAIMSMAP_CLAIMS_FILE) await getStore();
};
