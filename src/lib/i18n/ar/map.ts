/**
 * Arabic strings for the live map: its label and keys, loading, and why it could not start
 * (src/lib/i18n/map.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../map';
import { isolate } from '../format';

export const mapText: typeof en.mapText = {
	mapLabel: 'خريطة العالم لعمليات الأمم المتحدة لحفظ السلام ودول منظمة التعاون الإسلامي',
	mapKeys:
		'خريطة. تحرّكها مفاتيح الأسهم، ويكبّرها مفتاح الجمع ويصغّرها مفتاح الطرح، ويحدّد مفتاح Enter البلد أو البعثة عند الحلقة في الوسط.',
	mapLoading: 'جارٍ تحميل الخريطة…',
	pickLoading: 'جارٍ تحميل الأرقام…',
	noWebGLTitle: 'لا يمكن تشغيل الخريطة التفاعلية في هذا المتصفح',
	noWebGLBody:
		'تحتاج الخريطة إلى WebGL، وهي معطّلة هنا أو غير مدعومة (وهذا شائع في أجهزة سطح المكتب المقيّدة أو البعيدة). فعّل تسريع الأجهزة في إعدادات المتصفح، أو افتح الأطلس في متصفح آخر.',
	mapFailedTitle: 'توقفت الخريطة التفاعلية عند بدء تشغيلها',
	mapFailedBody: (reason) =>
		`أفاد محرك الخريطة: «${isolate(reason.slice(0, 160))}». الخريطة المعروضة صورة ثابتة. أعد تحميل الصفحة؛ وإن كان هذا الرابط قد أُرسل إليك، فافتح الأطلس من صفحته الرئيسية بدلًا من ذلك.`,
	engineFailedTitle: 'تعذّر تحميل الخريطة التفاعلية',
	engineFailedBody:
		'لم يُنزَّل محرك الخريطة، لذا فالخريطة المعروضة صورة ثابتة. تحقّق من الاتصال وأعد تحميل الصفحة للمحاولة مجددًا.',
	sourceShapes: `أشكال البلدان: ${isolate('Natural Earth')}`,
	cooperativeDesktop: 'اضغط Ctrl مع التمرير لتكبير الخريطة أو تصغيرها',
	cooperativeMac: 'اضغط ⌘ مع التمرير لتكبير الخريطة أو تصغيرها',
	cooperativeMobile: 'استخدم إصبعين لتحريك الخريطة'
};
