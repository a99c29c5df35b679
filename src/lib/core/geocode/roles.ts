/**
 * Stage 6, roles: what each mention of a group is to the event the group describes, decided once for
 * the geocoder's output, its evaluation and the extraction of claims alike. A group is a text that
 * reports one event (a line of `geocode`) or one sentence of an article (a claim). A mention is a
 * `point` where something happened, an `area` (an oblast or a country named on its own), `context`
 * that only says where another mention is (a region or country around it), a `reference` point
 * ("X, north of Y"), a `repeat` of a place named before, or `unresolved`. An ordered table of rules
 * decides, and each verdict names the rule, so `--explain` and the extraction can say why.
 */
import type { Precision } from '../contract';
import {
	ADDRESS_GAP,
	BEARING,
	INSTITUTION_AFTER,
	LIST_GOES_ON,
	NEAR_GAP,
	QUALIFIER_GAP,
	REFERENCE_GAP,
	ROAD_AFTER_END,
	ROAD_BEFORE_LATER_END,
	ROAD_NEXT_END
} from './lexicon';
import type { Place, ResolvedMention } from './types';

/** The roles a mention can play; only `point` mentions locate an event at a point. */
export const MENTION_ROLES = [
	'point',
	'area',
	'context',
	'reference',
	'repeat',
	'unresolved'
] as const;
export type MentionRole = (typeof MENTION_ROLES)[number];

/** The rule that lets a district stand for a place of it the gazetteer lacks. */
export const DISTRICT_STANDS_FOR = 'district of an unknown place';

/** Radius above which a located mention is an area (an oblast, a country) rather than a point. */
export const POINT_MAX_UNCERTAINTY_KM = 100;

/** From finest to widest: a qualifier or a container is wider than the place it locates. */
const PRECISION_RANK: Record<Precision, number> = {
	landmark: 0,
	settlement: 1,
	near_settlement: 2,
	district: 3,
	region: 4,
	country: 5
};

/** Precisions of a place an event can be near: what "X near Y" makes Y a reference for. */
const NEAR_TARGETS: ReadonlySet<Precision> = new Set(['landmark', 'settlement', 'near_settlement']);

/** What the rules read: the group, its text and what is decided so far. */
interface RoleContext {
	text: string;
	mentions: readonly ResolvedMention[];
	/** The located places of the group, in order (null when unresolved). */
	places: readonly (Place | null)[];
	/** Places named before the current mention, by id. */
	seen: ReadonlySet<string>;
	maxUncertaintyKm: number;
	/** The distinct located places of the group by admin1 code, by admin1 code without oblasts, and by country. */
	byRegion: ReadonlyMap<string, ReadonlySet<Place>>;
	finerByRegion: ReadonlyMap<string, ReadonlySet<Place>>;
	byCountry: ReadonlyMap<string, ReadonlySet<Place>>;
}

/** Adds `place` to the set under `key`. */
function file(index: Map<string, Set<Place>>, key: string, place: Place): void {
	let set = index.get(key);
	if (!set) index.set(key, (set = new Set()));
	set.add(place);
}

/** Whether the index holds a place under `key` other than `self` (a lookup, not a scan: lists run long). */
function holdsOther(
	index: ReadonlyMap<string, ReadonlySet<Place>>,
	key: string | null,
	self: Place
): boolean {
	const set = key === null ? undefined : index.get(key);
	return set !== undefined && set.size > (set.has(self) ? 1 : 0);
}

/** A role rule: when it holds for mention `i`, the mention has `role`. */
interface RoleRule {
	name: string;
	role: MentionRole;
	when(ctx: RoleContext, i: number): boolean;
}

/** A mention's role and the rule that gave it. */
export interface RoleVerdict {
	role: MentionRole;
	rule: string;
}

function precisionAt(ctx: RoleContext, i: number): Precision | null {
	const r = ctx.mentions[i]?.resolution;
	return !r || r.kind === 'unresolved' ? null : r.precision;
}

/**
 * The text between mention `i - 1` and mention `i`; null for the first, and across a line break
 * (a new paragraph or line starts a new statement, even without a full stop).
 */
