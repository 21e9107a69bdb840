/**
 * Arabic strings for the map tooltip (src/lib/i18n/tooltip.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../tooltip';
import { formatNumber, isolate, monthYear } from '../format';
import { personnelIn } from './common';

export const tooltipText: typeof en.tooltipText = {
	// Tooltip and panels.
	personnelIn,
	hostingIn: (ids, year) =>
		`العمليات المستضافة في عام ${year}: ${ids.map((id) => isolate(id)).join('، ')}`,
	notYetOic: (year, status, joined) =>
		`لم تكن قد انضمت بعد إلى منظمة التعاون الإسلامي في عام ${year} (${status === 'member' ? 'دولة عضو' : 'دولة مراقبة'} منذ عام ${joined})`,
	suspendedIn: (year) => `عضويتها في منظمة التعاون الإسلامي معلّقة في عام ${year}`,
	/** A state's line in the tooltip: "عدد من فقدوا أرواحهم … (1948–2025): 171". */
	fallenLine: (n, year, inYear) => {
		const when = inYear ? ` في عام ${year}` : ` (1948–${year})`;
		return n
			? `عدد من فقدوا أرواحهم في عمليات السلام التابعة للأمم المتحدة${when}: ${formatNumber(n)}`
			: `لم يُسجَّل أي مواطن بين من فقدوا أرواحهم في عمليات السلام التابعة للأمم المتحدة${when}`;
	},
	/** "عدد الأفراد في نوفمبر 1996: 40,000" */
	operationSize: (total, month) => `عدد الأفراد في ${monthYear(month)}: ${formatNumber(total)}`,
	operationNoSize: (year) => `القوام غير مذكور لعام ${year}`
};
