/**
 * Arabic strings only the prerendered HTML carries: the notice inside <noscript>
 * (src/lib/i18n/noscript.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../noscript';

export const noscriptText: typeof en.noscriptText = {
	noScript:
		'يحتاج الأطلس التفاعلي إلى JavaScript. تعرض هذه الصفحة الخريطة والأرقام لآخر سنة؛ ويتضمّن الجدول أدناه رابطًا إلى كل بلد.'
};
