/**
 * Arabic strings for the site's other pages: sources, articles, offline and errors; and the map
 * picture's title (src/lib/i18n/pages.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../pages';

export const pagesText: typeof en.pagesText = {
	backToMap: 'العودة إلى الخريطة',

	offlineBody:
		'لم تُحفظ هذه الصفحة للاستخدام دون اتصال بالشبكة. أما الصفحات التالية فقد حُفظت على هذا الجهاز، وتعمل إلى أن يعود الاتصال:',
	offlineExplorer: 'الخريطة، بكل سنواتها وبلدانها',
	offlineLecture: 'وضع العرض: «دول منظمة التعاون الإسلامي وعمليات الأمم المتحدة لحفظ السلام»',
	offlineTitle: 'أنت غير متصل بالشبكة',
	onTheMap: 'على الخريطة:',
	passageLink: 'رابط إلى هذه الفقرة',
	pictureTitle:
		'خريطة دول منظمة التعاون الإسلامي: البلدان المساهمة بأفراد نظاميين والبلدان المضيفة لعمليات الأمم المتحدة لحفظ السلام',
	sourceCitation: 'طريقة الاستشهاد',
	sourceCoverage: 'التغطية',
	sourceLicence: 'الترخيص',
	sourceOrigin: 'مصدر النسخة',
	sourcePublisher: 'الناشر',
	sourcesIntro:
		'يذكر كل رقم في الأطلس أحد هذه المصادر والشهر الذي يعود إليه. أما الوقائع التي لا يؤكدها أي مصدر محفوظ فتوصف بأنها غير متحقَّق منها.',
	sourcesTitle: 'المصادر',
	englishOriginal: 'المقال كما نُشر باللغة الإنجليزية، وهو غير مترجم.'
};
