/**
 * Arabic strings for notices about a link the atlas could not read in full
 * (src/lib/i18n/notices.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../notices';
import { isolate } from '../format';
import { MAX_COMPARE, type NoticeKind } from '$lib/state/url';

/**
 * The link's parameters (src/lib/state/url.ts) as the sentence names them; an unlisted one is
 * shown as written.
 */
const PARAMS: Record<string, string> = {
	year: 'السنة',
	month: 'الشهر',
	country: 'البلد',
	mission: 'البعثة',
	operation: 'العملية',
	theme: 'الموضوع',
	compare: 'البلدان المطلوب مقارنتها',
	layers: 'الطبقة',
	measure: 'المقياس',
	view: 'موضع الخريطة'
};

export const noticeText: typeof en.noticeText = {
	// Notices about the link the page was opened with (shown only when there are some).
	notice: (param: string, value: string, kind: NoticeKind) => {
		const p = PARAMS[param] ?? isolate(param);
		const v = `«${isolate(value)}»`;
		return {
			unknown: `يطلب الرابط ${p} ${v}، وهي قيمة لا يعرفها الأطلس؛ لذا أُغفلت.`,
			malformed: `تعذّرت قراءة قيمة ${p} ${v} في الرابط؛ لذا تُعرض القيمة الافتراضية بدلًا منها.`,
			clamped: `قيمة ${p} ${v} في الرابط خارج نطاق ما يغطيه الأطلس؛ لذا تُعرض أقرب قيمة إليها.`,
			conflict: `يحدّد الرابط أكثر من عنصر واحد؛ لذا أُغفلت قيمة ${p} ${v}.`,
			unavailable: `يطلب الرابط ${p} ${v}، لكن المصادر لا تتضمن تقارير شهرية لتلك السنة؛ لذا يُعرض الشهر المعتمد لأرقام تلك السنة.`,
			alone: `تحتاج قيمة ${p} ${v} في الرابط إلى بلد محدَّد تُقارن به؛ لذا أُغفلت.`,
			'too-many': `يقارن الرسم البياني الواحد بلدًا بما لا يزيد على ${MAX_COMPARE} من البلدان الأخرى؛ لذا أُغفلت قيمة ${p} ${v} في الرابط.`
		}[kind];
	},
	dismiss: 'إغلاق'
};
