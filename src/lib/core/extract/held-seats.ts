/**
 * Oblast seats held by Russia since 2014: Donetsk and Luhansk. Ukraine's officials have had no
 * presence there since, so when they tell of Russian attacks or of people killed "in Donetsk" or
 * "on Luhansk", they mean the oblast (its Ukrainian-held part), not the occupied city. Russia's side,
 * and anyone naming the city as a city, still mean the city.
 */
import type { ClaimantSide, EventType } from '../contract';
import { precisionOf } from '../geocode/precision';
import type { ResolvedMention } from '../geocode/types';

/**
 * GeoNames ids of the oblast seats Russia has held since 2014 (Donetsk, Luhansk: see
 * https://en.wikipedia.org/wiki/Russian-occupied_territories_of_Ukraine).
 */
const HELD_SINCE_2014: ReadonlySet<string> = new Set(['geonames:709717', 'geonames:702658']);

/** The attacker named as Russia's ("Russian attacks on X", "shelling by Russian forces"). */
const RUSSIAN_ATTACK =
	/(?<![\p{L}])(?:russian|russia['’]s|enemy|occupiers['’]?)\s+(?:[\p{L}-]+\s+)?(?:attacks?|shelling|strikes?|bombing|bombardment|fire|forces|troops|army|drones?|missiles?|bombs?|artillery)(?![\p{L}])|(?<![\p{L}])by\s+(?:the\s+)?(?:russians?|russia|enemy|occupiers)(?![\p{L}])/iu;

/** "the city of X", "X city": the writer means the city. */
const CITY_BEFORE = /(?<![\p{L}])city\s+of\s+$/iu;
const CITY_AFTER = /^\s+city(?![\p{L}])/iu;

/**
 * The mention as the oblast around the seat when a Ukrainian source tells of a Russian strike on, or
 * of casualties in, an oblast seat held by Russia since 2014 by its bare name; else the mention.
 */
export function heldSeatAsOblast(
	text: string,
	sentence: string,
	m: ResolvedMention,
	side: ClaimantSide,
	eventType: EventType
): ResolvedMention {
	const r = m.resolution;
	if (side !== 'ukraine' || r.kind === 'unresolved' || !HELD_SINCE_2014.has(r.place.id)) return m;
	if (eventType !== 'casualties' && !(eventType === 'strike' && RUSSIAN_ATTACK.test(sentence)))
		return m;
	const { start, end } = m.mention;
	if (CITY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return m;
	if (CITY_AFTER.test(text.slice(end, end + 8))) return m;
	const oblast = r.alternatives.find(
		(a) => a.admin1 === r.place.admin1 && /oblast/i.test(a.placeName)
	);
	if (!oblast) return m;
	const place = {
		...r.place,
		id: oblast.gazetteerId,
		name: oblast.placeName,
		lat: oblast.lat,
		lon: oblast.lon,
		featureClass: 'A',
		featureCode: 'ADM1',
		population: 0
	};
	return {
		...m,
		resolution: {
			...r,
			place,
			...precisionOf(place, false),
			alternatives: r.alternatives.filter((a) => a !== oblast)
		}
	};
}
