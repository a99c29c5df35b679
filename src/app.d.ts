// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Principal } from '$lib/server/auth/accounts';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** Who makes the request: an account, or null (signed out, or no accounts exist). */
			principal: Principal | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
