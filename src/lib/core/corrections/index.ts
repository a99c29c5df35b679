/** Corrections of machine claims by reviewers: the model, validation and application. */
export * from './correction';
export * from './apply';
export * from './patch';
export * from './place-search';
