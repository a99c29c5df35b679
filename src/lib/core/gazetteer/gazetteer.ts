/**
 * The in-memory gazetteer: places plus hash indexes from normalised name keys and phonetic keys to
 * places. Both construction routes go through the compiled artifact's text format, so fixtures and
 * the shipped data behave the same. Loading keeps the text and decodes rows and postings lazily:
 * a few hundred thousand small arrays would cost more in garbage collection than the lookups ever do.
 */
import type { Place } from '../geocode/types';
import { isDistinctivePhoneticKey, phoneticKey, slipVariants } from '../names';
import { dropOtherTownsNames, landmarkKeys, placeKeys, type MatchStrength } from './keys';
import type { GazetteerRow } from './row';

/** A place as the gazetteer stores it: the public `Place` plus its admin2 code and index. */
export interface GazetteerPlace extends Place {
	admin2Code: string | null;
	index: number;
}

/** A place found under a key, with how strongly the key matched it. */
export interface KeyHit {
	place: GazetteerPlace;
	strength: MatchStrength;
}

/** The loaded gazetteer; read-only after creation. */
export interface Gazetteer {
	/** Number of places. */
	readonly size: number;
	/** Display names of first-level regions by code (`UA.05` → `Donetsk Oblast`). */
	readonly admin1Names: ReadonlyMap<string, string>;
	/** Identifies the data in output metadata. */
	readonly label: string;
	/** Most words in any key: the longest n-gram worth looking up. */
	readonly maxKeyWords: number;
	/** The place at an index (0 ≤ index < size). */
	place(index: number): GazetteerPlace;
	/** Places whose normalised names (any strength but phonetic) equal `key`. Do not mutate the result. */
	lookup(key: string): readonly KeyHit[];
	/** Places whose phonetic key equals that of `key` (reported with strength `phonetic`). Do not mutate. */
	lookupPhonetic(key: string): readonly KeyHit[];
	/**
	 * Places of Cyrillic-script countries with a name key one slip from `key` (a letter dropped,
	 * added, changed or two swapped), reported with strength `slip`. Do not mutate the result.
	 */
	lookupSlip(key: string): readonly KeyHit[];
	/** Whether some key is longer than `key` and starts with its words (for n-gram pruning). */
	hasPrefix(key: string): boolean;
}

/** The compiled artifact's text files. */
export interface GazetteerArtifact {
	/** `places.tsv`: header then one place per line, columns as `PLACE_COLUMNS`. */
	places: string;
	/** `names.tsv`: `key<TAB>postings`, postings `index*4+strength` in base 36, comma-separated. */
	names: string;
	/** `admin1.tsv`: `code<TAB>display name`. */
	admin1: string;
}

/** Column order of `places.tsv`. */
export const PLACE_COLUMNS = [
	'id',
	'name',
	'lat',
	'lon',
	'featureClass',
	'featureCode',
	'countryCode',
	'admin1Code',
	'admin2Code',
	'population'
] as const;

const STRENGTH_CODES: MatchStrength[] = ['primary', 'alternate', 'romanised', 'phonetic'];
/** `names.tsv` key prefixes: phonetic keys and n-gram prefixes live beside the name keys. */
const PHONETIC = '~';
/**
 * Countries whose names come romanised from Cyrillic in many spellings: only their places get
 * phonetic keys and slip lookups.
 */
export const PHONETIC_COUNTRIES: ReadonlySet<string> = new Set(['UA', 'RU', 'BY', 'MD']);
const PREFIX = '^';
const PREFIX_CODE = PREFIX.charCodeAt(0);
/** Words whose `hasPrefix` answer a gazetteer keeps (Ukraine has some 29,000 one-word place names). */
const PREFIX_MEMO_KEYS = 200_000;
const SPACE_CODE = 32;

