/**
 * Stage 4, events: what a sentence claims happened, from trigger verbs and nouns and the items they
 * act on, with quantities and a readable summary. Denied, negated or hypothetical events are no claim.
 */
import type { EventType, Quantity, QuantityCategory } from '../contract';
import {
	INFRASTRUCTURE_DESTROYED,
	ADJECTIVE_BEFORE,
	GROUND_ATTACK_AFTER,
	GROUND_ATTACK_CUES,
	NAME_AFTER,
	NEGATION_PATTERN,
	TRIGGERS,
	type ActionKind
} from './event-vocabulary';
import { isMunition, namesWeapon, objectsOf, WEAPON_CATEGORIES } from './objects';
import { findItems, parseCount, type ItemMention } from './quantities';

/** One event claimed in a sentence. */
export interface EventClaim {
	eventType: EventType;
	quantities: Quantity[];
	summary: string;
	/** Where its trigger words start in the sentence, to tie places to the nearest event. */
	anchors: number[];
	/**
	 * Whether it takes the sentence's places when none follows its own words. Not a strike named
	 * before a downing: "launched 40 drones, and air defence shot down 35 over A, B" strikes neither.
	 */
	sharesPlaces: boolean;
	/**
	 * A downing whose words name nothing downed ("Intercepts were recorded over X"): its type is the
	 * default of its verb, which the claim just before may say better.
	 */
	unnamedObject?: true;
}

const DOWNINGS: ReadonlySet<EventType> = new Set([
	'aircraft_downed',
	'drone_downed',
	'missile_downed'
]);

/** Whether an event is a downing (of an aircraft, a drone or a missile). */
export function isDowning(type: EventType): boolean {
	return DOWNINGS.has(type);
}

/**
 * A downing that named nothing downed, told as what the claim before it downed ("Air defence shot
 * down 20 drones. Intercepts were recorded over A and B.": drones, not missiles).
 */
export function downingOf(event: EventClaim, type: EventType): EventClaim {
	const { unnamedObject: _, ...rest } = event;
	return { ...rest, eventType: type, summary: summarise(type, [], [], '') };
}

interface TriggerHit {
	kind: ActionKind;
	start: number;
	end: number;
	words: string;
	label: string | null;
	needsWeapon: boolean;
	needsItem: boolean;
	groundOrStrike: boolean;
}

