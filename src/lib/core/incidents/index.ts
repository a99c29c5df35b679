/** Incidents: claims about one event grouped, with what their claimants agree on. */
export * from './compatible';
export * from './export';
export * from './group';
export * from './incident';
export * from './judgements';
export * from './key';
export * from './match';
export * from './status';
export * from './tunables';
export * from './select';
export * from './judgement-request';
export * from './candidates';
export * from './marks';
export * from './mark-features';