/**
 * The lines of `names.tsv` by key, without a string per key: a hash table of line numbers over the
 * text itself. A `Map` of its 290,000 keys took most of the gazetteer's load time and, held to the
 * end of the process, the marking time of every full garbage collection after it.
 */
interface LineIndex {
	count: number;
	/** Per line: where it starts, where its key ends (the tab) and where it ends. */
	starts: Int32Array;
	tabs: Int32Array;
	ends: Int32Array;
	/** Open addressing: line number + 1 per slot (0: empty), and the key's hash beside it. */
	slots: Int32Array;
	hashes: Int32Array;
	mask: number;
}

/** FNV-1a, mixed, of the characters of `text` from `start` to `end` (as UTF-16 code units). */
function hashRange(text: string, start: number, end: number): number {
	let h = 0x811c9dc5;
	for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	// Mixed (MurmurHash3's finaliser): FNV's low bits, which pick the slot, cluster on keys
	// that differ only in their last letters.
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return h ^ (h >>> 16);
}

/** Indexes the lines `key<TAB>…` of `text` by key (a later line of the same key wins, as a `Map`'s set). */
function indexLines(text: string): LineIndex {
	let lines = 0;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
	lines++;
	const starts = new Int32Array(lines);
	const tabs = new Int32Array(lines);
	const ends = new Int32Array(lines);
	let size = 2;
	while (size < 2 * lines) size *= 2;
	const index: LineIndex = {
		count: 0,
		starts,
		tabs,
		ends,
		slots: new Int32Array(size),
		hashes: new Int32Array(size),
		mask: size - 1
	};
	for (let start = 0; start < text.length;) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const tab = text.indexOf('\t', start);
		if (tab > start && tab < end) {
			const k = index.count;
			const h = hashRange(text, start, tab);
			const found = findRange(index, text, h, text, start, tab);
			if (found >= 0) {
				// The same key again: its new line replaces the old one.
				starts[found] = start;
				tabs[found] = tab;
				ends[found] = end;
			} else {
				starts[k] = start;
				tabs[k] = tab;
				ends[k] = end;
				index.count++;
				let slot = h & index.mask;
				while (index.slots[slot] !== 0) slot = (slot + 1) & index.mask;
				index.slots[slot] = k + 1;
				index.hashes[slot] = h;
			}
		}
		start = end + 1;
	}
	return index;
}

/** The line whose key is `key`, or -1. */
function findLine(index: LineIndex, text: string, key: string): number {
	return findRange(index, text, hashRange(key, 0, key.length), key, 0, key.length);
}

/** The line whose key is `source` from `from` to `to` (its hash `h`), or -1. */
function findRange(
	index: LineIndex,
	text: string,
	h: number,
	source: string,
	from: number,
	to: number
): number {
	const length = to - from;
	const { slots, hashes, starts, tabs, mask } = index;
	for (let slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
		if (hashes[slot] !== h) continue;
		const k = slots[slot] - 1;
		const start = starts[k];
		if (tabs[k] - start !== length) continue;
		let same = true;
		for (let i = 0; i < length; i++)
			if (text.charCodeAt(start + i) !== source.charCodeAt(from + i)) {
				same = false;
				break;
			}
		if (same) return k;
	}
	return -1;
}

