/**
 * Incidents built from claims, a grouping and an analyst's judgements: who asserts and who denies,
 * the status with its reason, the quantities of each side, and a line that says it all.
 */
import {
	SIDE_LABELS,
	type ClaimantKind,
	type ClaimantSide,
	type ClaimFeature,
	type ClaimProperties,
	type EventType,
	type Stance
} from '../contract';
import {
	applyJudgements,
	type IncidentGrouping,
	type IncidentJudgement,
	type Verification
} from './judgements';
import {
	incidentStatus,
	quantitiesBySide,
	quantityLine,
	type ClaimedBy,
	type IncidentStatus,
	type SideQuantities
} from './status';

/** One claimant of an incident, with its stance and how many reports carry its claim. */
export interface IncidentClaimant {
	claimant: string | null;
	side: ClaimantSide;
	kind: ClaimantKind | null;
	stance: Stance;
	reports: number;
}

/** An incident: one event and every claim about it. */
export interface Incident {
	incidentId: string;
	status: IncidentStatus;
	/** The status rule that decided and its words ("denied by Ukraine (General Staff)"). */
	statusRule: string;
	statusReason: string;
	/** The sides whose claimants assert it, and those whose claimants deny it. */
	sides: ClaimantSide[];
	deniedBy: ClaimantSide[];
	claimedBy: ClaimedBy;
	eventTypes: EventType[];
	/** First and last day of its claims (event date, else published). */
	dateFrom: string | null;
	dateTo: string | null;
	placeName: string | null;
	admin1: string | null;
	/** The point of its most precise claim. */
	point: [number, number] | null;
	claimIds: string[];
	featureIds: string[];
	articleIds: string[];
	claimants: IncidentClaimant[];
	/** The outlets that published its reports. */
	publishers: string[];
	quantities: SideQuantities[];
	quantityLine: string;
	/** "claimed by Russia (ministry, 2 reports) · denied by Ukraine (General Staff) · reported by AP". */
	line: string;
	verified: Verification | null;
}

function unique<T>(values: Iterable<T>): T[] {
	return [...new Set(values)];
}

function claimantsOf(features: readonly ClaimFeature[]): IncidentClaimant[] {
	const byKey = new Map<string, { c: IncidentClaimant; articles: Set<string> }>();
	for (const f of features) {
		const p = f.properties;
		const key = `${p.stance}|${p.claimantSide}|${p.claimant?.toLowerCase() ?? ''}`;
		const entry = byKey.get(key) ?? {
			c: {
				claimant: p.claimant,
				side: p.claimantSide,
				kind: p.attribution?.kind ?? null,
				stance: p.stance,
				reports: 0
			},
			articles: new Set<string>()
		};
		entry.articles.add(p.articleId);
		entry.c.reports = entry.articles.size;
		byKey.set(key, entry);
	}
	return [...byKey.values()].map((e) => e.c);
}

