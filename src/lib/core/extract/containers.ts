/**
 * Two readings of a place name that depend on the words around it, not on the gazetteer's ranking:
 * - "villages in X" and "X villages" name a region that holds villages, so X is the oblast of that
 *   name rather than its capital city ("the first village in Testopol" is Testopol Oblast), when the
 *   gazetteer offers it.
 * - A national capital after "for", "against", "with", "to" … is its government, not a place where
 *   something happened ("a setback for Moscow", "pressure on Kyiv" is not, "a strike on Kyiv" is).
 * - A name read as a near miss of another place ("Testenka" as Testivka) in another country than the
 *   places around it is a village the gazetteer lacks, not that place: it stays unresolved.
 * - A village of Ukraine named among places in Russia, far from them, is a Russian namesake the
 *   gazetteer lacks (it holds Ukraine's villages, not Russia's): it stays unresolved too.
 */
import type { Alternative } from '../contract';
import type { Place, ResolvedMention } from '../geocode/types';
import { spellsName } from '../names';
import { precisionOf } from '../geocode/precision';
import { distanceKm } from '../geocode/distance';
import { ACTOR_VERBS as GEOCODER_ACTOR_VERBS, BORDER_REGIONS } from '../geocode/lexicon';
import { subsetOf } from './subset';

/** A place the resolution gives up, kept as an alternative an analyst can pick. */
function asAlternative(place: Place, score: number): Alternative {
	const { name: placeName, id: gazetteerId, admin1, lon, lat } = place;
	return { placeName, gazetteerId, admin1, lon, lat, score };
}

const CONTAINER_BEFORE =
	/(?<![\p{L}])(?:villages?|settlements?|towns?|hamlets?|communities|localities)\s+(?:[\p{L}-]+\s+){0,2}?(?:in|of|across|throughout)\s+(?:the\s+)?$/iu;
/** "two other Testopol villages": the name as an adjective of villages. */
const CONTAINER_AFTER =
	/^\s+(?:villages|settlements|towns|hamlets|communities|localities)(?![\p{L}])/iu;
const REGION_NAME = /(?<![\p{L}])(?:oblast|region|krai|province)(?![\p{L}])/iu;

/** The first five letters of a name, lower case without marks: "Dnipropetrovsk" ~ "Dnipropetrovska". */
function stem(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 5);
}

/** The mention read as the region that holds villages, or itself when the text does not say so. */
export function asContainer(text: string, m: ResolvedMention): ResolvedMention {
	const r = m.resolution;
	if (r.kind === 'unresolved' || r.precision !== 'settlement') return m;
	const before = text.slice(Math.max(0, m.mention.start - 60), m.mention.start);
	const after = text.slice(m.mention.end, m.mention.end + 30);
	if (!CONTAINER_BEFORE.test(before) && !CONTAINER_AFTER.test(after)) return m;
	const region = r.alternatives.find(
		(a) => REGION_NAME.test(a.placeName) && stem(a.placeName) === stem(m.mention.mention)
	);
	if (!region) return m;
	const place = {
		...r.place,
		id: region.gazetteerId,
		name: region.placeName,
		admin1: region.admin1,
		lat: region.lat,
		lon: region.lon,
		featureClass: 'A',
		featureCode: 'ADM1'
	};
	const { precision, uncertaintyKm } = precisionOf(place, false);
	const city = asAlternative(r.place, region.score);
	return {
		...m,
		resolution: {
			...r,
			place,
			precision,
			uncertaintyKm,
			alternatives: [city, ...r.alternatives.filter((a) => a !== region)],
			evidence: [...r.evidence, 'a region that holds villages ("villages in X")']
		}
	};
}

const NOT_LOCATIVE_BEFORE =
	/(?<![\p{L}])(?:for|against|with|to|toward|towards|from|by|between|pressure\s+on)\s+$/iu;

/**
 * Verbs of fighting, losing and claiming, in the forms a government or an army is the subject of.
 * The verbs of claiming are a named subset of the geocoder's `ACTOR_VERBS`
 * (`geocode/lexicon/people.ts`), which it reads token by token after a capital: deliberately
 * narrower than that list (no "told", "pledged", "condemned" …), the verbs of claiming this
 * pattern was tuned with. The verbs of fighting and acting ("ordered", "hailed", "welcomed") are
 * this pattern's own.
 */
