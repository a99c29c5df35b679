/**
 * What an incident's claims agree on: its status with the reason, as an ordered table of named rules
 * (the first that applies decides), and the quantities each side gives.
 */
import {
	SIDE_LABELS,
	type ClaimantSide,
	type ClaimFeature,
	type ClaimProperties,
	type Quantity
} from '../contract';

/** An incident's status: one claimant side, confirmed across sides, or disputed. */
export const INCIDENT_STATUSES = ['single', 'corroborated', 'contested'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Whether claimants of one side or of several speak of an incident (asserting or denying). */
export const CLAIMED_BY = ['one', 'both'] as const;
export type ClaimedBy = (typeof CLAIMED_BY)[number];

/** A status with the rule and the words that explain it. */
export interface StatusVerdict {
	status: IncidentStatus;
	rule: string;
	reason: string;
}

/** Words of a control claim that say a place changed hands, or that it was held. */
const GAINED =
	/\b(?:captur\w*|took|taken|seiz\w*|liberat\w*|occup\w*|entered|advanc\w*|gained|control\w*|raised\s+(?:the|its)\s+flag)\b/i;
const HELD =
	/\b(?:repel\w*|repuls\w*|held|hold\w*|beat(?:en)?\s+back|thwart\w*|push\w*\s+back|foiled|unsuccessful\w*|failed|stopp\w*|remains?\s+under)\b/i;

/** What a control claim says of its place. */
export type ControlReading = 'gained' | 'held';

/** What a control claim says of its place: `gained`, `held`, or null. */
export function controlReading(feature: {
	properties: Pick<ClaimProperties, 'eventType' | 'summary' | 'quote'>;
}): ControlReading | null {
	const p = feature.properties;
	if (p.eventType !== 'territorial_control') return null;
	for (const text of [p.summary, p.quote]) {
		const held = HELD.test(text);
		const gained = GAINED.test(text);
		if (held !== gained) return held ? 'held' : 'gained';
	}
	return null;
}

function sideList(sides: Iterable<ClaimantSide>): string {
	const names = [...new Set(sides)].map((s) => SIDE_LABELS[s]);
	return names.length <= 1
		? names.join('')
		: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function who(features: readonly ClaimFeature[]): string {
	const bySide = new Map<ClaimantSide, Set<string>>();
	for (const f of features) {
		const set = bySide.get(f.properties.claimantSide) ?? new Set<string>();
		if (f.properties.claimant) set.add(f.properties.claimant);
		bySide.set(f.properties.claimantSide, set);
	}
	return [...bySide]
		.map(
			([side, names]) =>
				`${SIDE_LABELS[side]}${names.size > 0 ? ` (${[...names].join(', ')})` : ''}`
		)
		.join(', ');
}

/** Sides that name a claimant: an unattributed sentence speaks for no side. */
function attributed<T extends { properties: { claimantSide: ClaimantSide } }>(
	features: readonly T[]
): T[] {
	return features.filter((f) => f.properties.claimantSide !== 'unattributed');
}

/**
 * What the status rules decide on of one claim: its side and stance, whether an assessor makes it,
 * and what it says of a place's control. A reader of many incidents keeps only these (and the
 * status of an incident of them is the status of its claims: `statusOf`).
 */
export interface StatusTraits {
	properties: Pick<ClaimProperties, 'claimantSide' | 'stance'> & {
		assessor: boolean;
		control: ControlReading | null;
	};
}

/** What the status rules decide on of a claim. */
export function statusTraits(feature: ClaimFeature): StatusTraits {
	const p = feature.properties;
	return {
		properties: {
			claimantSide: p.claimantSide,
			stance: p.stance,
			assessor: p.attribution?.kind === 'assessor',
			control: controlReading(feature)
		}
	};
}

/**
 * A status rule: whether it applies is decided on the claims' traits alone (so a reader holding
 * only those gets the same status), its words from the whole claims.
 */
type StatusRule = {
	name: string;
	status: IncidentStatus;
	applies: (ts: readonly StatusTraits[]) => boolean;
	reason: (fs: readonly ClaimFeature[]) => string;
};

/** The sides of the attributed claims that gained a place, and of those that held it. */
function controlSides(ts: readonly StatusTraits[]): {
	gainers: Set<ClaimantSide>;
	holders: ClaimantSide[];
} {
	const sides = (reading: ControlReading) =>
		attributed(ts)
			.filter((t) => t.properties.control === reading)
			.map((t) => t.properties.claimantSide);
	return { gainers: new Set(sides('gained')), holders: sides('held') };
}

/** The status rules, in order. */
export const STATUS_RULES: readonly StatusRule[] = [
	{
		name: 'denied',
		status: 'contested',
		applies: (ts) => ts.some((t) => t.properties.stance === 'denies'),
		reason: (fs) => `denied by ${who(fs.filter((f) => f.properties.stance === 'denies'))}`
	},
	{
		name: 'captured-vs-held',
		status: 'contested',
		applies: (ts) => {
			const { gainers, holders } = controlSides(ts);
			return gainers.size > 0 && !holders.every((side) => gainers.has(side));
		},
		reason: (fs) => {
			const { gainers, holders } = controlSides(fs.map(statusTraits));
			return `captured according to ${sideList(gainers)}, held according to ${sideList(holders)}`;
		}
	},
	{
		name: 'different-sides',
		status: 'corroborated',
		applies: (ts) => new Set(attributed(ts).map((t) => t.properties.claimantSide)).size >= 2,
		reason: (fs) => `asserted by ${sideList(attributed(fs).map((f) => f.properties.claimantSide))}`
	},
	{
		name: 'assessor',
		status: 'corroborated',
		applies: (ts) =>
			ts.some((t) => t.properties.assessor) && attributed(ts).some((t) => !t.properties.assessor),
		reason: (fs) => {
			const assessors = fs.filter((f) => f.properties.attribution?.kind === 'assessor');
			const others = attributed(fs).filter((f) => f.properties.attribution?.kind !== 'assessor');
			return `asserted by ${who(others)}, assessed by ${who(assessors)}`;
		}
	},
	{
		name: 'one-side',
		status: 'single',
		applies: () => true,
		reason: (fs) => {
			const sides = attributed(fs);
			return sides.length > 0 ? `claimed only by ${who(sides)}` : 'no claimant named';
		}
	}
];

/** The first status rule that applies to claims of these traits. */
function ruleOf(traits: readonly StatusTraits[]): StatusRule {
	return STATUS_RULES.find((rule) => rule.applies(traits)) ?? STATUS_RULES[STATUS_RULES.length - 1];
}

/** The status of an incident from its claims. */
export function incidentStatus(features: readonly ClaimFeature[]): StatusVerdict {
	const rule = ruleOf(features.map(statusTraits));
	return { status: rule.status, rule: rule.name, reason: rule.reason(features) };
}

/** The status alone of an incident of claims of these traits (what `incidentStatus` decides). */
export function statusOf(traits: readonly StatusTraits[]): IncidentStatus {
	return ruleOf(traits).status;
}

/** What one side says was counted, and in which words. */
export interface SideQuantities {
	side: ClaimantSide;
	/** The largest count of each item the side's claims give. */
	quantities: Quantity[];
	/** The side's counted claims in its words ("14 drones downed"). */
	text: string;
}

/** The quantities each side's asserting claims give, side by side. */
export function quantitiesBySide(features: readonly ClaimFeature[]): SideQuantities[] {
	const bySide = new Map<ClaimantSide, ClaimFeature[]>();
	for (const f of features) {
		if (f.properties.stance === 'denies' || f.properties.quantities.length === 0) continue;
		const list = bySide.get(f.properties.claimantSide) ?? [];
		list.push(f);
		bySide.set(f.properties.claimantSide, list);
	}
	return [...bySide].map(([side, fs]) => {
		const most = new Map<string, Quantity>();
		for (const q of fs.flatMap((f) => f.properties.quantities)) {
			const key = `${q.category}|${q.item.toLowerCase()}`;
			if ((most.get(key)?.count ?? -1) < q.count) most.set(key, q);
		}
		const text = [...new Set(fs.map((f) => f.properties.summary))].join(', ');
		return { side, quantities: [...most.values()], text };
	});
}

/** "Russia: 14 drones downed · Ukraine: 3 drones downed". */
export function quantityLine(sides: readonly SideQuantities[]): string {
	return sides.map((s) => `${SIDE_LABELS[s.side]}: ${s.text}`).join(' · ');
}
