/**
 * Reduces a row's names to lookup keys of three strengths: the primary name, other Latin names,
 * and romanisations of Cyrillic names under several systems. The phonetic key is derived from
 * these at load time.
 */
import {
	foldName,
	hasCyrillic,
	isLatinKey,
	normaliseName,
	phoneticKey,
	romaniseAll
} from '../names';
import { distanceKm } from '../geocode/distance';
import type { GazetteerRow } from './row';

/**
 * How a key was derived from a place's names; lower is stronger evidence. `derived`: the mention's
 * word formation read back to a noun ("Dubrovivska" → Dubrovivka); never stored in the index.
 * `slip`: the mention is one keystroke from a name ("Komyshuvaka" → Komyshuvakha): weakest of all.
 */
export const MATCH_STRENGTHS = [
	'primary',
	'alternate',
	'romanised',
	'derived',
	'phonetic',
	'slip'
] as const;
export type MatchStrength = (typeof MATCH_STRENGTHS)[number];

/** The keys of one place, each in the strongest class it reaches. */
export interface PlaceKeys {
	primary: string[];
	alternate: string[];
	romanised: string[];
}

/** Administrative feature codes whose names are adjectives ("Kupianskyi Raion"). */
const ADJECTIVAL_ADMIN = new Set(['ADM2', 'ADM3', 'ADM2H', 'ADM3H']);

/** Noun forms of an adjectival district name: "kupianskyi" → "kupiansk", "kupian". */
export function deAdjectivise(key: string): string[] {
	const m = /^(.*?)(s'?k)(yi|yy|iy|ij|ii|yj|i|y|a|e|ogo|oho|iy|aya|oye|oe|ye)$/.exec(key);
	if (!m || m[1].length < 3) return [];
	const out = [m[1] + 'sk', m[1]];
	// Villages in -ivka/-ovka take adjectives in -ivskyi/-ovskaya ("Dubrovivska" → Dubrovivka).
	if (/[iyoe]v$/.test(m[1])) out.push(m[1] + 'ka');
	return out;
}

/** The lookup keys of a row's names. */
export function placeKeys(row: GazetteerRow): PlaceKeys {
	const seen = new Set<string>();
	const take = (list: string[], key: string) => {
		if (key === '' || seen.has(key)) return;
		seen.add(key);
		list.push(key);
	};
	const primary: string[] = [];
	const alternate: string[] = [];
	const romanised: string[] = [];
	const adjectival = ADJECTIVAL_ADMIN.has(row.featureCode);
	const addLatin = (list: string[], name: string) => {
		const key = normaliseName(name);
		if (!isLatinKey(key)) return;
		take(list, key);
		if (adjectival) {
			const words = key.split(' ');
			for (const noun of deAdjectivise(words[0]))
				take(alternate, [noun, ...words.slice(1)].join(' '));
		}
	};
	addLatin(primary, row.name);
	for (const name of row.names) if (!hasCyrillic(name)) addLatin(alternate, name);
	for (const name of row.names) {
		if (!hasCyrillic(name)) continue;
		for (const roman of romaniseAll(foldName(name))) {
			const key = normaliseName(roman);
			if (!isLatinKey(key)) continue;
			take(romanised, key);
			if (adjectival) {
				const words = key.split(' ');
				for (const noun of deAdjectivise(words[0]))
					take(romanised, [noun, ...words.slice(1)].join(' '));
			}
		}
	}
	return { primary, alternate, romanised };
}

/** A town whose own name another place bears among its other names: this many people at least. */
const TOWN_NAME_POPULATION = 10_000;
/** A name this many populated places of a country bear is a village name, no way to name a city. */
const COMMON_NAME_PLACES = 20;
/** A city of this many people is named by its own name: a village name it once bore is gone. */
const CITY_POPULATION = 100_000;

/**
 * Whether two phonetic keys differ by at most one consonant in five (an edit: one added, dropped or
 * changed): a name's form in the other language ("Konstantinovka" beside Kostiantynivka,
 * "Nikolaevka" beside Mykolaivka), not another name.
 */
function soundsAlike(a: string, b: string): boolean {
	const most = Math.max(1, Math.floor(Math.max(a.length, b.length) / 5));
	if (Math.abs(a.length - b.length) > most) return false;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length] <= most;
}

/** A place's primary name and those of its other names that sound like it: its own spellings. */
function ownSpellings(keys: PlaceKeys): string[] {
	const sounds = new Set(keys.primary.map(phoneticKey));
	return [
		...keys.primary,
		...[...keys.alternate, ...keys.romanised].filter((k) => sounds.has(phoneticKey(k)))
	];
}

/**
 * Drops, in place, the other names (alternate and romanised keys) of a town that are an own
 * spelling (`ownSpellings`) of another town of another name in its country, at least half its
 * size: an old name a town bore before another town took it (Nikopol was once "Slovyansk") would
 * otherwise draw every mention of the living town to the other one. So goes a city's old name that
 * more than `COMMON_NAME_PLACES` places of the country bear (Donetsk was once "Aleksandrovka", a
 * name of a hundred villages). Namesakes keep their names (a town that bears the place's own name among
 * its names is one), villages keep theirs, and so do names no town of that size spells as its own
 * and few places bear (Bakhmut keeps "Artemovsk", Pokrovsk "Krasnoarmeysk").
 */
