/** Month, weekday and holiday names: capitalised, and often also the names of villages. */

/**
 * The months in order, each as its name and then the abbreviations it is written by ("Sept"):
 * the one list of months, which the extractor's dateline, date and heading patterns and the
 * calendar words below are built from. May, three letters long, has no abbreviation.
 */
export const MONTHS: readonly (readonly [name: string, ...abbreviations: string[]])[] = [
	['january', 'jan'],
	['february', 'feb'],
	['march', 'mar'],
	['april', 'apr'],
	['may'],
	['june', 'jun'],
	['july', 'jul'],
	['august', 'aug'],
	['september', 'sep', 'sept'],
	['october', 'oct'],
	['november', 'nov'],
	['december', 'dec']
];

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = MONTHS.map(([name]) => name);

/** The months' abbreviations ("jan", "sep", "sept"), in the order of the months. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTHS.flatMap(([, ...short]) => short);

/** Each month's shortest forms: its abbreviations, or its name when it has none ("may"). */
export const MONTH_STEMS: readonly string[] = MONTHS.flatMap(([name, ...short]) =>
	short.length > 0 ? short : [name]
);

/** The weekdays' names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = [
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday'
];

/**
 * Month and weekday names and their abbreviations, and the holidays reports date events by
 * ("as Christians celebrate Easter"): capitalised, often village names or near their sound.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
	...MONTH_NAMES,
	...MONTH_ABBREVIATIONS,
	...WEEKDAY_NAMES,
	...(
		'mon tue tues wed thu thur thurs fri sat sun ' +
		'easter christmas ramadan eid passover hanukkah pentecost epiphany thanksgiving halloween'
	).split(' ')
]);