function gapBefore(ctx: RoleContext, i: number): string | null {
	if (i === 0) return null;
	const gap = ctx.text.slice(ctx.mentions[i - 1].mention.end, ctx.mentions[i].mention.start);
	return gap.includes('\n') ? null : gap;
}

/** Whether mention `i` is wider than the mention before it. */
function widerThanPrevious(ctx: RoleContext, i: number): boolean {
	// A name the gazetteer lacks ("the village of X in the Y district") is most often a village.
	const p = i > 0 ? (precisionAt(ctx, i - 1) ?? 'settlement') : null;
	const q = precisionAt(ctx, i);
	return p !== null && q !== null && PRECISION_RANK[q] > PRECISION_RANK[p];
}

/** A bearing ("north of") in a stretch of text. */
const BEARING_OF = new RegExp(`\\b${BEARING}\\s+of\\s+`, 'i');

/** How far back a bearing before a place is looked for, at most (in characters). */
const BEARING_LOOKBACK = 200;

/**
 * Whether a bearing is written before mention `i` in its sentence ("east of X, west of Y"): then
 * the places are a list of bearings, and none locates another.
 */
function bearingBefore(ctx: RoleContext, i: number): boolean {
	const start = ctx.mentions[i].mention.start;
	const before = ctx.text.slice(Math.max(0, start - BEARING_LOOKBACK), start);
	const cut = Math.max(...['.', '!', '?', '\n'].map((c) => before.lastIndexOf(c)));
	return BEARING_OF.test(before.slice(cut + 1));
}

/** How far after a place its institution's words are read (characters). */
const INSTITUTION_REACH = 60;
/** How far around a mention the name of a road it ends may reach, in characters. */
const ROAD_REACH = 60;

/** The rules, first match wins. */
const ROLE_RULES: readonly RoleRule[] = [
	{
		name: 'unresolved',
		role: 'unresolved',
		when: (ctx, i) => ctx.places[i] === null
	},
	{
		// "The village of X, Y district", where the gazetteer lacks X: the district is the finest
		// place the text gives for the event, so it stands for it (at a district's precision).
		name: DISTRICT_STANDS_FOR,
		role: 'point',
		when: (ctx, i) =>
			ctx.mentions[i].mention.qualifier === true &&
			ctx.places[i - 1] === null &&
			precisionAt(ctx, i) === 'district'
	},
	{
		// The link stage read it as the qualifier of the place before ("X, Kherson region", "X
		// (Donetsk)"), and some place of the group lies in it.
		name: 'linked qualifier',
		role: 'context',
		when: (ctx, i) => {
			const place = ctx.places[i];
			return (
				ctx.mentions[i].mention.qualifier === true &&
				place !== null &&
				holdsOther(ctx.byRegion, place.admin1Code, place)
			);
		}
	},
	{
		// "X in the partly occupied Y region", "Town, Region." (unless the list goes on): a wider area
		// written right after a place only says where it is.
		name: 'qualifier',
		role: 'context',
		when: (ctx, i) => {
			const gap = gapBefore(ctx, i);
			if (gap === null || !widerThanPrevious(ctx, i)) return false;
			const m = ctx.mentions[i].mention;
			const address =
				ADDRESS_GAP.test(gap) && !LIST_GOES_ON.test(ctx.text.slice(m.end, m.end + 40));
			return QUALIFIER_GAP.test(gap) || address;
		}
	},
	{
		name: 'country around a place',
		role: 'context',
		when: (ctx, i) => {
			const place = ctx.places[i];
			return (
				precisionAt(ctx, i) === 'country' &&
				place !== null &&
				holdsOther(ctx.byCountry, place.countryCode, place)
			);
		}
	},
	{
		name: 'region around a place',
		role: 'context',
		when: (ctx, i) => {
			const place = ctx.places[i];
			return (
				precisionAt(ctx, i) === 'region' &&
				place !== null &&
				holdsOther(ctx.finerByRegion, place.admin1Code, place)
			);
		}
	},
	{
		// The link stage read it as a bearing for the place before ("X, north of Y") or, after an
		// offset, for the place after it ("60 km north of Y, in the town of X").
		name: 'linked reference',
		role: 'reference',
		when: (ctx, i) =>
			ctx.mentions[i].mention.reference === true &&
			((ctx.places[i - 1] ?? null) !== null || (ctx.places[i + 1] ?? null) !== null)
	},
	{
		// "X, 5 km south of Y", "the village of X near Y": Y only locates X (not in a list of
		// bearings: "east of X, west of Y").
		name: 'reference',
		role: 'reference',
		when: (ctx, i) => {
			const gap = gapBefore(ctx, i);
			if (gap === null) return false;
			const previous = precisionAt(ctx, i - 1);
			const located =
				REFERENCE_GAP.test(gap) ||
				(NEAR_GAP.test(gap) && previous !== null && NEAR_TARGETS.has(previous));
			return located && !bearingBefore(ctx, i - 1);
		}
	},
	{
		// "the Dubky-Lypky highway": the road runs between its two ends; neither is where it happened.
		name: 'end of a road',
		role: 'reference',
		when: (ctx, i) => roadEnd(ctx.text, ctx.mentions[i].mention)
	},
	{
		name: 'named before',
		role: 'repeat',
		when: (ctx, i) => ctx.seen.has((ctx.places[i] as Place).id)
	},
	{
		// An oblast or a country named on its own: its centre would be a confident wrong location.
		name: 'wide',
		role: 'area',
		when: (ctx, i) => {
			const r = ctx.mentions[i].resolution;
			return r.kind !== 'unresolved' && r.uncertaintyKm > ctx.maxUncertaintyKm;
		}
	}
];