const ACTOR_VERBS = [
	...(
		'tried tries sought seeks launched launches mounted mounts pushed pushes sent sends lost ' +
		'loses deployed deploys threw throws continues continued attempted attempts managed moved ' +
		'withdrew withdraws retreated counterattacked struck strikes targeted targets attacked ' +
		'attacks shelled shells fired fires ordered orders retook retaken recaptured captured ' +
		'seized regained liberated advanced advances drove drives carried carries presses pressed ' +
		'hoped hopes wants wanted plans planned intends intended expects expected invaded invades ' +
		'began begins started starts annexed annexes unleashed unleashes made makes hailed hails ' +
		'welcomed welcomes'
	).split(' '),
	...subsetOf(
		GEOCODER_ACTOR_VERBS,
		'says said claims claimed insists denies denied accuse accuses accused vowed vows warned warns responded responds'
	)
].join('|');
/** The same verbs as a present participle ("Kyiv has been pushing back", "Moscow is trying"). */
const ACTOR_PARTICIPLES =
	'trying|seeking|launching|mounting|pushing|sending|losing|deploying|throwing|continuing|attempting|moving|withdrawing|retreating|counterattacking|striking|targeting|attacking|shelling|firing|saying|claiming|insisting|denying|advancing|fighting|intensifying|escalating|stepping|massing|amassing|concentrating|pressing|preparing|regrouping|reinforcing';
/**
 * A verb of fighting or losing after a capital: the capital is a side's government or army. A
 * passive ("Kyiv was attacked overnight") makes it the place attacked, so "is/was" only go with
 * a participle in -ing; "Kyiv will respond" is its government, "Kyiv will be shelled" the city.
 */
const ACTOR_VERB_AFTER = new RegExp(
	`^\\s+(?:(?:did|does|has|have|had|would|could)\\s+not\\s+(?:(?:immediately|yet|publicly|officially)\\s+)?(?:comment|confirm|respond|react|say|acknowledge|deny|disclose|specify|reply)\\b|(?:(?:has|have|had|also|again|still|then|now|reportedly)\\s+)*(?:(?:(?:is|was|are|were|been)\\s+(?:(?:now|still|also|again|reportedly)\\s+)?)?(?:${ACTOR_PARTICIPLES})|${ACTOR_VERBS}|(?:will|would)\\s+(?!be\\b|have\\s+been\\b)))\\b`,
	'i'
);
/** "Kyiv is three months into its counteroffensive": a capital whose clause gives it an army. */
const ITS_ARMY_AFTER =
	/^\s+(?:is|was|has|had|have|says|said)\b[^.;:,]{0,60}?\bits\s+(?:own\s+)?(?:counter-?offensive|offensive|forces|troops|army|military|soldiers|drones|missiles|air\s+defen[cs]es?|assaults?|attacks|bombardment|campaign)\b/i;
/**
 * A capital that names a side's army or government by the noun after it ("Moscow troops", "Kyiv's
 * forces", "the London Defence Ministry", "Kyiv and its allies").
 */
