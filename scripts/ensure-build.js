/** Builds the production app when it is missing or stale (used before the browser tests). */
import { ensureBuild } from './build-freshness.js';

ensureBuild();
