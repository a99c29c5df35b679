/** Month and weekday names: capitalised, and often also the names of villages. */

/** Month and weekday names and their abbreviations: capitalised, often also village names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
	(
		'january february march april may june july august september october november december ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec ' +
		'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'
	).split(' ')
);
