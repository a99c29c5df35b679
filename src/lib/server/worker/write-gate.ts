/**
 * One writer at a time on the SQLite file, between the server's thread and its ingest workers.
 * SQLite lets one connection write at once and makes another wait by sleeping in its thread: a
 * worker's 2,000-claim transaction (half a second) would then stall the event loop of a server
 * that writes a correction meanwhile. So a worker asks this thread for the gate before its
 * transaction, and the server takes it around its own writes; whoever waits, waits asleep in a
 * promise, not in SQLite.
 */

/** Gives the gate in turn to whoever asks, each holding it until they release it. */
export class WriteGate {
	#tail: Promise<void> = Promise.resolve();
	#held = 0;

	/** Waits for the gate; resolves with the function that releases it (idempotent). */
	acquire(): Promise<() => void> {
		let open!: () => void;
		const done = new Promise<void>((resolve) => (open = resolve));
		const turn = this.#tail.then(() => {
			this.#held++;
			let released = false;
			return () => {
				if (released) return;
				released = true;
				this.#held--;
				open();
			};
		});
		this.#tail = this.#tail.then(() => done);
		return turn;
	}

	/** Whether someone holds the gate now. */
	get held(): boolean {
		return this.#held > 0;
	}
}

/** The process's gate over its SQLite file. */
export const storeWrites = new WriteGate();
