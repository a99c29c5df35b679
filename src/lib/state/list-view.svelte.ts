/**
 * How the user arranged the claim list: search, sort and which multi-place claims are open. Held by
 * the page, not the list, so opening a claim's detail and coming back keeps them.
 */
import type { ListSort } from '../core/filter/claim-groups';

/** The list's search, order and opened claims. */
export class ListViewState {
	query = $state('');
	sort: ListSort = $state('date');
	/** The `claimId`s of the multi-place claims the user opened. */
	opened: string[] = $state([]);

	/** Opens or closes a multi-place claim's places. */
	toggle(claimId: string): void {
		this.opened = this.opened.includes(claimId)
			? this.opened.filter((id) => id !== claimId)
			: [...this.opened, claimId];
	}
}