/** Options shared by both ways of building a gazetteer. */
export interface GazetteerInfo {
	admin1Names?: ReadonlyMap<string, string> | Record<string, string>;
	label?: string;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Compiles rows to the artifact's text files; deterministic for the same rows in the same order. */
export function compileGazetteer(
	rows: readonly GazetteerRow[],
	admin1Names: ReadonlyMap<string, string> | Record<string, string> = {}
): GazetteerArtifact {
	const byKey = new Map<string, Map<number, number>>();
	const placeLines: string[] = [PLACE_COLUMNS.join('\t')];
	const allKeys = rows.map(placeKeys);
	dropOtherTownsNames(rows, allKeys);
	const extra = landmarkKeys(rows, allKeys);
	rows.forEach((row, index) => {
		placeLines.push(
			[
				row.id,
				row.name,
				row.lat.toFixed(5),
				row.lon.toFixed(5),
				row.featureClass,
				row.featureCode,
				row.countryCode,
				row.admin1Code ?? '',
				row.admin2Code ?? '',
				String(row.population)
			].join('\t')
		);
		const keys = allKeys[index];
		const lists = [keys.primary, keys.alternate, [...keys.romanised, ...(extra.get(index) ?? [])]];
		lists.forEach((list, strength) => {
			for (const key of list) {
				const postings = byKey.get(key) ?? new Map<number, number>();
				byKey.set(key, postings);
				const prev = postings.get(index);
				if (prev === undefined || strength < prev) postings.set(index, strength);
			}
		});
	});
	const phonetic = new Map<string, Set<number>>();
	const prefixes = new Set<string>();
	const phoneticOk = rows.map((r) => PHONETIC_COUNTRIES.has(r.countryCode));
	for (const [key, postings] of byKey) {
		for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1))
			prefixes.add(key.slice(0, space));
		const pk = phoneticKey(key);
		if (!isDistinctivePhoneticKey(pk)) continue;
		const set = phonetic.get(pk) ?? new Set<number>();
		phonetic.set(pk, set);
		for (const index of postings.keys()) if (phoneticOk[index]) set.add(index);
	}
	const lines: string[] = [];
	for (const [key, postings] of byKey) {
		const codes = [...postings]
			.sort((a, b) => a[0] - b[0])
			.map(([i, s]) => (i * 4 + s).toString(36));
		lines.push(`${key}\t${codes.join(',')}`);
	}
	for (const [pk, set] of phonetic) {
		if (set.size === 0) continue;
		const codes = [...set].sort((a, b) => a - b).map((i) => (i * 4 + 3).toString(36));
		lines.push(`${PHONETIC}${pk}\t${codes.join(',')}`);
	}
	for (const p of prefixes) lines.push(`${PREFIX}${p}\t`);
	lines.sort(compare);
	const a1 = admin1Names instanceof Map ? [...admin1Names] : Object.entries(admin1Names);
	return {
		places: placeLines.join('\n') + '\n',
		names: lines.join('\n') + '\n',
		admin1: a1
			.sort((x, y) => compare(x[0], y[0]))
			.map(([code, name]) => `${code}\t${name}`)
			.join('\n')
			.concat(a1.length ? '\n' : '')
	};
}

