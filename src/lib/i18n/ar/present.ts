/**
 * Arabic strings for lecture mode: steps, keys, presenter view and the tour builder
 * (src/lib/i18n/present.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../present';
import { formatNumber, isolate } from '../format';

/** What a step names (src/lib/present/params.ts), as the sentence names it. */
const STEP_ITEMS: Record<string, string> = {
	country: 'البلد',
	mission: 'البعثة',
	theme: 'الموضوع'
};

export const presentText: typeof en.presentText = {
	figureNone: 'لا أحد',
	stepOf: (step, total) => `الخطوة ${step} من ${total}`,
	shareChartTitle:
		'حصة الدول الأعضاء والمراقبة في منظمة التعاون الإسلامي من مجموع الأفراد النظاميين في عمليات الأمم المتحدة، حسب السنة',
	shareChartYear: 'السنة',
	shareChartSources: 'أرقام كل سنة ومصادرها',
	shareChartShare: 'حصة دول منظمة التعاون الإسلامي',
	typeChartTitle: (year) =>
		`الأفراد النظاميون من الدول الأعضاء والمراقبة في منظمة التعاون الإسلامي في عام ${year}، حسب الفئة`,
	typeChartNone: (year) => `لا تبيّن أرقام عام ${year} الأفراد حسب الفئة.`,
	typeChartType: 'الفئة',
	typeChartPersonnel: 'الأفراد',
	previousStep: 'الخطوة السابقة',
	nextStep: 'الخطوة التالية',
	keysHelp: 'المفاتيح',
	presenterView: 'واجهة مقدِّم العرض',
	audienceWindow: 'فتح نافذة الجمهور',
	highContrast: 'تباين عالٍ',
	legendToggle: 'مفتاح الخريطة',
	saveStepImage: 'حفظ هذه الخطوة صورةً',
	blankScreen: 'الشاشة معتمة: اضغط B لإظهار الخريطة مجددًا',
	notes: 'ملاحظات المتحدث',
	noNotes: 'لا ملاحظات لهذه الخطوة.',
	nextUp: 'التالي',
	lastStep: 'هذه هي الخطوة الأخيرة.',
	clockElapsed: 'الوقت المنقضي',
	clockNow: 'الساعة',
	keyList: [
		['→  المسافة  PageDown', 'الخطوة التالية'],
		['←  PageUp', 'الخطوة السابقة'],
		['Home  End', 'الخطوة الأولى، الخطوة الأخيرة'],
		['رقم، Enter', 'الانتقال إلى تلك الخطوة'],
		['F', 'ملء الشاشة (Esc للخروج)'],
		['B', 'شاشة معتمة'],
		['H', 'تباين عالٍ'],
		['L', 'إظهار مفتاح الخريطة أو إخفاؤه'],
		['?', 'إظهار هذه المفاتيح أو إخفاؤها']
	] as [string, string][],
	tourNotice: (what) =>
		`تعذّر استخدام ${isolate(what)} في الرابط؛ لذا تبدأ الجولة من خطوتها الأولى.`,
	stepNotice: (step, what, value) =>
		what === 'view'
			? `الخطوة ${step}: موضع الخريطة «${isolate(value)}» خارج ما يمكن للخريطة إظهاره؛ لذا يُعرض أقرب موضع إليه.`
			: what === 'layer'
				? `الخطوة ${step}: لا يتضمن الأطلس الطبقة «${isolate(value)}»؛ لذا تعرض الخطوة طبقاتها الأخرى.`
				: `الخطوة ${step}: لا يتضمن الأطلس ${STEP_ITEMS[what] ?? isolate(what)} «${isolate(value)}»؛ لذا لا تحدّد الخطوة شيئًا.`,
	customTourError: (message) => `تعذّر تشغيل هذه الجولة: ${isolate(message)}`,
	lectureTitle: 'وضع العرض',
	playDefaultTour: 'تقديم جولة «دول منظمة التعاون الإسلامي وعمليات الأمم المتحدة لحفظ السلام»',
	myTour: 'جولتك الخاصة',
	myTourTitle: 'جولتي',
	tourName: 'العنوان',
	addStep: 'إضافة العرض الحالي خطوةً',
	stepTitle: 'عنوان الخطوة',
	stepCaption: 'التعليق',
	removeStep: 'حذف',
	playMyTour: 'تشغيل جولتك',
	downloadTour: 'تنزيل ملف الجولة',
	openTourFile: 'فتح ملف جولة',
	tourFileError: (file, message) =>
		`الملف ${isolate(file)} ليس جولة يستطيع الأطلس تشغيلها: ${isolate(message)}.`,
	longTourLink: (chars) =>
		`يبلغ طول رابط تشغيل هذه الجولة ${formatNumber(Math.round(chars / 100) / 10)} ألف حرف. تشغّله المتصفحات، لكن البريد الإلكتروني وتطبيقات المحادثة ومنصات التعلّم كثيرًا ما تقطع الروابط التي تتجاوز ${formatNumber(8000)} حرف. لمشاركة جولة طويلة، أرسل ملف الجولة: فزر «فتح ملف جولة» هنا يشغّله.`,
	tourFileHint: `ضع الملف في ${isolate('content/tours/')} ليُنشر مع الأطلس: تتحقق عملية البناء من كل خطوة.`,
	presentTitle: 'وضع العرض'
};