const SIDE_NOUN_AFTER =
	/^(?:['’]s)?\s+(?:troops|forces|army|military|soldiers|units|offensive|counter-?offensive|advances?|(?:defen[cs]e|foreign)\s+ministry|government|leadership|regime|and\s+its\s+(?:western\s+)?(?:allies|partners|backers))\b|^['’]s\s+(?:(?:full|firm|effective|complete)\s+)?(?:control|grip|rule)\b/i;
/** "made Kyiv lose 100 soldiers", "forced Moscow to retreat": the capital is the side that loses. */
const MADE_BEFORE = /(?<![\p{L}])(?:made|make|makes|making|forced|forces|forcing)\s+$/iu;
const MADE_AFTER = /^\s+(?:to\s+)?(?:lose|retreat|withdraw|pull\s+back|abandon|give\s+up)\b/i;
/** "push Moscow back", "drove Kyiv out": the capital is the side pushed. */
const PUSHED_BEFORE = /(?<![\p{L}])(?:push|pushed|pushing|drive|drove|driving|force|forced)\s+$/iu;

/** A national capital standing for its government ("a setback for Moscow", "Kyiv lost 200 troops"). */
export function isGovernment(text: string, m: ResolvedMention): boolean {
	const r = m.resolution;
	if (r.kind === 'unresolved' || r.place.featureCode !== 'PPLC') return false;
	const before = text.slice(Math.max(0, m.mention.start - 30), m.mention.start);
	const after = text.slice(m.mention.end, m.mention.end + 60);
	return (
		NOT_LOCATIVE_BEFORE.test(before) ||
		ACTOR_VERB_AFTER.test(after) ||
		ITS_ARMY_AFTER.test(after) ||
		SIDE_NOUN_AFTER.test(after) ||
		(MADE_BEFORE.test(before) && MADE_AFTER.test(after)) ||
		(PUSHED_BEFORE.test(before) && /^\s+(?:back|out)\b/i.test(after))
	);
}

/**
 * The mention unresolved when the gazetteer matched it only as a near miss of another name, in
 * another country than `contextCountry` (the country of the places named just before): a Russian
 * village missing from the gazetteer is not a Ukrainian village with a similar name. The near miss
 * is kept as an alternative for an analyst to pick.
 */
export function withoutForeignNearMiss(
	m: ResolvedMention,
	contextCountry: string | null
): ResolvedMention {
	const r = m.resolution;
	if (r.kind === 'unresolved' || contextCountry === null) return m;
	if (r.place.countryCode === contextCountry || spellsName(m.mention.mention, r.place.name))
		return m;
	if (r.precision !== 'settlement' && r.precision !== 'near_settlement') return m;
	const alternative = asAlternative(r.place, r.confidence);
	return {
		...m,
		resolution: {
			kind: 'unresolved',
			reason: `not in the gazetteer near the places around it (${contextCountry}); only a similar name elsewhere`,
			alternatives: [alternative, ...r.alternatives].slice(0, 5)
		}
	};
}

/** How far (km) from a Russian border region's place a village of Russia's interior may lie and still be meant. */
export const INTERIOR_NAMESAKE_KM = 250;

/**
 * A border governor's village resolved to a namesake deep inside Russia: among places of a Russian
 * region on Ukraine's border, a Russian settlement more than `INTERIOR_NAMESAKE_KM` away, in no
 * border region and no regional seat, is a village the gazetteer lacks, so it is left unresolved.
 */
function withoutInteriorNamesake(
	m: ResolvedMention,
	r: Exclude<ResolvedMention['resolution'], { kind: 'unresolved' }>,
	c: Exclude<ResolvedMention['resolution'], { kind: 'unresolved' }>
): ResolvedMention {
	if (!BORDER_REGIONS.has(c.place.admin1Code ?? '') || BORDER_REGIONS.has(r.place.admin1Code ?? ''))
		return m;
	if (r.place.featureCode === 'PPLC' || r.place.featureCode === 'PPLA') return m;
	if (r.precision !== 'settlement' && r.precision !== 'near_settlement') return m;
	if (distanceKm(r.place.lat, r.place.lon, c.place.lat, c.place.lon) <= INTERIOR_NAMESAKE_KM)
		return m;
	return {
		...m,
		resolution: {
			kind: 'unresolved',
			reason: `named among places of ${c.place.name} on Ukraine's border and far from them; only a namesake inside Russia`,
			alternatives: [asAlternative(r.place, r.confidence), ...r.alternatives].slice(0, 5)
		}
	};
}

/**
 * How far (km) from the Russian place around it a Ukrainian village may lie and still be the one
 * meant: across the border from a Russian region, but not at the other end of Ukraine.
 */
export const FOREIGN_NAMESAKE_KM = 120;

/**
 * The mention unresolved when it resolved to a settlement in Ukraine while the place named just
 * before it (`context`) is in Russia, more than `FOREIGN_NAMESAKE_KM` away, and no Ukrainian region
 * named right after it holds it: the gazetteer lacks the Russian village of that name.
 */
export function withoutFarForeignNamesake(
	m: ResolvedMention,
	context: ResolvedMention | null,
	next: ResolvedMention | null
): ResolvedMention {
	const r = m.resolution;
	const c = context?.resolution;
	if (r.kind === 'unresolved' || !c || c.kind === 'unresolved') return m;
	if (c.place.countryCode !== 'RU') return m;
	if (r.place.countryCode === 'RU') return withoutInteriorNamesake(m, r, c);
	if (r.place.countryCode !== 'UA') return m;
	// Moscow opens datelines and stands for the government: it says nothing of where villages are.
	if (c.place.featureCode === 'PPLC') return m;
	if (r.precision !== 'settlement' && r.precision !== 'near_settlement') return m;
	// Kyiv named in a report of Russian regions is itself, not a namesake (an oblast's seat far
	// from them may be one: keeping seats too added a false place on a held-out set).
	if (r.place.featureCode === 'PPLC') return m;
	if (distanceKm(r.place.lat, r.place.lon, c.place.lat, c.place.lon) <= FOREIGN_NAMESAKE_KM)
		return m;
	const n = next?.resolution;
	if (n && n.kind !== 'unresolved' && n.place.admin1Code === r.place.admin1Code) return m;
	return {
		...m,
		resolution: {
			kind: 'unresolved',
			reason: `named among places in Russia (${c.place.name}) and far from them; only a namesake in Ukraine`,
			alternatives: [asAlternative(r.place, r.confidence), ...r.alternatives].slice(0, 5)
		}
	};
}
