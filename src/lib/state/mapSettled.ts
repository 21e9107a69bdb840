/**
 * The page-wide moment the map has drawn its data, or cannot: work that must not compete with
 * the first view for the network or the CPU (the offline cache) waits for it. A page without a
 * map never settles it; whoever waits has a fallback time.
 */
let settle: () => void = () => {};

export const mapSettled: Promise<void> = new Promise<void>((resolve) => (settle = resolve));

/** Called once the map is ready or has failed (the map's sources part does). */
export function settleMap(): void {
	settle();
}
