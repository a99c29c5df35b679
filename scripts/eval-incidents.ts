/**
 * Precision and recall of incident grouping on the gold set in tests/golden/incidents/ (invented
 * reports, pairs marked the same incident or not), with the real gazetteer and claimant table.
 * A report, not a test (the golden test holds the targets).
 *
 *   npm run -s eval:incidents -- [--gold PATH]
 */
import { formatScore, readGoldSet, scoreIncidents } from '../tests/golden/incidents/score';
import { loadEntityTable } from '../src/lib/server/entities';
import { loadDefaultGeocoder } from '../src/lib/server/gazetteer';

const i = process.argv.indexOf('--gold');
const gold = readGoldSet(i >= 0 ? process.argv[i + 1] : undefined);
const score = scoreIncidents(gold, loadDefaultGeocoder(), { entities: loadEntityTable() });
console.log(formatScore(score));