/** Parses the compiled artifact into a gazetteer (cheap: rows and postings decode on use). */
export function parseGazetteer(artifact: GazetteerArtifact, label: string): Gazetteer {
	const admin1Names = new Map<string, string>();
	for (const line of artifact.admin1.split('\n')) {
		const tab = line.indexOf('\t');
		if (tab > 0) admin1Names.set(line.slice(0, tab), line.slice(tab + 1));
	}
	const text = artifact.places;
	const starts: number[] = [];
	for (let i = text.indexOf('\n') + 1; i > 0 && i < text.length; i = text.indexOf('\n', i) + 1)
		starts.push(i);
	const cache: (GazetteerPlace | undefined)[] = new Array(starts.length);
	// One string per code: the ranking compares places' codes by the million, and two copies of
	// a string are compared letter by letter where one string is compared by reference.
	const codes = new Map<string, string>();
	const code = (s: string): string | null => {
		if (s === '') return null;
		const known = codes.get(s);
		if (known !== undefined) return known;
		codes.set(s, s);
		return s;
	};
	const place = (index: number): GazetteerPlace => {
		const hit = cache[index];
		if (hit) return hit;
		const end = text.indexOf('\n', starts[index]);
		const f = text.slice(starts[index], end < 0 ? text.length : end).split('\t');
		const admin1Code = code(f[7]);
		const p: GazetteerPlace = {
			id: f[0],
			name: f[1],
			lat: +f[2],
			lon: +f[3],
			featureClass: f[4],
			featureCode: f[5],
			countryCode: f[6],
			admin1Code,
			admin1: admin1Code ? (admin1Names.get(admin1Code) ?? null) : null,
			admin2Code: code(f[8]),
			population: +f[9],
			index
		};
		cache[index] = p;
		return p;
	};
	const names = artifact.names;
	const index = indexLines(names);
	let maxKeyWords = 1;
	for (let k = 0; k < index.count; k++) {
		const start = index.starts[k];
		if (names.charCodeAt(start) !== PREFIX_CODE) continue;
		let words = 2;
		for (let i = start; i < index.tabs[k]; i++) if (names.charCodeAt(i) === SPACE_CODE) words++;
		if (words > maxKeyWords) maxKeyWords = words;
	}
	/** The postings of `key` as written (`''` for an n-gram prefix), or undefined when no line has it. */
	const postingsOf = (key: string): string | undefined => {
		const k = findLine(index, names, key);
		return k < 0 ? undefined : names.slice(index.tabs[k] + 1, index.ends[k]);
	};
	// Decoded postings are kept: the same names recur across a text and across texts.
	const decoded = new Map<string, KeyHit[]>();
	const NONE: KeyHit[] = [];
	const decode = (key: string): KeyHit[] => {
		const hit = decoded.get(key);
		if (hit) return hit;
		const codes = postingsOf(key);
		if (!codes) return NONE;
		const hits = codes.split(',').map((c) => {
			const n = parseInt(c, 36);
			return { place: place(Math.floor(n / 4)), strength: STRENGTH_CODES[n % 4] };
		});
		decoded.set(key, hits);
		return hits;
	};
	// Slips are looked up by generating the query's variants (a few hundred hash probes), so they
	// cost no index and no load time; they are asked for rarely, and the answers are kept.
	const slips = new Map<string, KeyHit[]>();
	const lookupSlip = (key: string): KeyHit[] => {
		const hit = slips.get(key);
		if (hit) return hit;
		const byPlace = new Map<number, KeyHit>();
		for (const variant of slipVariants(key)) {
			if (findLine(index, names, variant) < 0) continue;
			for (const h of decode(variant))
				if (PHONETIC_COUNTRIES.has(h.place.countryCode) && !byPlace.has(h.place.index))
					byPlace.set(h.place.index, { place: h.place, strength: 'slip' });
		}
		const hits = byPlace.size > 0 ? [...byPlace.values()] : NONE;
		slips.set(key, hits);
		return hits;
	};
	// Prefix answers are kept: lists and shouted text ask about the same words thousands of times,
	// and each probe of the index reads memory far apart. Started afresh past `PREFIX_MEMO_KEYS`.
	const prefixes = new Map<string, boolean>();
	const hasPrefix = (key: string): boolean => {
		let has = prefixes.get(key);
		if (has === undefined) {
			if (prefixes.size >= PREFIX_MEMO_KEYS) prefixes.clear();
			has = findLine(index, names, PREFIX + key) >= 0;
			prefixes.set(key, has);
		}
		return has;
	};
	return {
		size: starts.length,
		admin1Names,
		label,
		maxKeyWords: Math.min(maxKeyWords, 8),
		place,
		lookup: (key) => (key[0] === PHONETIC || key[0] === PREFIX ? NONE : decode(key)),
		lookupPhonetic: (key) => {
			const pk = phoneticKey(key);
			return isDistinctivePhoneticKey(pk) ? decode(PHONETIC + pk) : NONE;
		},
		lookupSlip,
		hasPrefix
	};
}

/** Builds a gazetteer from rows in memory (unit-test fixtures). */
export function createGazetteer(
	rows: readonly GazetteerRow[],
	info: GazetteerInfo = {}
): Gazetteer {
	return parseGazetteer(
		compileGazetteer(rows, info.admin1Names),
		info.label ?? 'in-memory gazetteer'
	);
}
