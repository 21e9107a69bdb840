/**
 * Arabic strings for the words the views loaded on demand share: panels, tooltip, tables, sharing and lecture mode (src/lib/i18n/details.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../details';
import { isolate } from '../format';

export const detailText: typeof en.detailText = {
	body: {
		UN: 'الأمم المتحدة',
		NATO: 'الناتو',
		EU: 'الاتحاد الأوروبي',
		AU: 'الاتحاد الأفريقي',
		ECOWAS: 'إيكواس',
		LAS: 'جامعة الدول العربية',
		MFO: 'القوة المتعددة الجنسيات والمراقبون',
		OIC: 'منظمة التعاون الإسلامي'
	} as Record<string, string>,
	close: 'إغلاق',
	hostsLabel: 'البلدان المضيفة',
	/** A mission's dates; `reported` where no source dates it: the years with personnel. */
	missionYears: (start, end, reported = null) =>
		start === null
			? reported
				? `التواريخ غير واردة في المصادر؛ أُبلغ عن أفراد في ${reported[0] === reported[1] ? reported[0] : `${reported[0]}–${reported[1]}`}`
				: 'التواريخ غير واردة في المصادر'
			: start === end
				? String(start)
				: `${start}–${end ?? 'الآن'}`,
	notOic: 'ليست دولة عضوًا ولا دولة مراقبة في منظمة التعاون الإسلامي',
	quotedFrom: (title) => `من «${isolate(title)}»`,
	articleAttribution:
		'أحد المقالين المصدريين اللذين أُعدّ الأطلس على أساسهما؛ يُنقل دون تغيير. ولا يذكر المصدر اسم الكاتب.',
	// The kinds of uniformed personnel.
	troops: 'القوات',
	police: 'الشرطة',
	experts: 'الخبراء في البعثات'
};
