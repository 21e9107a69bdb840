/**
 * Arabic strings for the site around the map: its name and tagline, the explorer's header, and
 * updates (src/lib/i18n/site.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../site';

export const siteText: typeof en.siteText = {
	siteTitle: 'أطلس حفظ السلام',
	siteTagline:
		'عمليات الأمم المتحدة لحفظ السلام من منظور الدول الأعضاء والدول المراقبة في منظمة التعاون الإسلامي',
	updateReady:
		'يتوفر إصدار جديد من الأطلس. أعد تحميل الصفحة لاستخدامه؛ وتظل هذه الصفحة تعمل في الأثناء.',
	updateFailed:
		'تعذّر تحميل جزء من هذه الصفحة: فقد حُدِّث الأطلس منذ فتحها. أعد تحميل الصفحة للمتابعة.',
	updateReload: 'إعادة التحميل',
	updateLater: 'ليس الآن',
	share: 'مشاركة',
	lecture: 'وضع العرض',
	languages: 'اللغات'
};
