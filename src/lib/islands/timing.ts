/** The context key under which a mode says when its islands load (IslandTiming). */
export const ISLAND_TIMING = Symbol('island timing');
