import { describe, expect, it } from 'vitest';
import { ListViewState } from './list-view.svelte';

describe('ListViewState', () => {
	it('opens a multi-place claim and closes it again', () => {
		const view = new ListViewState();
		view.toggle('claim-a');
		view.toggle('claim-b');
		expect(view.opened).toEqual(['claim-a', 'claim-b']);
		view.toggle('claim-a');
		expect(view.opened).toEqual(['claim-b']);
	});

	it('starts with no search, sorted by date', () => {
		const view = new ListViewState();
		expect([view.query, view.sort]).toEqual(['', 'date']);
	});
});
