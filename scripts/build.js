/** `npm run build`: builds the app into a fresh folder, stamps it and swaps it in (see build-freshness.js). */
import { build } from './build-freshness.js';

build();
