/** Name handling shared by the gazetteer builder and the geocoder: normaliser, romanisation, phonetic key. */
export {
	foldName,
	normaliseName,
	PLANT_WORDS,
	spellOutPlants,
	stripGenericTokens,
	hasCyrillic,
	isLatinKey,
	GENERIC_WORDS,
	REGION_WORDS
} from './normalise';
export {
	romanise,
	romaniseAll,
	russianReading,
	ROMANISATION_SYSTEMS,
	type RomanisationSystem
} from './transliterate';
export { phoneticKey, isDistinctivePhoneticKey } from './phonetic';
export { softKey, nameSimilarity } from './similarity';
export { colloquialRegionStems, derivedKeys, nounForms, jAsY } from './derive';
export { slipVariants, slipDistance } from './slip';
export { spellsName } from './spelling';
