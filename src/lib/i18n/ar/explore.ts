/**
 * Arabic strings for the explorer page: its panel, hint, sharing and presenting buttons
 * (src/lib/i18n/explore.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../explore';
import { isolate, monthYear } from '../format';

export const exploreText: typeof en.exploreText = {
	dataErrorTitle: 'تعذّر تحميل جزء من بيانات الخريطة',

	// Layers and legend.
	controlsLabel: 'السنة والطبقات',
	liveFallen: (year, inYear) =>
		`تُظهر الخريطة مواطني كل دولة ممن فقدوا أرواحهم في عمليات السلام التابعة للأمم المتحدة، ${inYear ? `في عام ${year}` : `1948–${year}`}.`,
	coverage: (year, kind, asOf) =>
		({
			'active-only': `${year}: لا تقدّم المصادر قبل عام 1990 أرقامًا للأفراد، بل تبيّن فقط العمليات التي كانت قائمة.`,
			totals: `${year}: المجموع لكل بلد${asOf ? `، ${`حتى ${monthYear(asOf)}`}` : ''}؛ لا أرقام حسب البعثة قبل أواخر عام 2009 (تُظهر الخطوط المتقطعة وجود البعثات وفق بيانات ${isolate('Geo-PKO')}).`,
			'by-mission': `${year}: الأرقام حسب البلد والبعثة${asOf ? `، حتى ${monthYear(asOf)}` : ''}.`
		})[kind],
	closePanel: 'إغلاق اللوحة',
	citation: (view, data, url, accessed) =>
		`أطلس حفظ السلام، «${isolate(view)}»${data ? `. البيانات: ${isolate(data)}` : ''}. ${isolate(url)} (تاريخ الاطلاع: ${isolate(accessed)}).`,
	skipToControls: 'الانتقال إلى السنة والطبقات',
	skipToTable: 'الانتقال إلى جدول البيانات',
	tableLink: 'جدول البيانات',
	liveSelection: (name, figure) => `المحدَّد: ${isolate(name)}. ${isolate(figure)}`
};
