/**
 * The year being shown, with the step on its way inside it. A step shows on the map and the
 * slider at once (`year`), and the URL (the source of truth for everything else: panel, table,
 * summary) follows once the map has drawn it (`after`; by default, once the next frame has
 * been painted). A reader holding an arrow key or pressing play never waits for the router,
 * and steps faster than frames write the URL once, with the latest year.
 */
export class YearStep {
	/** The year stepped to and not yet in the URL; null when the URL is up to date. */
	pending = $state<number | null>(null);
	#scheduled = false;
	readonly #write: (year: number) => Promise<void>;
	readonly #after: (fn: () => void) => void;

	/**
	 * @param write puts a year in the URL
	 * @param after runs a function once the map has drawn what changed
	 */
	constructor(
		write: (year: number) => Promise<void>,
		after: (fn: () => void) => void = afterNextPaint
	) {
		this.#write = write;
		this.#after = after;
	}

	to(year: number): void {
		this.pending = year;
		if (this.#scheduled) return;
		this.#scheduled = true;
		this.#after(() => void this.#flush());
	}

	/** Forgets a pending year: another navigation (back, forward, a link) set the URL. */
	drop(): void {
		this.pending = null;
	}

	async #flush(): Promise<void> {
		this.#scheduled = false;
		const year = this.pending;
		if (year === null) return;
		await this.#write(year);
		// A later step keeps its own pending year until its write lands.
		if (this.pending === year) this.pending = null;
	}
}

/**
 * Runs `fn` in a task after the next frame: after requestAnimationFrame callbacks (the map's
 * render among them) and the paint. A timer covers pages that draw no frames (a hidden tab).
 */
export function afterNextPaint(fn: () => void): void {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		fn();
	};
	requestAnimationFrame(() => setTimeout(run, 0));
	setTimeout(run, 250);
}