/** Whether the mention is one end of a road named by its two ends ("the Dubky–Lypky road"). */
function roadEnd(text: string, m: { start: number; end: number }): boolean {
	const after = text.slice(m.end, m.end + ROAD_REACH);
	if (!ROAD_AFTER_END.test(after)) return false;
	return (
		ROAD_NEXT_END.test(after) ||
		ROAD_BEFORE_LATER_END.test(text.slice(Math.max(0, m.start - ROAD_REACH), m.start))
	);
}

/**
 * The role of every mention of a group (a text that reports one event, or one sentence), in order,
 * with the rule that decided it; a located mention wider than `maxUncertaintyKm` is an area.
 */
export function roles(
	text: string,
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): RoleVerdict[] {
	const places = mentions.map((m) =>
		m.resolution.kind === 'unresolved' ? null : m.resolution.place
	);
	const seen = new Set<string>();
	const byRegion = new Map<string, Set<Place>>();
	const finerByRegion = new Map<string, Set<Place>>();
	const byCountry = new Map<string, Set<Place>>();
	const institution = mentions.map((m) =>
		INSTITUTION_AFTER.test(text.slice(m.mention.end, m.mention.end + INSTITUTION_REACH))
	);
	for (let i = 0; i < places.length; i++) {
		const p = places[i];
		// An institution's place ("the X regional administration") holds no place the text names.
		if (p === null || institution[i]) continue;
		file(byCountry, p.countryCode, p);
		// A place of unknown region lies in no region the text names.
		if (p.admin1Code === null) continue;
		file(byRegion, p.admin1Code, p);
		if (p.featureCode !== 'ADM1') file(finerByRegion, p.admin1Code, p);
	}
	const ctx: RoleContext = {
		text,
		mentions,
		places,
		seen,
		maxUncertaintyKm,
		byRegion,
		finerByRegion,
		byCountry
	};
	return mentions.map((_, i): RoleVerdict => {
		const rule = ROLE_RULES.find((r) => r.when(ctx, i));
		const place = places[i];
		// A place is "named before" only where it was a point or an area itself.
		if (place && (!rule || rule.role === 'area' || rule.role === 'point')) seen.add(place.id);
		return rule ? { role: rule.role, rule: rule.name } : { role: 'point', rule: 'point' };
	});
}

/** The roles alone (see `roles`). */
export function mentionRoles(
	text: string,
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): MentionRole[] {
	return roles(text, mentions, maxUncertaintyKm).map((v) => v.role);
}

/**
 * The mentions that make point claims: an oblast or a country named on its own says the event
 * happened somewhere in it, and its centre point would be a confident wrong location.
 */
export function pointMentions(
	text: string,
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): ResolvedMention[] {
	const verdicts = roles(text, mentions, maxUncertaintyKm);
	return mentions.filter((_, i) => verdicts[i].role === 'point');
}
