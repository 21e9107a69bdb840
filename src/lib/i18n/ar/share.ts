/**
 * Arabic strings for the share dialog: links, embed code and images
 * (src/lib/i18n/share.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../share';
import { isolate } from '../format';

/** What the dialog copies (src/routes/ShareDialog.svelte), as the sentence names it. */
const COPIED: Record<string, string> = {
	link: 'الرابط',
	iframe: 'رمز التضمين',
	script: 'السطر البرمجي',
	citation: 'الاستشهاد'
};

export const shareText: typeof en.shareText = {
	shareTitle: 'مشاركة العرض الحالي',
	shareLink: 'رابط العرض الحالي',
	shareEmbed: 'التضمين في صفحة',
	embedOptions: 'خيارات التضمين',
	embedTheme: 'الألوان',
	embedLanguage: 'اللغة',
	embedThemeAuto: 'حسب إعدادات القارئ',
	embedThemeLight: 'فاتحة',
	embedThemeDark: 'داكنة',
	embedPanel: 'لوحة التفاصيل',
	embedControls: 'السنة والطبقات',
	embedInteractive: 'التحريك والتكبير',
	shareIframe: 'رمز التضمين (يعمل دون برامج نصية)',
	shareScript: 'اختياري: جعل الإطار المضمَّن بطول محتواه',
	shareScriptHint:
		'أضف هذا السطر مرة واحدة إلى الصفحة، في أي موضع بعد الإطار المضمَّن. أما الصفحات التي تحذف البرامج النصية (ومنها كثير من منصات المقررات الدراسية) فتعرض الخريطة مع ذلك بنسبة 4:3.',
	sharePreview: 'معاينة الإطار المضمَّن',
	sharePng: 'تنزيل صورة PNG للعرض الحالي',
	pngUnavailable: 'الخريطة التفاعلية غير متاحة، لذا يتعذّر إنشاء صورة.',
	copy: 'نسخ',
	copied: (what) => `نُسخ ${COPIED[what] ?? isolate(what)}`
};
