/**
 * The detail panels' code, loaded on first use. A pick asks for its panel's code at once (see
 * ExplorerModel.select), so the code downloads while the view waits for the data, and the
 * panel (ExplorerPanel) finds it there.
 */
import type { Selectable } from '$lib/map/pick';

export const PANEL_CODE = {
	country: () => import('$lib/panels/CountryPanel.svelte'),
	mission: () => import('$lib/panels/MissionPanel.svelte'),
	theme: () => import('$lib/panels/ThemePanel.svelte'),
	operation: () => import('$lib/panels/OperationPanel.svelte')
} satisfies Record<Selectable['kind'], () => Promise<unknown>>;
