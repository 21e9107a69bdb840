/**
 * Arabic strings for the controls beside the map: layers, legend, colour measure, year and month, search (src/lib/i18n/controls.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../controls';
import { formatNumber, monthName } from '../format';
import { BODY_NAMES } from './common';
import type { LayerId, Measure } from '$lib/state/url';

/** Whether a count takes the plural (3–10, 103–110…) rather than the singular (11–99, 100…). */
const fewForm = (n: number) => n % 100 >= 3 && n % 100 <= 10;

export const controlsText: typeof en.controlsText = {
	layersHeading: 'الطبقات',
	layerName: {
		hosts: 'البلدان المضيفة',
		contributors: 'البلدان المساهمة',
		missions: 'البعثات',
		operations: 'جهات أخرى',
		links: 'الروابط'
	} satisfies Record<LayerId, string>,
	layerHint: {
		hosts: 'دول منظمة التعاون الإسلامي التي نُشرت فيها عمليات',
		contributors: 'الأفراد النظاميون المرسَلون، حسب البلد',
		missions: 'مقار البعثات، بحجم يتناسب مع عدد الأفراد',
		operations:
			'عمليات حلف شمال الأطلسي (الناتو) والاتحاد الأوروبي والاتحاد الأفريقي وإيكواس وجامعة الدول العربية وغيرها',
		links: 'من البلد أو البعثة المحددة'
	} satisfies Record<LayerId, string>,
	legendOperation:
		'عملية تابعة لجهة أخرى (الناتو، الاتحاد الأوروبي، الاتحاد الأفريقي، إيكواس، جامعة الدول العربية…)',
	legendOperationNoSize: 'لم يُبلَّغ عن حجمها في ذلك العام',
	// What the map colours the states by (?measure=).
	measureLabel: 'تلوين الدول حسب',
	measureName: {
		personnel: 'الأفراد المرسَلون',
		fallen: 'الضحايا حتى هذا العام',
		'fallen-year': 'الضحايا في هذا العام'
	} satisfies Record<Measure, string>,
	legendPersonnel: 'الأفراد النظاميون المرسَلون',
	legendNoPersonnel: 'لم يُبلَّغ عن أفراد',
	legendNoFiguresShort: 'لا أرقام',
	legendNoFigures: 'لا توجد في المصادر أرقام عن الأفراد قبل عام 1990: لا تُلوَّن أي دولة.',
	legendRange: (from, to) =>
		to === null ? `${formatNumber(from)} أو أكثر` : `${formatNumber(from)}–${formatNumber(to - 1)}`,
	legendHosts: 'العمليات المستضافة في ذلك العام',
	legendHostCount: (count, orMore) =>
		`${
			count === 1
				? 'عملية واحدة'
				: count === 2
					? 'عمليتان'
					: `${formatNumber(count)} ${fewForm(count) ? 'عمليات' : 'عملية'}`
		}${orMore ? ' أو أكثر' : ''}`,
	legendHostedBefore: 'استضافة سابقة',
	legendHostBadge: 'نقطة: استضافة في ذلك العام',
	legendMissions: 'المقار: عمليات الأمم المتحدة (دوائر)، وعمليات الجهات الأخرى (معيّنات)',
	legendMissionClosed: 'منتهية',
	legendOic: 'منظمة التعاون الإسلامي في ذلك العام',
	legendMember: 'دولة عضو',
	legendObserver: 'دولة مراقبة (خط متقطع)',
	legendNeither: 'ليست عضوًا ولا مراقبًا (دون تلوين)',
	legendLinks: 'الخطوط: أفراد البلد أو البعثة المحددة (المتقطعة: وجود فقط).',

	// Time.
	yearLabel: 'السنة',
	monthLabel: 'الشهر',
	monthName: (m) => monthName(m),
	yearsOwnMonth: '(رقم السنة)',
	play: 'تشغيل عبر السنوات',
	pause: 'إيقاف مؤقت',
	previousYear: 'السنة السابقة',
	nextYear: 'السنة التالية',

	// Search.
	searchLabel: 'البحث عن بلد أو بعثة',
	searchPlaceholder: 'بلد أو بعثة…',
	searchNoResults: 'لا توجد نتائج',
	searchCountry: 'بلد',
	searchMission: 'بعثة',
	searchOperation: 'جهة أخرى',
	/** The names a reader may type for a body: "الناتو" or "NATO" finds IFOR. */
	bodyNames: (body) => BODY_NAMES[body] ?? [],
	searchResults: (n) =>
		n === 0
			? 'لا توجد نتائج'
			: n === 1
				? 'نتيجة واحدة'
				: n === 2
					? 'نتيجتان'
					: `${formatNumber(n)} ${fewForm(n) ? 'نتائج' : 'نتيجة'}`,

	// Theme. The English function's inferred return type is its two literal strings, so the
	// Arabic ones are cast to it (widening the English return type to string would remove this).
	themeToggle: (dark) =>
		(dark ? 'استخدام المظهر الفاتح' : 'استخدام المظهر الداكن') as string as ReturnType<
			typeof en.controlsText.themeToggle
		>
};
