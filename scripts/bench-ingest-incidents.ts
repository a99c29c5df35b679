/**
 * What incident grouping costs ingest: the gold set's invented reports, copied with seeded dates
 * spread over two months (so days fill up as a real store's do), ingested into fresh SQLite files
 * with grouping off (the baseline) and on, alternating, in one process. Prints articles per second
 * for the whole ingest (extraction and storing) and for storing alone, and the ratios, on CPU time
 * of this process (wall-clock time swings with the other work on a shared machine).
 *
 *   npx tsx scripts/bench-ingest-incidents.ts [--copies N] [--rounds R] [--join J]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../src/lib/core/extract/pipeline';
import { createRandom } from '../src/lib/core/synthetic/random';
import { loadEntityTable } from '../src/lib/server/entities';
import { loadDefaultGeocoder } from '../src/lib/server/gazetteer';
import { openStore } from '../src/lib/server/store/index';
import type { NewArticle } from '../src/lib/server/store/types';
import { readGoldSet } from '../tests/golden/incidents/score';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const copies = arg('copies', 12);
const rounds = arg('rounds', 2);
/** Reports per article: the gold set's reports are one or two sentences; real articles are longer. */
const perArticle = arg('join', 1);
const random = createRandom(18);
const reports = readGoldSet().reports;
const inputs = Array.from({ length: copies }, (_, c) => {
	const articles = [];
	for (let i = 0; i < reports.length; i += perArticle) {
		const day = 1 + Math.floor(random() * 59);
		const published = new Date(Date.UTC(2024, 2, day)).toISOString().slice(0, 10);
		const parts = reports.slice(i, i + perArticle);
		articles.push({
			...parts[0],
			id: `${parts[0].id}-${c}`,
			published,
			text: `${parts.map((r) => r.text).join('\n\n')}\n\nInvented copy ${c}-${i}.`
		});
	}
	return articles;
}).flat();
const geocoder = loadDefaultGeocoder();
const entities = loadEntityTable();

async function ingest(grouping: boolean): Promise<{ total: number; store: number; wall: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'claimsmap-bench-'));
	const store = await openStore(join(dir, 'bench.db'), { groupIncidents: grouping });
	let storing = 0;
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	const start = cpu();
	const wallStart = performance.now();
	for (const r of inputs) {
		const e = extractClaims(
			{ text: r.text, title: r.title, publisher: r.publisher, published: r.published },
			geocoder,
			{ entities }
		);
		if (e.kind !== 'extracted') continue;
		const article: NewArticle = {
			articleId: e.article.articleId,
			title: r.title,
			publisher: r.publisher,
			url: null,
			published: r.published,
			text: r.text,
			claims: e.collection
		};
		const t = cpu();
		await store.addArticle(article);
		storing += cpu() - t;
	}
	const total = cpu() - start;
	const wall = performance.now() - wallStart;
	await store.close();
	rmSync(dir, { recursive: true, force: true });
	return { total, store: storing, wall };
}

await ingest(false); // warm-up: the gazetteer, the JIT
const runs: Record<'off' | 'on', { total: number; store: number; wall: number }[]> = {
	off: [],
	on: []
};
for (let r = 0; r < rounds; r++) {
	runs.off.push(await ingest(false));
	runs.on.push(await ingest(true));
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (ms: number) => (inputs.length / ms) * 1000;
const off = {
	total: median(runs.off.map((x) => x.total)),
	store: median(runs.off.map((x) => x.store))
};
const on = {
	total: median(runs.on.map((x) => x.total)),
	store: median(runs.on.map((x) => x.store))
};
console.log(
	`${inputs.length} articles, ${rounds} rounds, load ${(await import('node:os')).loadavg()[0].toFixed(2)}`
);
console.log(
	`ingest (extract + store): ${rate(off.total).toFixed(1)} articles/s without grouping, ${rate(on.total).toFixed(1)} with; throughput ratio ${(off.total / on.total).toFixed(3)}`
);
const wallOff = median(runs.off.map((x) => x.wall));
const wallOn = median(runs.on.map((x) => x.wall));
console.log(
	`wall clock (with I/O and the machine's other load): ${rate(wallOff).toFixed(1)} articles/s without grouping, ${rate(wallOn).toFixed(1)} with; ratio ${(wallOff / wallOn).toFixed(3)}`
);
console.log(
	`storing alone: ${rate(off.store).toFixed(1)} articles/s without grouping, ${rate(on.store).toFixed(1)} with; ratio ${(off.store / on.store).toFixed(3)}`
);
