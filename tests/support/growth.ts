/**
 * Growth of CPU time between a small and a large input, for tests that guard against superlinear
 * paths. CPU time of the fastest of three runs (other processes do not count); a ratio at or above
 * the limit is measured once more before it is believed, so that a badly timed garbage collection
 * or a burst of work in another of the runner's threads does not fail a linear path. Below a few
 * milliseconds the timer's grain decides a ratio, so the small run is compared against a floor.
 */

/** CPU seconds of the fastest of three runs. */
export function bestCpuSeconds(run: () => unknown): number {
	let best = Infinity;
	for (let k = 0; k < 3; k++) {
		const before = process.cpuUsage();
		run();
		const used = process.cpuUsage(before);
		best = Math.min(best, (used.user + used.system) / 1e6);
	}
	return best;
}

/** Time of `large` over time of `small`, measured again once when it reaches `limit`. */
export function growthRatio(small: () => unknown, large: () => unknown, limit: number): number {
	const ratio = () => bestCpuSeconds(large) / Math.max(bestCpuSeconds(small), 0.005);
	const first = ratio();
	return first < limit ? first : Math.min(first, ratio());
}
