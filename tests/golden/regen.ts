/**
 * Whether a golden test rewrites its expected files: `REGEN=1` does, on purpose, and the diff is
 * reviewed like code. CI never does (a regenerated golden passes whatever it holds): with `CI`
 * set, `REGEN` is refused.
 */
export function goldenRegen(env: Record<string, string | undefined> = process.env): boolean {
	if (!env.REGEN) return false;
	if (env.CI)
		throw new Error('REGEN is refused when CI is set: goldens are rewritten on purpose, not by CI');
	return true;
}
