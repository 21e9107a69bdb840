/**
 * Arabic strings for the error page (src/lib/i18n/errors.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../errors';

export const errorText: typeof en.errorText = {
	errorBody: (status: number) => `حدث خطأ (${status}). أعد تحميل الصفحة، أو تابع من هنا:`,
	errorTitle: 'تعذّر عرض هذه الصفحة',
	notFoundBody:
		'ربما كُتب العنوان خطأً، أو نُقلت الصفحة إلى موضع آخر. الخريطة ووضع العرض والمصادر هنا:',
	notFoundLecture: 'وضع العرض: «دول منظمة التعاون الإسلامي وعمليات الأمم المتحدة لحفظ السلام»',
	notFoundMap: 'خريطة عمليات حفظ السلام ودول منظمة التعاون الإسلامي',
	notFoundSources: 'مصادر جميع الأرقام',
	notFoundTitle: 'هذه الصفحة غير موجودة في الأطلس'
};
