/**
 * What incident grouping costs ingest: the gold set's invented reports, copied with seeded dates
 * spread over two months (so days fill up as a real store's do), ingested into two fresh SQLite
 * files, one with grouping off (the baseline) and one with it on, article by article in turn, in
 * one process. Prints articles per second for the whole ingest (extraction and storing) and for
 * storing alone, and the ratios, on CPU time of this process (wall-clock time swings with the other
 * work on a shared machine).
 *
 * Each round's arms are paired article by article (the arm that stores first alternates, and so
 * does the arm that leads each round); each ratio is the median of the rounds' paired ratios.
 * With --removals K, each store then takes K corrections, each followed by one more article, timed:
 * what a removal from the grouping costs the next ingest.
 *
 * With --base B, each store first holds B more copies' articles and is reopened (a server that
 * restarts on a filled store), so the timed ingest groups against stored incidents.
 *
 *   npx tsx scripts/bench-ingest-incidents.ts [--copies N] [--rounds R] [--join J] [--removals K]
 *     [--base B]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
/** Corrections after each ingest, each followed by a timed ingest of one more article. */
const removals = arg('removals', 0);
/** Reports per article: the gold set's reports are one or two sentences; real articles are longer. */
const perArticle = arg('join', 1);
const random = createRandom(18);
const reports = readGoldSet().reports;
/** The reports copied `count` times, copies numbered from `first` (each copy's texts differ). */
const copiesOf = (first: number, count: number) =>
	Array.from({ length: count }, (_, n) => {
		const c = first + n;
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
const inputs = copiesOf(0, copies);
/** Articles stored before the timed ingest (then the store is reopened, as after a restart). */
const base = copiesOf(copies, arg('base', 0));
const geocoder = loadDefaultGeocoder();
const entities = loadEntityTable();

const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

/** The stored form of an extracted report (extraction is the same work whatever the store does). */
function extract(r: (typeof inputs)[number]): NewArticle | null {
	const e = extractClaims(
		{ text: r.text, title: r.title, publisher: r.publisher, published: r.published },
		geocoder,
		{ entities }
	);
	if (e.kind !== 'extracted') return null;
	return {
		articleId: e.article.articleId,
		title: r.title,
		publisher: r.publisher,
		url: null,
		published: r.published,
		text: r.text,
		claims: e.collection
	};
}

/** One arm's figures of a round: CPU ms of the whole ingest and of storing alone, wall ms. */
type Run = { total: number; store: number; wall: number; afterRemoval: number[] };

/** A store for one arm: a fresh SQLite file, first filled with the base articles and reopened. */
async function openArm(grouping: boolean, baseArticles: readonly NewArticle[]) {
	const dir = mkdtempSync(join(tmpdir(), 'claimsmap-bench-'));
	const path = join(dir, 'bench.db');
	if (baseArticles.length > 0) {
		const filling = await openStore(path, { groupIncidents: grouping });
		await filling.addArticles(baseArticles);
		await filling.close();
	}
	return { dir, store: await openStore(path, { groupIncidents: grouping }) };
}

/**
 * One round: both arms ingest the same articles, interleaved article by article (the arm that
 * stores first alternates), so a change in the machine's load strikes both alike. Each report is
 * extracted once and that CPU time counted in both arms' whole ingest (extraction does not depend
 * on the store).
 */
async function round(first: 'off' | 'on'): Promise<Record<'off' | 'on', Run>> {
	const arms = { off: await openArm(false, baseArticles), on: await openArm(true, baseArticles) };
	const runs: Record<'off' | 'on', Run> = {
		off: { total: 0, store: 0, wall: 0, afterRemoval: [] },
		on: { total: 0, store: 0, wall: 0, afterRemoval: [] }
	};
	const stored: NewArticle[] = [];
	for (const [i, r] of inputs.entries()) {
		const [t, w] = [cpu(), performance.now()];
		const article = extract(r);
		const [extracting, extractingWall] = [cpu() - t, performance.now() - w];
		for (const arm of ['off', 'on'] as const) {
			runs[arm].total += extracting;
			runs[arm].wall += extractingWall;
		}
		if (!article) continue;
		const order: ('off' | 'on')[] =
			(i % 2 === 0) === (first === 'off') ? ['off', 'on'] : ['on', 'off'];
		for (const arm of order) {
			const [t0, w0] = [cpu(), performance.now()];
			await arms[arm].store.addArticle(article);
			const storing = cpu() - t0;
			runs[arm].store += storing;
			runs[arm].total += storing;
			runs[arm].wall += performance.now() - w0;
		}
		stored.push(article);
	}
	// A correction removes a claim's grouping row; time the ingest that follows each of several.
	const features = stored.flatMap((a) => a.claims.features);
	for (let i = 0; i < removals && features.length > 0; i++) {
		const f = features[(i * 7919) % features.length];
		const again = stored[i % stored.length];
		const copy: NewArticle = {
			...again,
			articleId: `${again.articleId}-again-${i}`,
			text: `${again.text}\n\nAgain ${i}.`,
			claims: {
				...again.claims,
				features: again.claims.features.map((x) => ({
					...x,
					id: `${x.id}-again-${i}`,
					properties: { ...x.properties, articleId: `${again.articleId}-again-${i}` }
				}))
			}
		};
		for (const arm of ['off', 'on'] as const) {
			await arms[arm].store.correctClaim(String(f.id), { kind: 'reject' });
			const t = cpu();
			await arms[arm].store.addArticle(copy);
			runs[arm].afterRemoval.push(cpu() - t);
		}
	}
	for (const arm of ['off', 'on'] as const) {
		await arms[arm].store.close();
		rmSync(arms[arm].dir, { recursive: true, force: true });
	}
	return runs;
}

/** The base articles, extracted once (their extraction is not timed). */
const baseArticles = base.map(extract).filter((a): a is NewArticle => a !== null);
await round('off'); // warm-up: the gazetteer, the JIT
const runs: Record<'off' | 'on', Run[]> = { off: [], on: [] };
const loads: number[] = [];
for (let r = 0; r < rounds; r++) {
	const result = await round(r % 2 === 0 ? 'off' : 'on');
	for (const arm of ['off', 'on'] as const) runs[arm].push(result[arm]);
	loads.push(loadavg()[0]);
}
const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rate = (ms: number) => (inputs.length / ms) * 1000;
/** The median over rounds of the throughput ratio with grouping to without, each round paired. */
const pairedRatio = (pick: (x: Run) => number) =>
	median(runs.on.map((on, i) => pick(runs.off[i]) / pick(on)));
const off = {
	total: median(runs.off.map((x) => x.total)),
	store: median(runs.off.map((x) => x.store))
};
const on = {
	total: median(runs.on.map((x) => x.total)),
	store: median(runs.on.map((x) => x.store))
};
console.log(
	`${inputs.length} articles, ${rounds} rounds, load average (1 min) median ${median(loads).toFixed(2)}, range ${Math.min(...loads).toFixed(2)}-${Math.max(...loads).toFixed(2)}`
);
console.log(
	`ingest (extract + store), CPU time: ${rate(off.total).toFixed(1)} articles/s without grouping, ${rate(on.total).toFixed(1)} with; throughput ratio ${pairedRatio((x) => x.total).toFixed(3)} (per round: ${runs.on.map((o, i) => (runs.off[i].total / o.total).toFixed(3)).join(' ')})`
);
const wallOff = median(runs.off.map((x) => x.wall));
const wallOn = median(runs.on.map((x) => x.wall));
console.log(
	`wall clock (with I/O and the machine's other load): ${rate(wallOff).toFixed(1)} articles/s without grouping, ${rate(wallOn).toFixed(1)} with; ratio ${pairedRatio((x) => x.wall).toFixed(3)}`
);
console.log(
	`storing alone, CPU time: ${rate(off.store).toFixed(1)} articles/s without grouping, ${rate(on.store).toFixed(1)} with; ratio ${pairedRatio((x) => x.store).toFixed(3)}`
);
if (removals > 0) {
	const perArticle = (ms: number) => ms / inputs.length;
	console.log(
		`storing one article after a correction (median of ${removals} per round, CPU ms): ${median(runs.off.flatMap((x) => x.afterRemoval)).toFixed(2)} without grouping, ${median(runs.on.flatMap((x) => x.afterRemoval)).toFixed(2)} with; any article on average ${perArticle(off.store).toFixed(2)} / ${perArticle(on.store).toFixed(2)}`
	);
}
