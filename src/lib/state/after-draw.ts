/**
 * When a large store's page asks the server again after a change: after a short pause (a quick run
 * of changes asks once) and once the map has drawn the change. The answers are laid out on the
 * thread that draws the map, so asked earlier they would hold a toggle's frames back.
 */

/**
 * Longest the list and counts wait for the map to draw a change first (a side or type toggle is
 * drawn in two frames; other changes load tiles, which the list does not wait for).
 */
export const MAP_DRAW_WAIT_MS = 400;

/** Runs `ask` once both `drawn` has settled and `pauseMs` have passed; returns the canceller. */
export function askAfterDraw(drawn: Promise<void>, pauseMs: number, ask: () => void): () => void {
	let cancelled = false;
	const paused = new Promise((done) => setTimeout(done, pauseMs));
	void Promise.all([drawn, paused]).then(() => {
		if (!cancelled) ask();
	});
	return () => (cancelled = true);
}