function sideWords(claimants: readonly IncidentClaimant[], verb: string): string[] {
	const bySide = new Map<ClaimantSide, IncidentClaimant[]>();
	for (const c of claimants) bySide.set(c.side, [...(bySide.get(c.side) ?? []), c]);
	return [...bySide].map(([side, cs]) => {
		const reports = cs.reduce((n, c) => n + c.reports, 0);
		const names = unique(cs.map((c) => c.claimant).filter((n): n is string => n !== null));
		const details = [...names, ...(reports > 1 ? [`${reports} reports`] : [])];
		const label = side === 'unattributed' ? 'unattributed reports' : SIDE_LABELS[side];
		return `${verb} ${label}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
	});
}

/** The line that tells an incident's claimants apart. */
export function incidentLine(
	claimants: readonly IncidentClaimant[],
	publishers: readonly string[]
): string {
	const parts = [
		...sideWords(
			claimants.filter((c) => c.stance === 'asserts'),
			'claimed by'
		),
		...sideWords(
			claimants.filter((c) => c.stance === 'denies'),
			'denied by'
		)
	];
	if (publishers.length > 0) parts.push(`reported by ${publishers.join(', ')}`);
	return parts.join(' · ');
}

const PRECISION_RANK = [
	'landmark',
	'settlement',
	'near_settlement',
	'district',
	'region',
	'country'
];

/** What choosing an incident's point reads of a claim. */
export type Placed = Pick<ClaimFeature, 'geometry'> & {
	properties: Pick<ClaimProperties, 'precision' | 'uncertaintyKm'>;
};

function rank(f: Placed): number {
	if (!f.geometry) return Infinity;
	const r = PRECISION_RANK.indexOf(f.properties.precision ?? 'country');
	return r * 1000 + (f.properties.uncertaintyKm ?? 999);
}

/** The claim whose point is an incident's: the most precise, the first of equals. */
export function bestPlaced<T extends Placed>(features: readonly T[]): T | undefined {
	return [...features].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * `both` when claimants of two sides or more speak of an incident (asserting or denying it), an
 * unattributed claim speaking for no side.
 */
export function claimedByOf(
	features: readonly { properties: Pick<ClaimProperties, 'claimantSide' | 'stance'> }[]
): ClaimedBy {
	const speaking = new Set<ClaimantSide>();
	for (const { properties: p } of features)
		if ((p.stance === 'asserts' || p.stance === 'denies') && p.claimantSide !== 'unattributed')
			speaking.add(p.claimantSide);
	return speaking.size >= 2 ? 'both' : 'one';
}

/** One incident of the given claims. */
export function buildIncident(
	incidentId: string,
	features: readonly ClaimFeature[],
	verified: Verification | null = null
): Incident {
	const verdict = incidentStatus(features);
	const claimants = claimantsOf(features);
	const asserting = claimants.filter((c) => c.stance === 'asserts' && c.side !== 'unattributed');
	const denying = claimants.filter((c) => c.stance === 'denies' && c.side !== 'unattributed');
	const best = bestPlaced(features);
	const days = features
		.map((f) => f.properties.eventDate ?? f.properties.published)
		.filter((d): d is string => d !== null)
		.sort();
	const publishers = unique(
		features.map((f) => f.properties.publisher).filter((p): p is string => !!p)
	);
	const quantities = quantitiesBySide(features);
	return {
		incidentId,
		status: verdict.status,
		statusRule: verdict.rule,
		statusReason: verdict.reason,
		sides: unique(asserting.map((c) => c.side)),
		deniedBy: unique(denying.map((c) => c.side)),
		claimedBy: claimedByOf(features),
		eventTypes: unique(features.map((f) => f.properties.eventType)),
		dateFrom: days[0] ?? null,
		dateTo: days.at(-1) ?? null,
		placeName: best?.properties.placeName ?? null,
		admin1: best?.properties.admin1 ?? null,
		point: best?.geometry ? [best.geometry.coordinates[0], best.geometry.coordinates[1]] : null,
		claimIds: unique(features.map((f) => f.properties.claimId)),
		featureIds: features.map((f) => String(f.id)),
		articleIds: unique(features.map((f) => f.properties.articleId)),
		claimants,
		publishers,
		quantities,
		quantityLine: quantityLine(quantities),
		line: incidentLine(claimants, publishers),
		verified
	};
}

/**
 * The incidents of a set of claims: each feature is in the incident the grouping gives it (a feature
 * the grouping does not know is an incident of its own), with the analyst's judgements applied.
 * Incidents come in the order of their first claim.
 */
export function buildIncidents(
	features: readonly ClaimFeature[],
	machine: ReadonlyMap<string, string>,
	judgements: readonly IncidentJudgement[] = []
): Incident[] {
	const known = new Map(machine);
	for (const f of features) if (!known.has(String(f.id))) known.set(String(f.id), String(f.id));
	const { membership, verified } = applyJudgements(known, judgements);
	const groups = new Map<string, ClaimFeature[]>();
	for (const f of features) {
		const id = membership.get(String(f.id)) as string;
		const group = groups.get(id);
		if (group) group.push(f);
		else groups.set(id, [f]);
	}
	return [...groups].map(([id, fs]) => buildIncident(id, fs, verified.get(id) ?? null));
}

/** Each claim's incident: feature id → incident. */
export function incidentsByFeature(incidents: readonly Incident[]): Map<string, Incident> {
	const map = new Map<string, Incident>();
	for (const i of incidents) for (const id of i.featureIds) map.set(id, i);
	return map;
}

/** The incidents of the claims under a grouping sent by the server (`/api/incidents/grouping`). */
export function incidentsOfGrouping(
	features: readonly ClaimFeature[],
	grouping: IncidentGrouping
): Incident[] {
	return buildIncidents(
		features,
		new Map(Object.entries(grouping.membership)),
		grouping.judgements
	);
}