const TRIGGER_RE = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${TRIGGERS.map((t, i) => `(?<t${i}>${t.pattern})`).join('|')})(?![\\p{L}\\p{N}])`,
	'giu'
);
const NEGATION_RE = new RegExp(NEGATION_PATTERN, 'i');
/**
 * A military object right after "hit" makes it a strike without a weapon named: briefings say
 * "units hit manpower and hardware of two brigades near X", "hit a drone workshop". The object must
 * come before any full stop.
 */
const MILITARY_OBJECT =
	/^[^.;:!?]{0,80}?(?<![\p{L}])(?:manpower|hardware|brigades?|battalions?|regiments?|formations|positions|strongholds?|concentrations?|deployment\s+(?:points?|areas?)|command\s+posts?|firing\s+positions?|(?:drone|missile|ammunition|weapons?|military|arms)\s+(?:[\p{L}-]+\s+)?(?:workshops?|factor(?:y|ies)|plants?|depots?|warehouses?|facilit(?:y|ies)|enterprises?|production))(?![\p{L}])/iu;

/** Verbs of aiming at a target ("targeted", "hit"): their object may be troops, not only materiel. */
const AIMING = /^(?:target|hit)/i;
/** Troops as the object of an aiming verb: "targeted enemy personnel and equipment near X". */
const PEOPLE_OBJECT =
	/^[^.;:!?]{0,60}?(?<![\p{L}])(?:personnel|troops|servicemen|soldiers|fighters|militants)(?![\p{L}])/iu;

const CATEGORY_EVENT: Record<QuantityCategory, EventType | null> = {
	aircraft: 'aircraft_downed',
	drone: 'drone_downed',
	missile: 'missile_downed',
	tank: 'equipment_destroyed',
	artillery: 'equipment_destroyed',
	armoured_vehicle: 'equipment_destroyed',
	vehicle: 'equipment_destroyed',
	equipment: 'equipment_destroyed',
	personnel: 'casualties',
	civilians: 'casualties',
	other: null
};

/** Whether an item is of a kind that is downed (an aircraft, a drone, a missile). */
function namesDowned(item: ItemMention): boolean {
	const type = CATEGORY_EVENT[item.category];
	return type !== null && isDowning(type);
}

/** The clause before `at`: back to the last comma, semicolon, dash or clause word. */
function clauseBefore(sentence: string, at: number): string {
	const before = sentence.slice(0, at);
	const cut = Math.max(
		before.lastIndexOf(','),
		before.lastIndexOf(';'),
		before.lastIndexOf(' – '),
		before.lastIndexOf(' — '),
		before.search(/\b(?:while|whereas)\b[^]*$/)
	);
	return before.slice(cut + 1);
}

/**
 * Hedged assessments are claims of the assessor (GUIDELINES §1): "may have advanced" is a past event
 * held likely, unlike "may advance"; "no longer control X" asserts that control changed hands.
 */
const HEDGED_PAST = /\b(?:may|might|could)\s+have\b/gi;
const NO_LONGER = /\bno\s+longer\b/gi;
/** "Troops may be within 5 km of X", "may be in control of Y": a state held likely now, no forecast. */
const HEDGED_STATE = /\b(?:may|might|could)\s+(?:already\s+|now\s+|still\s+)?be\s*$/i;
const STATE_WORDS = /^(?:within|in\s+control|in\s+full\s+control|advancing|operating|fighting)\b/i;

/**
 * A gerund or an event noun that opens a sentence as the subject of a modal ("Seizing X could
 * allow …", "The capture of X would cut …", "The fall of X will open …") names an outcome weighed,
 * not an event.
 */
const GERUND_SUBJECT =
	/^\s*(?:\p{L}+ing|\p{L}+(?:tion|ure|all)\s+of)\b[^,;.]{0,80}?\s(?:could|would|might|may|will)\s+(?!have\b)/iu;

/**
 * A modal whose verb goes on to the trigger through coordinated verbs ("will need to advance on X and
 * secure Y"): the trigger is as hypothetical as the first verb. A new clause in between ("will
 * respond after troops shelled Y") ends its reach.
 */
const MODAL_REACH =
	/\b(?:will|would|could|might|may|shall)\s+(?!have\b)(?:(?!\b(?:that|after|before|because|when|since|as|which|who|where|while|but|although|though|once|until)\b)[^,;])*\band\s+(?:\p{L}+\s+)?$/iu;

/** Words that open a clause of its own: a participle after them hangs off that clause instead. */
const CLAUSE_WORD =
	/\b(?:that|after|before|because|when|which|who|where|while|but|although|though|once|until)\b|[;:]/gi;
/** A modal and a comma after it: the clause a participle after the comma hangs off. */
const MODAL_THEN_COMMA = /\b(?:will|would|could|might|may)\s+(?!have\b)[^]*,/i;
/** How far back a participle's modal is looked for (characters). */
const MODAL_LOOKBACK = 400;

/** Whether the text before a participle holds a modal, a comma after it and no new clause since. */
function modalBefore(before: string): boolean {
	const near = before.slice(-MODAL_LOOKBACK);
	let from = 0;
	CLAUSE_WORD.lastIndex = 0;
	for (let m = CLAUSE_WORD.exec(near); m; m = CLAUSE_WORD.exec(near)) from = m.index + m[0].length;
	return MODAL_THEN_COMMA.test(near.slice(from));
}

/** The month ("May 6", "in early May"), capitalised, is no modal: it is read as another word (same length). */
const MONTH_MAY = /\bMay\b/g;

function isNegated(text: string, hit: TriggerHit): boolean {
	const sentence = text.replace(MONTH_MAY, 'Mai');
	const clauseStart = clauseBefore(sentence, hit.start);
	const before = clauseStart.trim();
	if (/^(?:the)?$/i.test(before) && GERUND_SUBJECT.test(sentence.slice(hit.start))) return true;
	if (MODAL_REACH.test(clauseStart)) return true;
	// "X would be a blow, eliminating … and destroying Y": a participle clause of a modal's clause.
	if (
		/^\p{L}+ing\b/u.test(hit.words) &&
		/^\s*(?:and\s+|\p{L}+ing\b[^,;]*\band\s+)?$/iu.test(clauseStart) &&
		modalBefore(sentence.slice(0, hit.start))
	)
		return true;
	let clause = before.split(/\s+/).slice(-6).join(' ');
	clause = clause.replace(HEDGED_PAST, ' ');
	if (hit.kind === 'control') clause = clause.replace(NO_LONGER, ' ');
	if (hit.kind === 'control' && STATE_WORDS.test(hit.words))
		clause = clause.replace(HEDGED_STATE, ' ');
	if (NEGATION_RE.test(clause)) return true;
	// "X denied that its forces shelled Y": the denial covers the whole rest of the sentence.
	return /\b(?:denied|denies|deny|refuted|dismissed)\b[^.]*\bthat\b/i.test(
		sentence.slice(0, hit.start)
	);
}

function findTriggers(sentence: string): TriggerHit[] {
	const hits: TriggerHit[] = [];
	TRIGGER_RE.lastIndex = 0;
	for (let m = TRIGGER_RE.exec(sentence); m; m = TRIGGER_RE.exec(sentence)) {
		const i = TRIGGERS.findIndex((_, k) => m.groups?.[`t${k}`] !== undefined);
		if (i < 0) continue;
		const t = TRIGGERS[i];
		if (t.needsNameAfter && !NAME_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
		const hit = {
			kind: t.kind,
			start: m.index,
			end: m.index + m[0].length,
			words: m[0].toLowerCase(),
			label: t.label,
			needsWeapon: t.needsWeapon === true,
			needsItem: t.needsItem === true,
			groundOrStrike: t.groundOrStrike === true
		};
		// "occupied X", "a downed drone", "the destroyed bridge": a participle used as an adjective.
		const adjective =
			(hit.kind === 'control' || hit.kind === 'down' || hit.kind === 'destroy') &&
			/ed$/.test(hit.words) &&
			ADJECTIVE_BEFORE.test(sentence.slice(0, hit.start));
		if (!adjective && !isNegated(sentence, hit)) hits.push(hit);
	}
	return hits;
}

/** Words that put an interception in the air ("air defence intercepted", "intercepted over X"). */
const AIR_DEFENCE_WORDS =
	/\b(?:air\s+defen[cs]es?|anti-aircraft|air\s+force|anti-missile|in\s+the\s+sky)/i;
const OVER_A_PLACE = /\bover\s+(?:the\s+)?\p{Lu}/u;
const AIR_KIND = '(?:air|aerial|drone|missile|UAV|combined|missile-and-drone|massive|massed)';
const AIR_ATTACK_AFTER = new RegExp(
	`^\\s+(?:(?:the|an?|another|this|a\\s+massive|massive|massed|combined|enemy|russian|night|overnight)\\s+)*${AIR_KIND}\\s`,
	'i'
);
const AIR_ATTACK_BEFORE = new RegExp(
	`${AIR_KIND}\\s+(?:attacks?|strikes?|raids?)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+$`,
	'i'
);
const CYBER_AFTER = /^\s+(?:(?:an?|the|massive|another)\s+)*(?:cyber|hacker|DDoS)/i;
const ILLNESS_AFTER =
	/^\s+(?:of|from)\s+(?:an?\s+)?(?:heart|natural|illness|disease|cancer|covid|stroke|old\s+age|complications)/i;
/** Whether a downing follows all of a strike's triggers (the places after it are where weapons fell). */
function downedAfter(strikeHits: TriggerHit[], hits: TriggerHit[]): boolean {
	const last = Math.max(...strikeHits.map((h) => h.start));
	return hits.some((h) => h.kind === 'down' && h.start > last);
}

/** An air attack after a repulse or before its passive ("repelled a massive air attack", "the drone attack was repelled"). */
function repelsAirAttack(sentence: string, hit: TriggerHit): boolean {
	return (
		AIR_ATTACK_AFTER.test(sentence.slice(hit.end)) ||
		AIR_ATTACK_BEFORE.test(sentence.slice(0, hit.start))
	);
}

/** "drones launched by Russia", "missiles fired from the sea": a participle describing the weapon before it. */
function describesLaunch(sentence: string, hit: TriggerHit, items: ItemMention[]): boolean {
	return (
		/^launched|^fired/.test(hit.words) &&
		items.some((i) => i.end <= hit.start && /^\s*$/.test(sentence.slice(i.end, hit.start)))
	);
}

/** Right after a repulse, its means: "repelled by (the) artillery fire", "pushed back with …". */
const MEANS_AFTER_REPULSE =
	/^(?:\s+(?:the\s+)?(?:enemy|attacks?|assaults?|units|forces|troops))?\s+(?:back\s+)?(?:by|with|using)\s+(?:(?:the|their|its|our)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Means that repel from the air or the ground against the air: no sign of ground fighting. */
const AIR_MEANS =
	/^[^,;.]*?\b(?:aircraft|anti-aircraft|air\s+defen[cs]es?|missiles?|air\s+force|fighter|interceptors?)\b/i;
/** A sentence that opens with its means: "With artillery fire and active actions, …". */
const MEANS_OPENING = /^\s*(?:with|by|using)\s[^,;]{0,80}$/iu;

/**
 * Whether the words at `start` name the means of a repulse the sentence tells ("attacks were
 * repelled by artillery fire", "With artillery fire, troops pushed the enemy back"): what names
 * them is no claim of its own, nor a weapon of the attack.
 */
function meansOfRepulse(sentence: string, start: number, hits: TriggerHit[]): boolean {
	// "repelled by fighter aircraft and anti-aircraft missile forces": air defence repels air attacks.
	if (AIR_MEANS.test(sentence.slice(start, start + 60))) return false;
	return hits.some(
		(o) =>
			o.kind === 'combat' &&
			!o.groundOrStrike &&
			((o.end <= start && MEANS_AFTER_REPULSE.test(sentence.slice(o.end, start))) ||
				(start < o.start &&
					MEANS_OPENING.test(sentence.slice(0, start)) &&
					/,/.test(sentence.slice(start, o.start))))
	);
}

/** A strike word naming the means of a repulse (`meansOfRepulse`): the claim is the repulse. */
function repulseMeans(sentence: string, hit: TriggerHit, hits: TriggerHit[]): boolean {
	return hit.kind === 'strike' && !hit.groundOrStrike && meansOfRepulse(sentence, hit.start, hits);
}

/** A launch whose object is an attack or offensive trigger right after it ("launched three attacks"). */
function launchesAttack(sentence: string, hit: TriggerHit, hits: TriggerHit[]): boolean {
	return (
		hit.needsWeapon &&
		/^launch/.test(hit.words) &&
		hits.some(
			(o) =>
				o !== hit &&
				(o.groundOrStrike || o.kind === 'combat') &&
				o.start > hit.end &&
				COUNT_RIGHT_AFTER.test(sentence.slice(hit.end, o.start))
		)
	);
}

/**
 * An attack or assault named without a weapon is fighting on the ground when the sentence tells of
 * fighting ("repelled six attacks") or the words after it give a direction, area or positions.
 */
function isGroundAttack(
	sentence: string,
	hit: TriggerHit,
	hits: TriggerHit[],
	items: ItemMention[]
): boolean {
	// "an air attack" is a strike; "air assault brigades" are paratroopers.
	const airAttack =
		hit.words.startsWith('attack') && /\b(?:air|aerial)\s+$/i.test(sentence.slice(0, hit.start));
	if (airAttack) return false;
	// Tanks fight on the ground: "repelled attacks reinforced with tanks" is fighting, not a strike.
	const groundCues = GROUND_ATTACK_CUES.test(sentence);
	// "attacks were repelled by artillery fire": the means of a repulse is no weapon of the attack.
	const weapons = (groundCues ? items.filter((i) => i.category !== 'tank') : items).filter(
		(i) => !meansOfRepulse(sentence, i.start, hits)
	);
	if (namesWeapon(weapons)) return false;
	if (hits.some((h) => h.kind === 'combat' && !h.groundOrStrike)) return true;
	if (groundCues) return true;
	return hit.kind === 'combat' || GROUND_ATTACK_AFTER.test(sentence.slice(hit.end));
}

/** A count and up to two words between a verb and its object ("destroyed up to 330 Ukrainian"). */
const COUNT_RIGHT_AFTER =
	/^\s+(?:(?:up\s+to|about|roughly|around|some|over|more\s+than|at\s+least|nearly|almost|approximately)\s+)?(?:\d[\d,.]*\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** The end of a subject that is an armed force, right before a verb of loss ("the AFU lost"). */
const FORCE_BEFORE_LOSS =
	/(?<![\p{L}])(?:AFU|APU|VSU|enemy|forces|troops|army|military|units?|brigades?|battalions?|regiments?|divisions?|side)\s+(?:(?:has|have|had|also|reportedly|again)\s+)*$/iu;

function eventTypesOf(
	hit: TriggerHit,
	all: ItemMention[],
	sentence: string,
	objectsFor: (hit: TriggerHit) => ItemMention[]
): EventType[] {
	if (
		hit.needsWeapon &&
		!namesWeapon(all) &&
		!MILITARY_OBJECT.test(sentence.slice(hit.end, hit.end + 120)) &&
		!(AIMING.test(hit.words) && PEOPLE_OBJECT.test(sentence.slice(hit.end, hit.end + 120)))
	)
		return [];
	// Strikes and fighting need no objects; what was downed, destroyed or killed does.
	if (hit.kind === 'strike') return ['strike'];
	if (hit.kind === 'control' || hit.kind === 'combat') return ['territorial_control'];
	const items = objectsFor(hit);
	if (hit.needsItem) {
		// "The enemy lost up to 120 servicemen and five tanks": a force's lost men are casualties
		// ("the town lost 300 residents" to flight or evacuation is not).
		// An armed force that "lost 89 people" lost its own men, as "lost 89 servicemen" says.
		const forceLost = FORCE_BEFORE_LOSS.test(sentence.slice(0, hit.start));
		const counted = items.filter(
			(i) =>
				i.count !== null &&
				i.start > hit.end &&
				(i.category !== 'civilians' || (forceLost && /^(?:people|persons|men)$/i.test(i.item)))
		);
		const types = counted
			.map((i) => CATEGORY_EVENT[i.category])
			.filter((t): t is EventType => t !== null);
		return [...new Set(types)];
	}
	switch (hit.kind) {
		case 'kill':
			// "eliminated" counts people only when people are named; otherwise it is about equipment.
			if (hit.words.startsWith('eliminat')) {
				const types = items
					.map((i) => CATEGORY_EVENT[i.category])
					.filter((t): t is EventType => t !== null);
				return types.length > 0 ? types : [];
			}
			return ['casualties'];
		case 'down': {
			const types = items
				.map((i) => CATEGORY_EVENT[i.category])
				.filter(
					(t): t is EventType =>
						t === 'aircraft_downed' || t === 'drone_downed' || t === 'missile_downed'
				);
			if (types.length > 0) return types;
			// "intercepted a sabotage group", "intercepted a convoy": a missile only in an air war.
			if (hit.words.startsWith('intercept'))
				return AIR_DEFENCE_WORDS.test(sentence) || OVER_A_PLACE.test(sentence)
					? ['missile_downed']
					: ['other'];
			if (hit.words.startsWith('neutrali')) return [];
			return ['aircraft_downed'];
		}
		case 'destroy': {
			// "Destroyed up to 330 servicemen": briefings count the soldiers a force killed as
			// destroyed; people named otherwise around a destruction are no casualties of it.
			const types = items
				.filter(
					(i) =>
						i.category !== 'civilians' &&
						(i.category !== 'personnel' ||
							(i.count !== null &&
								i.start > hit.end &&
								COUNT_RIGHT_AFTER.test(sentence.slice(hit.end, i.start))))
				)
				.map((i) => CATEGORY_EVENT[i.category])
				.filter((t): t is EventType => t !== null);
			if (types.length > 0) return [...new Set(types)];
			// "Weapons destroyed six traction substations": infrastructure destroyed is struck.
			return INFRASTRUCTURE_DESTROYED.test(sentence.slice(hit.end)) ? ['strike'] : ['other'];
		}
	}
}

function joinList(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function describeQuantities(items: ItemMention[]): string {
	const main: string[] = [];
	for (const item of items) {
		const text = `${item.count} ${item.item}`;
		if (item.included && main.length > 0) main[main.length - 1] += ` (including ${text})`;
		else main.push(text);
	}
	return joinList(main);
}

/** Head nouns of what strikes are aimed at. */
const TARGET_NOUNS =
	'infrastructure|buildings?|positions?|facilit(?:y|ies)|plants?|homes?|houses?|bridges?|depots?|bases?|airfields?|airports?|hospitals?|schools?|stations?|areas?|districts?|targets?|villages?|towns?|cit(?:y|ies)|settlements?|territor(?:y|ies)|ports?|terminals?|refiner(?:y|ies)|substations?|warehouses?|markets?';
const TARGET_RE = new RegExp(
	`^\\s+(?:(?:were|was|are|is|have\\s+been|had\\s+been)\\s+)?(?:(?:on|at|upon|against|targeting|targeted|of)\\s+)?(?:(?:the|a|an)\\s+)?((?:(?!(?:in|near|at|on|of|over|across|around|and|or|the|to|from|by)\\s)[\\p{L}-]+\\s+){0,3}?(?:${TARGET_NOUNS}))(?![\\p{L}])`,
	'u'
);

/** The words after a strike trigger that name its target ("firing on civilian infrastructure in X"). */
function strikeTarget(sentence: string, hit: TriggerHit): string | null {
	return TARGET_RE.exec(sentence.slice(hit.end))?.[1] ?? null;
}

function clauseAround(sentence: string, hit: TriggerHit): string {
	const before =
		clauseBefore(sentence, hit.start)
			.split(/\b(?:and|but|as|after|that|which|because|since|when|while|where)\b/i)
			.pop() ?? '';
	const lead = before.trim().split(/\s+/).filter(Boolean).slice(-4).join(' ');
	const after = (/^[^,;.!?]*/.exec(sentence.slice(hit.end))?.[0] ?? '')
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 8)
		.join(' ');
	return [lead, sentence.slice(hit.start, hit.end), after]
		.filter(Boolean)
		.join(' ')
		.replace(/\s+/g, ' ');
}

function casualtyVerb(words: string): string {
	if (/^kill|^eliminat/.test(words)) return 'killed';
	return /^wound|^injur/.test(words) ? 'wounded' : 'dead';
}

/** "2 people killed, 9 wounded": counted people with the verb that follows them, then bare counts ("and nine injured"). */
/** Nouns of people: "wounded 15 civilians" is a counted item, not a bare count. */
const ITEM_WORDS = 'people|civilians|residents|soldiers|servicemen|children|persons|others|more';

function summariseCasualties(hits: TriggerHit[], counted: ItemMention[], sentence: string): string {
	if (counted.length === 0)
		return `people ${joinList([...new Set(hits.map((h) => casualtyVerb(h.words)))])}`;
	const first = counted[0];
	// Each counted group takes its own verb: the one just before it ("killed a woman and wounded 12
	// civilians") or else the first after it ("three people were killed").
	const verbOf = (item: ItemMention) =>
		casualtyVerb(
			(
				hits.find((h) => h.end <= item.start && /^\s*$/.test(sentence.slice(h.end, item.start))) ??
				hits.find((h) => h.start >= item.end) ??
				hits[0]
			).words
		);
	const groups: { verb: string; items: ItemMention[] }[] = [];
	for (const item of counted) {
		const verb = verbOf(item);
		const last = groups[groups.length - 1];
		if (last && (last.verb === verb || item.included)) last.items.push(item);
		else groups.push({ verb, items: [item] });
	}
	const parts = groups.map((g) => `${describeQuantities(g.items)} ${g.verb}`);
	const n = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
	const verbs = '(wounded|injured|killed)';
	// Bare counts after the first: "and nine injured", "and wounded 15".
	const bare = new RegExp(
		`(?:^|[\\s,])(?:and\\s+)?(?:${n}\\s+(?:others?\\s+|more\\s+)?(?:were\\s+)?${verbs}|${verbs}\\s+(?:another\\s+)?${n}(?!\\s+(?:\\p{L}+\\s+)?(?:${ITEM_WORDS})))\\b`,
		'giu'
	);
	for (let m = bare.exec(sentence); m; m = bare.exec(sentence)) {
		if (m.index < first.end) continue;
		const [count, verb] = m[1] !== undefined ? [m[1], m[2]] : [m[4], m[3]];
		parts.push(`${parseCount(count) ?? count} ${casualtyVerb(verb.toLowerCase())}`);
	}
	return parts.join(', ');
}

function summarise(
	type: EventType,
	hits: TriggerHit[],
	items: ItemMention[],
	sentence: string
): string {
	const counted = items.filter((i) => i.count !== null);
	switch (type) {
		case 'strike': {
			const labels: string[] = [];
			for (const hit of hits) {
				const label = hit.label ?? hit.words;
				const target =
					label === 'shelling' || label === 'strikes' || label === 'attack'
						? strikeTarget(sentence, hit)
						: null;
				const text = target ? `${label} ${label === 'shelling' ? 'of' : 'on'} ${target}` : label;
				if (!labels.some((l) => l.startsWith(label))) labels.push(text);
			}
			const weapons =
				counted.length > 0 && hits[0].label === 'strikes' && !/ (?:of|on) /.test(labels[0]);
			// "launched a missile strike": the named strike says it all.
			const named = labels.filter((l) => l !== 'strikes' && /strike|attack/.test(l));
			const shown = named.length > 0 ? labels.filter((l) => l !== 'strikes') : labels;
			return weapons ? `${describeQuantities(counted)} ${hits[0].words}` : joinList(shown);
		}
		case 'aircraft_downed':
			return counted.length > 0 ? `${describeQuantities(counted)} shot down` : 'aircraft shot down';
		case 'drone_downed':
			return counted.length > 0 ? `${describeQuantities(counted)} downed` : 'drones downed';
		case 'missile_downed':
			return counted.length > 0
				? `${describeQuantities(counted)} intercepted`
				: 'missiles intercepted';
		case 'equipment_destroyed':
			return counted.length > 0
				? `${describeQuantities(counted)} destroyed`
				: 'equipment destroyed';
		case 'casualties':
			return summariseCasualties(hits, counted, sentence);
		default:
			return clauseAround(sentence, hits[0]);
	}
}

/**
 * The start of the war told as its background ("Russia launched a special military operation in
 * Ukraine, aiming to …", the paragraph some outlets close every report with): a political statement,
 * and what it says of the years before is no claim. "Since X launched its invasion, …" dates a claim.
 */
const WAR_START =
	/\blaunch(?:ed|es)?\s+(?:a|an|its|the)\s+(?:so-called\s+)?["“]?(?:special\s+military\s+operation|full-scale\s+(?:invasion|war)|invasion\s+of)/i;
const DATES_FROM = /\b(?:since|after|when|before|until)\b[^,.;]*\blaunch/i;

/** The events a sentence claims, one per event type, each with its quantities and a summary. */
export function findEvents(sentence: string): EventClaim[] {
	if (WAR_START.test(sentence) && !DATES_FROM.test(sentence)) return [];
	const found = findTriggers(sentence);
	if (found.length === 0) return [];
	const items = findItems(sentence);
	const hits = found.filter(
		(h, _, all) =>
			// "attack drones", "strike UAVs": a trigger word inside an item's name is no event.
			!items.some((i) => i.start <= h.start && h.end <= i.end) &&
			// "repelled the air attack": air defence, not ground fighting; "a cyber attack": no fighting.
			!(h.kind === 'combat' && repelsAirAttack(sentence, h)) &&
			!(h.kind === 'combat' && CYBER_AFTER.test(sentence.slice(h.end))) &&
			// "died of a heart attack": no casualty of the war.
			!(h.kind === 'kill' && ILLNESS_AFTER.test(sentence.slice(h.end))) &&
			// "launched three attacks", "launched an offensive": the attack says what was launched.
			!launchesAttack(sentence, h, all) &&
			// "attacks were repelled by artillery fire": the fire is how the attack was repelled.
			!repulseMeans(sentence, h, all) &&
			// "14 of the 16 drones launched overnight were shot down": the launch is no claim of its own.
			!(
				h.needsWeapon &&
				describesLaunch(sentence, h, items) &&
				all.some((o) => o.kind === 'down' || o.kind === 'destroy')
			)
	);
	if (hits.length === 0) return [];
	// An ambiguous attack takes the reading its words give: ground fighting or a strike.
	for (const hit of hits)
		if (hit.groundOrStrike)
			hit.kind = isGroundAttack(sentence, hit, hits, items) ? 'combat' : 'strike';
	// The objects of each trigger, worked out once: what it was done to, not its subject or means.
	const objectCache = new Map<TriggerHit, ItemMention[]>();
	const objectsFor = (hit: TriggerHit): ItemMention[] => {
		let own = objectCache.get(hit);
		if (!own) objectCache.set(hit, (own = objectsOf(sentence, hit, items, hits)));
		return own;
	};
	const byType = new Map<EventType, TriggerHit[]>();
	for (const hit of hits) {
		for (const type of eventTypesOf(hit, items, sentence, objectsFor)) {
			const list = byType.get(type) ?? [];
			if (!list.includes(hit)) list.push(hit);
			byType.set(type, list);
		}
	}
	// "destroyed two drones" and "shot down two drones" in one sentence are the same claim.
	if (byType.has('other') && byType.size > 1) byType.delete('other');
	const claims: EventClaim[] = [];
	// What each claim counts: the objects of its own triggers.
	const objects = (typeHits: TriggerHit[], type: EventType) => [
		...new Set(
			typeHits.flatMap((h) => objectsFor(h).filter((i) => CATEGORY_EVENT[i.category] === type))
		)
	];
	const counted = new Set([...byType].flatMap(([type, typeHits]) => objects(typeHits, type)));
	// Weapons that no downing or destruction claims ("launched 30 drones at X") are what the strike used.
	const unclaimed = items.filter(
		(i) => (WEAPON_CATEGORIES.has(i.category) || isMunition(i)) && !counted.has(i)
	);
	for (const [eventType, typeHits] of byType) {
		const own = eventType === 'strike' ? unclaimed : objects(typeHits, eventType);
		const unnamed = isDowning(eventType) && own.length === 0 && !items.some(namesDowned);
		claims.push({
			...(unnamed ? { unnamedObject: true as const } : {}),
			eventType,
			quantities: own
				.filter((i) => i.count !== null)
				.map((i) => ({ count: i.count as number, item: i.item, category: i.category })),
			summary: summarise(eventType, typeHits, own, sentence),
			anchors: typeHits.map((h) => h.start),
			sharesPlaces: !(eventType === 'strike' && downedAfter(typeHits, hits))
		});
	}
	return claims;
}

/** Whether `text` contains any event trigger (negated or not). */
export function hasTrigger(text: string): boolean {
	TRIGGER_RE.lastIndex = 0;
	return TRIGGER_RE.test(text);
}
