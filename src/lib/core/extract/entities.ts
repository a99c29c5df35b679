/**
 * The claimant table: named sources (people, institutions, outlets, assessors) and title patterns
 * ("head of the * military administration") with the side each speaks for. The table is data in
 * `geodata/claimants.tsv`, read by the server and the CLI and parsed here; core code never reads
 * files. A table row is knowledge from outside the text, so a side decided by it has basis
 * `knowledge`.
 */
import { CLAIMANT_KINDS, type ClaimantKind, type ClaimantSide } from '../contract';

export { CLAIMANT_KINDS, type ClaimantKind };

/** The sides a table row may speak for (never `unattributed`). */
export type SpeakingSide = Exclude<ClaimantSide, 'unattributed'>;
const SPEAKING_SIDES: readonly SpeakingSide[] = ['russia', 'ukraine', 'united_states', 'other'];

/** One row of the claimant table. */
export interface EntityRow {
	/** `name`: the name and its aliases as written; `title`: a pattern where `*` is 0–4 words. */
	match: 'name' | 'title';
	name: string;
	kind: ClaimantKind;
	side: SpeakingSide;
	aliases: string[];
	source: string;
}

/** A row found in a phrase. */
export interface EntityMatch {
	row: EntityRow;
	start: number;
	end: number;
}

/** The parsed table with its compiled matchers. */
export interface EntityTable {
	rows: readonly EntityRow[];
	/** Every row named in `phrase`, longest first where they overlap, in order of appearance. */
	find(phrase: string): EntityMatch[];
}

/** A problem in the table's text, by line. */
export interface EntityTableError {
	line: number;
	message: string;
}

const WORD = "[\\p{L}\\p{N}'’.-]+";

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern: apostrophes and quotation marks of either kind, any run of spaces. */
function namePattern(name: string): string {
	return escape(name).replace(/['’]/g, "['’]").replace(/["“”]/g, '["“”]').replace(/\s+/g, '\\s+');
}

/** A title as a pattern: `*` stands for zero to four words. */
function titlePattern(title: string): string {
	const words = title.split(/\s+/);
	return words
		.map((word, i) => {
			if (word === '*') return i === 0 ? `(?:${WORD}\\s+){0,4}` : `(?:\\s+${WORD}){0,4}`;
			const joined = i === 0 || (i === 1 && words[0] === '*');
			// The last word may be plural: "the regional military administrations".
			const plural = i === words.length - 1 && /\p{L}$/u.test(word) ? 's?' : '';
			return (joined ? '' : '\\s+') + namePattern(word) + plural;
		})
		.join('');
}

/**
 * A word every match of a title has, as a pattern with the title's own flags, or null when it has
 * none: a phrase without it is not searched for the title, whose leading `*` tries up to four
 * words at each word of the phrase.
 */
function titleWord(title: string): RegExp | null {
	const word = title.split(/\s+/).find((w) => w !== '*');
	return word ? new RegExp(namePattern(word), 'iu') : null;
}

