/**
 * Spelling slips: the keys one keystroke away from a normalised name (a letter dropped, added,
 * changed, or two neighbours swapped: Damerau–Levenshtein distance 1), for matching a misspelt
 * place name against the gazetteer by hash lookups rather than a scan.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every key one slip away from `key` (letters a–z; a space may be dropped or added), without duplicates. */
export function slipVariants(key: string): string[] {
	const out = new Set<string>();
	const n = key.length;
	for (let i = 0; i < n; i++) {
		const head = key.slice(0, i);
		const tail = key.slice(i + 1);
		out.add(head + tail);
		if (i + 1 < n && key[i] !== key[i + 1]) out.add(head + key[i + 1] + key[i] + key.slice(i + 2));
		if (key[i] === ' ') continue;
		for (const c of LETTERS) if (c !== key[i]) out.add(head + c + tail);
	}
	for (let i = 0; i <= n; i++) {
		const head = key.slice(0, i);
		const tail = key.slice(i);
		for (const c of LETTERS) out.add(head + c + tail);
		if (i > 0 && i < n && key[i - 1] !== ' ' && key[i] !== ' ') out.add(`${head} ${tail}`);
	}
	out.delete(key);
	return [...out];
}

/** Optimal-string-alignment distance of two keys (insertions, deletions, substitutions, swaps of neighbours). */
export function slipDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push([i]);
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[i].push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, rows[i - 2][j - 2] + 1);
			rows[i].push(d);
		}
	}
	return rows[a.length][b.length];
}
