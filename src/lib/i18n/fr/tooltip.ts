/**
 * French strings for the map tooltip (src/lib/i18n/tooltip.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber, monthYear } from '../format';
import { personnelIn } from './common';
import type * as en from '../tooltip';

export const tooltipText: typeof en.tooltipText = {
	// Tooltip and panels.
	personnelIn,
	hostingIn: (ids: string[], year: number) => `Accueille en ${year}\u00a0: ${ids.join(', ')}`,
	notYetOic: (year: number, status: 'member' | 'observer', joined: number) =>
		`Pas encore dans l’OCI en ${year} (${status === 'member' ? 'membre' : 'observateur'} depuis ${joined})`,
	suspendedIn: (year: number) => `Suspension de l’OCI en ${year}`,
	/** A state's line in the tooltip: "171 morts en service dans les opérations de paix de l’ONU, 1948–2025". */
	fallenLine: (n: number, year: number, inYear: boolean) => {
		const when = inYear ? ` en ${year}` : `, 1948–${year}`;
		return n
			? `${formatNumber(n)} ${n === 1 ? 'mort' : 'morts'} en service dans les opérations de paix de l’ONU${when}`
			: `Aucun ressortissant recensé parmi les morts en service dans les opérations de paix de l’ONU${when}`;
	},
	/** "Effectif : 40 000 (novembre 1996)" */
	operationSize: (total: number, month: string) =>
		`Effectif\u00a0: ${formatNumber(total)} (${monthYear(month)})`,
	operationNoSize: (year: number) => `Effectif non communiqué pour ${year}`
};
