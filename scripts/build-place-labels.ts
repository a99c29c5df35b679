/**
 * Builds the basemap's place labels, geodata/basemap/place-labels.json, from the compiled
 * gazetteer (geodata/gazetteer/places.tsv), offline: Ukraine's settlements and raions, and the
 * larger towns of the neighbouring countries. Each label carries the zoom from which it is drawn
 * (`z`, by population and kind) and a rank (`r`, larger first) that decides which of two colliding
 * labels is kept.
 *
 * Usage: npm run build:labels -- [--places PATH] [--out PATH]
 * Deterministic: the same gazetteer gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packLabels } from '../src/lib/core/basemap/place-labels';
import { compareLabels, labelFor, type GazetteerRow, type PlaceLabel } from './basemap/place-labels';

const { values } = parseArgs({
	options: {
		places: { type: 'string', default: 'geodata/gazetteer/places.tsv' },
		out: { type: 'string', default: 'geodata/basemap/place-labels.json' }
	}
});

const lines = readFileSync(resolve(values.places!), 'utf8').split('\n');
const header = lines[0].split('\t');
const column = (name: string) => header.indexOf(name);
const at = {
	name: column('name'),
	lat: column('lat'),
	lon: column('lon'),
	featureClass: column('featureClass'),
	featureCode: column('featureCode'),
	countryCode: column('countryCode'),
	population: column('population')
};

const labels: PlaceLabel[] = [];
const counts: Record<string, number> = {};
for (const line of lines.slice(1)) {
	if (!line) continue;
	const cells = line.split('\t');
	const row: GazetteerRow = {
		name: cells[at.name],
		lat: Number(cells[at.lat]),
		lon: Number(cells[at.lon]),
		featureClass: cells[at.featureClass],
		featureCode: cells[at.featureCode],
		countryCode: cells[at.countryCode],
		population: Number(cells[at.population]) || 0
	};
	const label = labelFor(row);
	if (!label) continue;
	counts[label.properties.kind] = (counts[label.properties.kind] ?? 0) + 1;
	labels.push(label);
}
labels.sort(compareLabels);
const out = resolve(values.out!);
const packed = packLabels(labels);
// One label a line keeps the file diffable.
const body = packed.labels.map((l) => JSON.stringify(l)).join(',\n');
const head = JSON.stringify({ format: packed.format, kinds: packed.kinds });
writeFileSync(out, head.slice(0, -1) + ',"labels":[\n' + body + '\n]}\n');

console.log(`wrote ${out} (${labels.length} labels: ${JSON.stringify(counts)})`);
