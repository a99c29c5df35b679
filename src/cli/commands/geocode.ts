/**
 * `geocode`: reads JSON lines `{"id", "text", "date"?}` on stdin and prints one line per input with
 * every place mention in the text, in order of appearance; the optional date (`YYYY-MM-DD`) tells
 * the geocoder which fronts were active. `lat`/`lon` say where the mention puts an event: they are
 * given for `point` mentions and their `repeat`s; a region or country that only qualifies another
 * place, a reference point ("X, north of Y") and an oblast or country named on its own keep their
 * place and its coordinates (`placeLat`/`placeLon`) but no point. A bad line is reported on stderr
 * (with its line number) and answered by nothing; the others are still answered; the exit code is
 * then 1.
 *
 * `geocode --explain` prints instead, per input line, why each mention landed where it did: its
 * span, context facts, the classify stage's verdicts, its relations and each candidate's features
 * and score (see `core/geocode/explain.ts`).
 */
import { readFileSync } from 'node:fs';
import {
	mentionRoles,
	POINT_MAX_UNCERTAINTY_KM,
	type MentionRole
} from '../../lib/core/geocode/roles';
import { formatExplanation } from '../../lib/core/geocode/explain';
import { createGeocoder, type ExplainingGeocoder } from '../../lib/core/geocode/geocoder';
import type { GeocodeOptions, Geocoder, ResolvedMention } from '../../lib/core/geocode/types';
import { loadDefaultGeocoder, loadGazetteer } from '../../lib/server/gazetteer';
import type { Command } from '../command';

/** One place of the output line, as CLAIMS-GEOJSON.md specifies (plus role, precision and offsets). */
export interface GeocodedPlace {
	mention: string;
	name: string | null;
	/** Where the mention puts an event ("17 km NE of X" moves it off X); null unless `role` is `point` or `repeat`. */
	lat: number | null;
	lon: number | null;
	gazetteerId: string | null;
	admin1: string | null;
	featureCode: string | null;
	confidence: number;
	alternatives: ResolvedMention['resolution']['alternatives'];
	resolution: ResolvedMention['resolution']['kind'];
	/** What the mention is to the text's events (see `mentionRoles`). */
	role: MentionRole;
	/** The place's own coordinates, whatever its role; null when unresolved. */
	placeLat: number | null;
	placeLon: number | null;
	precision: string | null;
	uncertaintyKm: number | null;
	start: number;
	end: number;
}

/** The outcome of one input line. */
export type GeocodeLineResult =
	{ kind: 'ok'; line: string } | { kind: 'skip' } | { kind: 'error'; message: string };

/** Converts a resolved mention with its role to its output form (fields in the contract's order). */
export function toGeocodedPlace(m: ResolvedMention, role: MentionRole): GeocodedPlace {
	const r = m.resolution;
	const located = r.kind === 'unresolved' ? null : r;
	const point =
		(role === 'point' || role === 'repeat') && located
			? (located.offsetPoint ?? located.place)
			: null;
	return {
		mention: m.mention.mention,
		name: located?.place.name ?? null,
		lat: point?.lat ?? null,
		lon: point?.lon ?? null,
		gazetteerId: located?.place.id ?? null,
		admin1: located?.place.admin1 ?? null,
		featureCode: located?.place.featureCode ?? null,
		confidence: located?.confidence ?? 0,
		alternatives: r.alternatives,
		resolution: r.kind,
		role,
		placeLat: located?.place.lat ?? null,
		placeLon: located?.place.lon ?? null,
		precision: located?.precision ?? null,
		uncertaintyKm: located?.uncertaintyKm ?? null,
		start: m.mention.start,
		end: m.mention.end
	};
}

/** Every mention of `text` in its output form; wider than `maxUncertaintyKm` is an area, not a point. */
export function toGeocodedPlaces(
	text: string,
	mentions: readonly ResolvedMention[],
	maxUncertaintyKm: number = POINT_MAX_UNCERTAINTY_KM
): GeocodedPlace[] {
	const roles = mentionRoles(text, mentions, maxUncertaintyKm);
	return mentions.map((m, i) => toGeocodedPlace(m, roles[i]));
}

/** One input line read: its id, text and date, or what is wrong with it. */
type ParsedLine =
	| { kind: 'ok'; id: unknown; text: string; options: GeocodeOptions }
	| { kind: 'skip' }
	| { kind: 'error'; message: string };

/** Reads one input line `{"id", "text", "date"?}`. */
function parseLine(line: string): ParsedLine {
	if (line.trim() === '') return { kind: 'skip' };
	let input: unknown;
	try {
		input = JSON.parse(line);
	} catch {
		return { kind: 'error', message: 'not JSON' };
	}
	if (typeof input !== 'object' || input === null || Array.isArray(input))
		return { kind: 'error', message: 'not a JSON object' };
	const { id, text, date } = input as { id?: unknown; text?: unknown; date?: unknown };
	if (id === undefined || id === null) return { kind: 'error', message: 'missing "id"' };
	if (typeof text !== 'string') return { kind: 'error', message: 'missing "text" (a string)' };
	if (text.trim() === '') return { kind: 'error', message: 'empty "text"' };
	if (date !== undefined && date !== null && typeof date !== 'string')
		return { kind: 'error', message: '"date" is not a string (YYYY-MM-DD)' };
	return { kind: 'ok', id, text, options: { date: date ?? null } };
}

/** Geocodes one input line (pure apart from the geocoder). */
export function geocodeLine(line: string, geocoder: Geocoder): GeocodeLineResult {
	const input = parseLine(line);
	if (input.kind !== 'ok') return input;
	const places = toGeocodedPlaces(input.text, geocoder.geocode(input.text, input.options));
	return { kind: 'ok', line: JSON.stringify({ id: input.id, places }) };
}

/** Explains one input line for a reader: a heading with its id, then `formatExplanation`. */
export function explainLine(line: string, geocoder: ExplainingGeocoder): GeocodeLineResult {
	const input = parseLine(line);
	if (input.kind !== 'ok') return input;
	const explanation = geocoder.explain(input.text, input.options);
	return {
		kind: 'ok',
		line: `# ${JSON.stringify(input.id)}\n${formatExplanation(explanation)}\n`
	};
}

/** The `geocode` command. */
export const geocodeCommand: Command = {
	name: 'geocode',
	summary:
		'geocode [--explain] < lines.jsonl: place mentions of each {"id","text"} line, one JSON line each (--explain: why, for a reader)',
	async run(args) {
		const explain = args[0] === '--explain';
		const unexpected = args.slice(explain ? 1 : 0)[0];
		if (unexpected !== undefined) {
			process.stderr.write(
				`claimsmap geocode: unexpected argument '${unexpected}' (input is JSON lines on stdin)\n`
			);
			return 2;
		}
		const input = new TextDecoder('utf-8').decode(readFileSync(0));
		const answer = explain
			? (
					(geocoder) => (line: string) =>
						explainLine(line, geocoder)
				)(createGeocoder(loadGazetteer()))
			: (
					(geocoder) => (line: string) =>
						geocodeLine(line, geocoder)
				)(loadDefaultGeocoder());
		let failed = 0;
		const out: string[] = [];
		input.split('\n').forEach((line, n) => {
			const result = answer(line);
			if (result.kind === 'ok') out.push(result.line);
			else if (result.kind === 'error') {
				failed++;
				process.stderr.write(`claimsmap geocode: line ${n + 1}: ${result.message}\n`);
			}
		});
		process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
		return failed > 0 ? 1 : 0;
	}
};
