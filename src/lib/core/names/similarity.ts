/**
 * Spelling similarity of two romanised names after merging the letters romanisation systems
 * disagree on, so that a phonetic key match can be checked against how alike the names look
 * (Shipilovka ~ Shpylivka: yes; Hrakove ~ Kharkiv share a consonant skeleton but not a spelling).
 */

const MERGES: [RegExp, string][] = [
	[/shch|sch/g, 's'],
	[/kh/g, 'h'],
	[/zh/g, 'z'],
	[/ch|tch/g, 'c'],
	[/sh/g, 's'],
	[/ts|tz/g, 'c'],
	[/g/g, 'h'],
	[/[yj]/g, 'i'],
	[/w/g, 'v'],
	[/q/g, 'k'],
	[/x/g, 'ks'],
	[/[^a-z]/g, ''],
	[/(.)\1+/g, '$1']
];

/** The letters of a folded Latin name with romanisation variants merged ("shpylivka" → "spilivka"). */
export function softKey(folded: string): string {
	let s = folded;
	for (const [re, rep] of MERGES) s = s.replace(re, rep);
	return s;
}

/** Dice coefficient of the letter bigrams of two soft keys, 0..1. */
export function nameSimilarity(a: string, b: string): number {
	const x = softKey(a);
	const y = softKey(b);
	if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
	const counts = new Map<string, number>();
	for (let i = 0; i < x.length - 1; i++) {
		const g = x.slice(i, i + 2);
		counts.set(g, (counts.get(g) ?? 0) + 1);
	}
	let common = 0;
	for (let i = 0; i < y.length - 1; i++) {
		const g = y.slice(i, i + 2);
		const n = counts.get(g) ?? 0;
		if (n > 0) {
			common++;
			counts.set(g, n - 1);
		}
	}
	return (2 * common) / (x.length - 1 + y.length - 1);
}