export function dropOtherTownsNames(rows: readonly GazetteerRow[], keys: PlaceKeys[]): void {
	const towns = new Map<string, number[]>();
	const sound = rows.map((_, i) => new Set(keys[i].primary.map(phoneticKey)));
	/** Every name of a town, as it sounds: a town that bears a place's own name is its namesake. */
	const bears = new Map<number, Set<string>>();
	const bearsOf = (t: number) => {
		let set = bears.get(t);
		if (set === undefined) {
			const k = keys[t];
			bears.set(
				t,
				(set = new Set([...k.primary, ...k.alternate, ...k.romanised].map(phoneticKey)))
			);
		}
		return set;
	};
	rows.forEach((row, i) => {
		if (row.featureClass !== 'P' || row.population < TOWN_NAME_POPULATION) return;
		for (const key of ownSpellings(keys[i])) {
			const list = towns.get(key);
			if (list === undefined) towns.set(key, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		}
	});
	/** How many populated places of each country bear each name (`country key` → count). */
	const bearers = new Map<string, number>();
	rows.forEach((row, i) => {
		if (row.featureClass !== 'P') return;
		const k = keys[i];
		for (const key of new Set([...k.primary, ...k.alternate, ...k.romanised])) {
			const at = `${row.countryCode} ${key}`;
			bearers.set(at, (bearers.get(at) ?? 0) + 1);
		}
	});
	rows.forEach((row, i) => {
		// Villages keep theirs: reports still call a renamed village by its old name.
		if (row.featureClass !== 'P' || row.population < TOWN_NAME_POPULATION) return;
		const own = sound[i];
		const another = (key: string) =>
			!own.has(phoneticKey(key)) &&
			((row.population >= CITY_POPULATION &&
				(bearers.get(`${row.countryCode} ${key}`) ?? 0) > COMMON_NAME_PLACES &&
				![...own].some((o) => soundsAlike(o, phoneticKey(key)))) ||
				(towns.get(key) ?? []).some(
					(t) =>
						t !== i &&
						rows[t].countryCode === row.countryCode &&
						rows[t].population * 2 >= row.population &&
						![...own].some((k) => bearsOf(t).has(k))
				));
		const k = keys[i];
		// Each key is asked once: the test reads the towns and bearers of its name.
		const gone = new Set([...k.alternate, ...k.romanised].filter(another));
		if (gone.size > 0)
			keys[i] = {
				primary: k.primary,
				alternate: k.alternate.filter((key) => !gone.has(key)),
				romanised: k.romanised.filter((key) => !gone.has(key))
			};
	});
}

/** A landmark this far from a settlement of the name its own name starts with is named after it. */
const LANDMARK_NAMESAKE_KM = 100;

/** Landmarks a war report names after their town: power plants, dams, airports, ports, bridges, stations, works, hospitals, border posts. */
const NAMESAKE_LANDMARK =
	/^(PS|PSH|PSN|DAM|DAMSB|AIR[PBFH]|PRT|BDG|RSTN|RSTP|MFG|MFGQ|OILR|HSP|PSTB)$/;

/**
 * A town's own spellings: its name, its romanisations from Cyrillic, and those of its other Latin
 * names that sound like one of them (Zaporizhzhia beside Zaporizhzhya; not Saporischschja or Liune).
 */
function townSpellings(keys: PlaceKeys): string[] {
	const own = [...keys.primary, ...keys.romanised];
	const sounds = new Set(own.map(phoneticKey));
	return [...own, ...keys.alternate.filter((k) => sounds.has(phoneticKey(k)))];
}

/**
 * Extra keys for landmarks named after a town (`NAMESAKE_LANDMARK`) whose name starts with the name
 * of a settlement within `LANDMARK_NAMESAKE_KM`: the rest of the landmark's name after the
 * settlement's own name and its romanisations from Cyrillic. GeoNames spells "Zaporizhia Nuclear
 * Power Plant" one way; a report writes the town as it writes it elsewhere ("Zaporizhzhia",
 * "Zaporozhye"). Other-language exonyms of the town are left out: English reports do not use them.
 * Returns the extra keys by row index (romanised strength: derived from names, not written).
 */
export function landmarkKeys(
	rows: readonly GazetteerRow[],
	keys: readonly PlaceKeys[]
): Map<number, string[]> {
	const settlements = new Map<string, number[]>();
	rows.forEach((row, i) => {
		if (row.featureClass !== 'P') return;
		for (const key of [...keys[i].primary, ...keys[i].alternate, ...keys[i].romanised]) {
			const list = settlements.get(key);
			if (list) list.push(i);
			else settlements.set(key, [i]);
		}
	});
	const out = new Map<number, string[]>();
	rows.forEach((row, i) => {
		if (row.featureClass !== 'S' || !NAMESAKE_LANDMARK.test(row.featureCode)) return;
		const own = new Set([...keys[i].primary, ...keys[i].alternate, ...keys[i].romanised]);
		const extra = new Set<string>();
		for (const key of own) {
			const words = key.split(' ');
			for (let n = 1; n < words.length && n <= 3; n++) {
				const rest = words.slice(n).join(' ');
				for (const s of settlements.get(words.slice(0, n).join(' ')) ?? []) {
					if (distanceKm(rows[s].lat, rows[s].lon, row.lat, row.lon) > LANDMARK_NAMESAKE_KM)
						continue;
					for (const name of townSpellings(keys[s])) {
						const variant = `${name} ${rest}`;
						if (!own.has(variant)) extra.add(variant);
					}
				}
			}
		}
		if (extra.size > 0) out.set(i, [...extra].sort());
	});
	return out;
}
