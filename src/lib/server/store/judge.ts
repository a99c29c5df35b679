/**
 * An analyst's judgement on an incident, the same on every backend: both claims it names must be
 * stored (rejected ones count: they may be restored), and the answer is the incident as served after.
 */
import type { Incident } from '../../core/incidents/incident';
import type { IncidentJudgement } from '../../core/incidents/judgements';
import type { JudgeOutcome } from './types';

/** What recording a judgement needs of a backend. */
export interface JudgeEffects {
	/** Whether a machine feature of this id is stored. */
	exists(featureId: string): Promise<boolean>;
	/** Records the judgement. */
	insert(judgement: IncidentJudgement): Promise<void>;
	/** Every incident, rejected claims included, judgements applied. */
	incidents(): Promise<Incident[]>;
}

/** Records a judgement and answers the incident of its claim, or the unknown claim it names. */
export async function recordJudgement(
	judgement: IncidentJudgement,
	effects: JudgeEffects
): Promise<JudgeOutcome> {
	const named = [
		judgement.featureId,
		...(judgement.kind === 'merge' ? [judgement.otherFeatureId] : [])
	];
	for (const id of named)
		if (!(await effects.exists(id))) return { kind: 'not_found', featureId: id };
	await effects.insert(judgement);
	const incident = (await effects.incidents()).find((i) =>
		i.featureIds.includes(judgement.featureId)
	);
	return incident
		? { kind: 'judged', incident }
		: { kind: 'not_found', featureId: judgement.featureId };
}
