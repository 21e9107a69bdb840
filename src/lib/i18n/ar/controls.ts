/**
 * Arabic strings for the controls beside the map: layers, legend, colour measure, year and month, search (src/lib/i18n/controls.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../controls';
import { monthName } from '../format';
import type { LayerId, Measure } from '$lib/state/url';

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
	// What the map colours the states by (?measure=).
	measureLabel: 'تلوين الدول حسب',
	measureName: {
		personnel: 'الأفراد المرسَلون',
		fallen: 'الضحايا حتى هذا العام',
		'fallen-year': 'الضحايا في هذا العام'
	} satisfies Record<Measure, string>,

	// Time.
	yearLabel: 'السنة',
	monthLabel: 'الشهر',
	monthName: (m) => monthName(m),
	yearsOwnMonth: '(رقم السنة)',
	play: 'تشغيل عبر السنوات',
	pause: 'إيقاف مؤقت',
	previousYear: 'السنة السابقة',
	nextYear: 'السنة التالية',

	// Theme. The English function's inferred return type is its two literal strings, so the
	// Arabic ones are cast to it (widening the English return type to string would remove this).
	themeToggle: (dark) =>
		(dark ? 'استخدام المظهر الفاتح' : 'استخدام المظهر الداكن') as string as ReturnType<
			typeof en.controlsText.themeToggle
		>
};