/** An alias with two capitals in a row (ISW, DPR) is an acronym: matched with its case. */
function isAcronym(alias: string): boolean {
	return /\p{Lu}\p{Lu}/u.test(alias);
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function normalKey(text: string, sensitive: boolean): string {
	const key = text.replace(/’/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
	return sensitive ? key : key.toLowerCase();
}

/**
 * The ways one nation is put before a body's name ("Russian General Staff", "Russia's General
 * Staff"); the first of each group is the adjective.
 */
const NATION_FORMS: readonly (readonly string[])[] = [
	['Russian', "Russia's"],
	['Ukrainian', "Ukraine's"],
	['British', 'UK', "Britain's", "UK's"],
	['US', 'U.S.', 'American', "America's"],
	['Belarusian', "Belarus's"]
];

/** A defence ministry written as "Ministry of Defence", "Defence Ministry" or "MoD". */
const DEFENCE_MINISTRY = /^(.+?)\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD)$/;

/**
 * The spellings a name is also written in: Defence and Defense, "Ministry of Defence", "Defence
 * Ministry" and "MoD" after a nation, and the nation's other forms ("UK", "British", "Britain's").
 * The table lists a name once; reports write it every way.
 */
export function nameVariants(name: string): string[] {
	const out = new Set<string>([name]);
	const ministry = DEFENCE_MINISTRY.exec(name);
	if (ministry)
		for (const tail of ['Ministry of Defence', 'Defence Ministry', 'MoD'])
			out.add(`${ministry[1]} ${tail}`);
	for (const form of [...out]) {
		const first = form.split(/\s+/, 1)[0];
		const group = NATION_FORMS.find((g) => g.includes(first));
		if (!group) continue;
		const rest = form.slice(first.length);
		for (const nation of group) out.add(nation + rest);
	}
	for (const form of [...out]) {
		if (/Defen[cs]e/.test(form)) {
			out.add(form.replace(/Defen[cs]e/g, 'Defence'));
			out.add(form.replace(/Defen[cs]e/g, 'Defense'));
		}
	}
	return [...out];
}

/** Builds the table's matcher from its rows: one alternation per case mode, then the title patterns. */
export function createEntityTable(rows: readonly EntityRow[]): EntityTable {
	const byName = new Map<string, EntityRow>();
	const sensitive: string[] = [];
	const free: string[] = [];
	const titles: { re: RegExp; word: RegExp | null; row: EntityRow }[] = [];
	const add = (alias: string, row: EntityRow) => {
		const acronym = isAcronym(alias);
		const key = normalKey(alias, acronym);
		if (byName.has(key)) return;
		byName.set(key, row);
		(acronym ? sensitive : free).push(alias);
	};
	const named = rows.filter((row) => row.match === 'name');
	for (const row of rows)
		if (row.match === 'title')
			titles.push({
				re: new RegExp(`${B}${titlePattern(row.name)}${E}`, 'giu'),
				word: titleWord(row.name),
				row
			});
	// Names as the table writes them first, so a listed alias always keeps its own row; then the
	// other spellings of each.
	for (const row of named) for (const alias of [row.name, ...row.aliases]) add(alias, row);
	for (const row of named)
		for (const alias of [row.name, ...row.aliases])
			for (const variant of nameVariants(alias)) add(variant, row);
	const alternation = (names: string[], flags: string) =>
		names.length === 0
			? null
			: new RegExp(
					`${B}(?:${[...names]
						.sort((a, b) => b.length - a.length)
						.map(namePattern)
						.join('|')})${E}`,
					flags
				);
	const matchers = [
		{ re: alternation(sensitive, 'gu'), sensitive: true },
		{ re: alternation(free, 'giu'), sensitive: false }
	];
	return {
		rows,
		find(phrase: string): EntityMatch[] {
			const all: EntityMatch[] = [];
			for (const { re, sensitive: exact } of matchers) {
				if (!re) continue;
				re.lastIndex = 0;
				for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
					const row = byName.get(normalKey(m[0], exact));
					if (row) all.push({ row, start: m.index, end: m.index + m[0].length });
				}
			}
			for (const { re, word, row } of titles) {
				if (word && !word.test(phrase)) continue;
				re.lastIndex = 0;
				for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
					if (m[0].length === 0) re.lastIndex++;
					else all.push({ row, start: m.index, end: m.index + m[0].length });
				}
			}
			// A named row beats a title over the same words; then longest first, then earliest.
			all.sort(
				(a, b) =>
					(a.row.match === 'name' ? 0 : 1) - (b.row.match === 'name' ? 0 : 1) ||
					b.end - b.start - (a.end - a.start) ||
					a.start - b.start
			);
			const kept: EntityMatch[] = [];
			for (const m of all) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
			return kept.sort((a, b) => a.start - b.start);
		}
	};
}

/** A table with no rows: extraction then decides sides from the text's own words only. */
export const EMPTY_ENTITY_TABLE: EntityTable = createEntityTable([]);

/** Parses `claimants.tsv`: `#` comments, then match, name, kind, side, aliases, source per line. */
export function parseEntityTable(
	tsv: string
): { kind: 'ok'; table: EntityTable } | { kind: 'invalid'; errors: EntityTableError[] } {
	const rows: EntityRow[] = [];
	const errors: EntityTableError[] = [];
	tsv.split('\n').forEach((raw, i) => {
		const line = raw.replace(/\r$/, '');
		if (line.trim() === '' || line.startsWith('#')) return;
		const cells = line.split('\t');
		const fail = (message: string) => errors.push({ line: i + 1, message });
		if (cells.length !== 6) return fail(`expected 6 tab-separated columns, found ${cells.length}`);
		const [match, name, kind, side, aliases, source] = cells.map((c) => c.trim());
		if (match !== 'name' && match !== 'title') return fail(`unknown match '${match}'`);
		if (name === '') return fail('empty name');
		if (!(CLAIMANT_KINDS as readonly string[]).includes(kind))
			return fail(`unknown kind '${kind}'`);
		if (!(SPEAKING_SIDES as readonly string[]).includes(side))
			return fail(`unknown side '${side}'`);
		if (!/^https?:\/\/\S+$/.test(source)) return fail('the source must be a URL');
		rows.push({
			match,
			name,
			kind: kind as ClaimantKind,
			side: side as SpeakingSide,
			aliases: aliases === '' ? [] : aliases.split('|').map((a) => a.trim()),
			source
		});
	});
	return errors.length > 0
		? { kind: 'invalid', errors }
		: { kind: 'ok', table: createEntityTable(rows) };
}
