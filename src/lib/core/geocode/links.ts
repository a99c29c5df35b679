/**
 * Links between the mentions of a text once they are found: regions and countries that qualify
 * a place ("X, Kherson region"), a plural region word shared by a list ("Donetsk and Luhansk
 * regions"), and names that the text uses as people ("Austin said").
 */
import { PERSON_TITLES, SPEECH_VERBS } from './lexicon';
import type { FoundMention } from './mentions';
import { joined, type Token } from './tokens';

const QUALIFIER_GLUE = new Set(['in', 'of', 'the']);

/** Whether mention b directly follows mention a as a list item ("X and Y", "X, Y", "X or Y"). */
function listed(a: FoundMention, b: FoundMention, tokens: Token[]): boolean {
	if (a.sentence !== b.sentence) return false;
	const between = tokens.slice(a.lastToken + 1, b.firstToken);
	if (between.length > 1 || !between.every((t) => t.folded === 'and' || t.folded === 'or'))
		return false;
	return between.length === 1 || /^\s*,\s*$/.test(tokens[b.firstToken].gapBefore);
}

/**
 * "Kalynivske, Kherson region", "Perevalsk of the Luhansk region", "Taganrog, Russia": a region,
 * district or country right after a place qualifies it (and the places listed with it). A bare
 * name after a comma at the end of a list ("Velyka Novosilka, Donetsk") is read as its region.
 */
export function linkQualifiers(found: FoundMention[], tokens: Token[]): void {
	for (let q = 1; q < found.length; q++) {
		const f = found[q];
		const p = found[q - 1];
		if (p.sentence !== f.sentence || f.kind === 'settlement') continue;
		const between = tokens.slice(p.lastToken + 1, f.firstToken);
		if (!between.every((t) => QUALIFIER_GLUE.has(t.folded))) continue;
		const gapText = tokens
			.slice(p.lastToken + 1, f.firstToken + 1)
			.map((t) => t.gapBefore)
			.join(' ');
		if (/[.;:!?]/.test(gapText)) continue;
		const hasComma = gapText.includes(',') || gapText.includes('(');
		const isArea =
			f.kind === 'region' ||
			f.kind === 'district' ||
			f.hits.some((h) => h.place.featureCode === 'PCLI');
		const regionName = f.hits.some((h) => h.place.featureCode === 'ADM1');
		if (!isArea) {
			if (!hasComma || !regionName || between.length > 0) continue;
			if (p.hits.some((h) => h.place.featureCode === 'ADM1' || h.place.featureCode === 'PCLI'))
				continue;
			const next = tokens[f.lastToken + 1];
			const endsList = !next || next.sentence !== f.sentence || /,/.test(next.gapBefore);
			const afterAnd = tokens[f.firstToken - 1]?.folded === 'and';
			if (!endsList || afterAnd) continue;
			// A bare name: the oblast or its city; the ranking decides from where the place it qualifies lies.
			f.bareQualifier = true;
		} else if (!hasComma && between.length === 0) continue;
		f.mention = { ...f.mention, qualifier: true };
		f.qualifies = p;
		p.qualifiers.push(f);
		for (
			let k = q - 2;
			k >= 0 && listed(found[k], found[k + 1], tokens) && found[k].kind === null;
			k--
		)
			found[k].qualifiers.push(f);
	}
}

/** "Donetsk and Luhansk regions": a plural region word covers every name listed before it. */
export function shareCollectiveCues(found: FoundMention[], tokens: Token[]): void {
	for (let m = found.length - 1; m > 0; m--) {
		const f = found[m];
		if (
			!f.mention.cue ||
			!/s$/.test(f.mention.cue) ||
			(f.kind !== 'region' && f.kind !== 'district')
		)
			continue;
		for (let k = m - 1; k >= 0; k--) {
			const prev = found[k];
			const between = tokens.slice(prev.lastToken + 1, found[k + 1].firstToken);
			const listed =
				between.every((t) => t.folded === 'and' || t.folded === 'or') && between.length <= 1;
			const comma = /^\s*,\s*$/.test(tokens[found[k + 1].firstToken].gapBefore) || listed;
			if (prev.kind !== null || prev.sentence !== f.sentence || !comma) break;
			prev.kind = f.kind;
			prev.mention = { ...prev.mention, cue: f.mention.cue };
		}
	}
}

/** Drops names used as people anywhere in the text ("Austin said", then every "Austin"). */
export function dropPeople(found: FoundMention[], tokens: Token[]): FoundMention[] {
	const people = new Set<string>();
	for (const f of found) {
		if (f.kind !== null) continue;
		const prev = tokens[f.firstToken - 1];
		const next = tokens[f.lastToken + 1];
		const saidAfter = next && SPEECH_VERBS.has(next.folded) && joined(tokens, f.lastToken + 1);
		const saidBefore = prev && SPEECH_VERBS.has(prev.folded) && joined(tokens, f.firstToken);
		const notable = f.hits.some((h) => /^(PPLC|PPLA|ADM1|PCLI)$/.test(h.place.featureCode));
		if ((saidAfter || saidBefore) && !notable) people.add(f.key);
	}
	// Names introduced by a title elsewhere in the text are people too.
	for (let i = 1; i < tokens.length; i++) {
		if (!tokens[i].capital || !PERSON_TITLES.has(tokens[i - 1].folded)) continue;
		let j = i;
		while (j + 1 < tokens.length && tokens[j + 1].capital && joined(tokens, j + 1)) j++;
		if (j > i || !tokens[i].initial) people.add(tokens[j].folded);
	}
	if (people.size === 0) return found;
	return found.filter((f) => f.kind !== null || f.mention.near || !people.has(f.key));
}
