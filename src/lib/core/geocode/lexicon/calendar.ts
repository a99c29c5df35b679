/** Month, weekday and holiday names: capitalised, and often also the names of villages. */

/**
 * Month and weekday names and their abbreviations, and the holidays reports date events by
 * ("as Christians celebrate Easter"): capitalised, often village names or near their sound.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
	(
		'january february march april may june july august september october november december ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec ' +
		'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
		'easter christmas ramadan eid passover hanukkah pentecost epiphany thanksgiving halloween'
	).split(' ')
);
