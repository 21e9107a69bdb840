/** When a mode's islands load (IslandTiming), handed to the islands under it through context. */
import { getContext, setContext } from 'svelte';
import type { IslandTiming } from './code';

const KEY = Symbol('island timing');

export const setIslandTiming = (timing: IslandTiming): IslandTiming => setContext(KEY, timing);

/** The mode's timing; none outside a mode that sets one (its islands then load at once). */
export const getIslandTiming = (): IslandTiming | undefined => getContext(KEY);
