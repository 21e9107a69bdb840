/**
 * Arabic strings for the legend under the map (src/lib/i18n/legend.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../legend';
import { formatNumber } from '../format';

/** Whether a count takes the plural (3–10, 103–110…) rather than the singular (11–99, 100…). */
const fewForm = (n: number) => n % 100 >= 3 && n % 100 <= 10;

export const legendText: typeof en.legendText = {
	operation:
		'عملية تابعة لجهة أخرى (الناتو، الاتحاد الأوروبي، الاتحاد الأفريقي، إيكواس، جامعة الدول العربية…)',
	operationNoSize: 'لم يُبلَّغ عن حجمها في ذلك العام',
	personnel: 'الأفراد النظاميون المرسَلون',
	noPersonnel: 'لم يُبلَّغ عن أفراد',
	noFiguresShort: 'لا أرقام',
	noFigures: 'لا توجد في المصادر أرقام عن الأفراد قبل عام 1990: لا تُلوَّن أي دولة.',
	range: (from, to) =>
		to === null ? `${formatNumber(from)} أو أكثر` : `${formatNumber(from)}–${formatNumber(to - 1)}`,
	hosts: 'العمليات المستضافة في ذلك العام',
	hostCount: (count, orMore) =>
		`${
			count === 1
				? 'عملية واحدة'
				: count === 2
					? 'عمليتان'
					: `${formatNumber(count)} ${fewForm(count) ? 'عمليات' : 'عملية'}`
		}${orMore ? ' أو أكثر' : ''}`,
	hostedBefore: 'استضافة سابقة',
	hostBadge: 'نقطة: استضافة في ذلك العام',
	missions: 'المقار: عمليات الأمم المتحدة (دوائر)، وعمليات الجهات الأخرى (معيّنات)',
	missionClosed: 'منتهية',
	oic: 'منظمة التعاون الإسلامي في ذلك العام',
	member: 'دولة عضو',
	observer: 'دولة مراقبة (خط متقطع)',
	neither: 'ليست عضوًا ولا مراقبًا (دون تلوين)',
	links: 'الخطوط: أفراد البلد أو البعثة المحددة (المتقطعة: وجود فقط).'
};
