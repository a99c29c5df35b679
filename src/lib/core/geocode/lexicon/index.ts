/**
 * The geocoder's English vocabulary, a module per word class: calendar words, ordinary words,
 * people's titles and verbs, military words, number words, feature words, cue words, function words, word shapes
 * and the country groups the ranking treats alike. These are words of English (and codes), not
 * lists of place names; `lexicon.test.ts` checks that no two sets overlap unless declared.
 */
export * from './calendar';
export * from './common';
export * from './countries';
export * from './cues';
export * from './features';
export * from './grammar';
export * from './military';
export * from './numbers';
export * from './people';
export * from './shapes';
export * from './relations';
