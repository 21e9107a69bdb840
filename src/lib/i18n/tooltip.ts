/**
 * The map tooltip (loaded on the first hover).
 * English; another language is a sibling module with the same keys.
 */
import { formatNumber, monthYear } from './format';
import { personnelIn } from './common';

export const tooltipText = {
	// Tooltip and panels.
	personnelIn,
	hostingIn: (ids: string[], year: number) => `Hosting in ${year}: ${ids.join(', ')}`,
	notYetOic: (year: number, status: 'member' | 'observer', joined: number) =>
		`Not yet in the OIC in ${year} (${status === 'member' ? 'a member' : 'an observer'} since ${joined})`,
	suspendedIn: (year: number) => `Suspended from the OIC in ${year}`,
	/** A state's line in the tooltip: "171 died in UN peace operations, 1948–2025". */
	fallenLine: (n: number, year: number, inYear: boolean) => {
		const when = inYear ? ` in ${year}` : `, 1948–${year}`;
		return n
			? `${formatNumber(n)} died in UN peace operations${when}`
			: `No national recorded among those who died in UN peace operations${when}`;
	},
	/** "40,000 personnel, November 1996" */
	operationSize: (total: number, month: string) =>
		`${formatNumber(total)} personnel, ${monthYear(month)}`,
	operationNoSize: (year: number) => `Size not reported for ${year}`
};
