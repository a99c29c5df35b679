/** The gazetteer: rows, name keys, the in-memory index and the compiled artifact's format. */
export { createGazetteerRow, type GazetteerRow } from './row';
export {
	placeKeys,
	deAdjectivise,
	MATCH_STRENGTHS,
	type MatchStrength,
	type PlaceKeys
} from './keys';
export {
	createGazetteer,
	PHONETIC_COUNTRIES,
	compileGazetteer,
	parseGazetteer,
	PLACE_COLUMNS,
	type Gazetteer,
	type GazetteerArtifact,
	type GazetteerPlace,
	type GazetteerInfo,
	type KeyHit
} from './gazetteer';
