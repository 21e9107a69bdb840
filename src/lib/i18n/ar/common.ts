/**
 * Arabic strings for the words the first view shares among its features: OIC standing, personnel lines, the year's summary, names of bodies (src/lib/i18n/common.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../common';
import { formatNumber, formatPercent, isolate, monthYear } from '../format';
import type { OicShare } from '$lib/data/atlas';
import type { YearNote } from '$lib/data/decode';
import { OIC_FOUNDED } from '$lib/data/years';

/**
 * Other bodies' names, the usual one first; the English names stay so a reader can still type
 * them in the search.
 */
export const BODY_NAMES: typeof en.BODY_NAMES = {
	NATO: [
		'حلف شمال الأطلسي (الناتو)',
		'الناتو',
		'حلف شمال الأطلسي',
		'North Atlantic Treaty Organization'
	],
	EU: ['الاتحاد الأوروبي', 'European Union'],
	AU: ['الاتحاد الأفريقي', 'African Union'],
	ECOWAS: [
		'الجماعة الاقتصادية لدول غرب أفريقيا (إيكواس)',
		'إيكواس',
		'Economic Community of West African States'
	],
	LAS: ['جامعة الدول العربية', 'الجامعة العربية', 'Arab League', 'League of Arab States'],
	MFO: ['القوة المتعددة الجنسيات والمراقبون', 'Multinational Force and Observers'],
	OIC: ['منظمة التعاون الإسلامي', 'Organisation of Islamic Cooperation']
};

/** A body's name after a noun in the genitive (idafa): the MFO's "والمراقبون" becomes "والمراقبين". */
const genitive = (name: string) => name.replace('والمراقبون', 'والمراقبين');

/** The kinds of uniformed personnel a gap in the reports concerns. */
const GAP_WHAT: Record<string, string> = {
	troops: 'أفراد القوات',
	police: 'أفراد الشرطة',
	experts: 'الخبراء في البعثات'
};

/** Counted peacekeeping operations, with the noun agreeing with the number (not 0). */
const operations = (n: number) =>
	n === 1
		? 'عملية واحدة لحفظ السلام'
		: n === 2
			? 'عمليتان لحفظ السلام'
			: `${formatNumber(n)} ${n % 100 >= 3 && n % 100 <= 10 ? 'عمليات' : 'عملية'} لحفظ السلام`;

/** Counted states after "من" (genitive). */
const statesAfterMin = (n: number) =>
	n === 1
		? 'دولة واحدة'
		: n === 2
			? 'دولتين'
			: `${formatNumber(n)} ${n % 100 >= 3 && n % 100 <= 10 ? 'دول' : 'دولة'}`;

export const personnelIn: typeof en.personnelIn = (n, year) =>
	`عدد الأفراد النظاميين في عام ${year}: ${formatNumber(n)}`;
export const noPersonnelIn: typeof en.noPersonnelIn = (year) =>
	`لم يُبلَّغ عن أي أفراد نظاميين في عام ${year}`;
export const noFiguresIn: typeof en.noFiguresIn = (year) => `لا تتوفر أرقام عن عام ${year}`;

export const commonText: typeof en.commonText = {
	legendHeading: 'مفتاح الخريطة',
	searchOperationOf: (body) =>
		`عملية من عمليات ${BODY_NAMES[body] ? genitive(BODY_NAMES[body][0]) : isolate(body)}، وليست من عمليات الأمم المتحدة`,
	personnelLine: (total, year, covered) =>
		!covered ? noFiguresIn(year) : total === null ? noPersonnelIn(year) : personnelIn(total, year),
	oicStatus: {
		member: 'دولة عضو في منظمة التعاون الإسلامي',
		observer: 'دولة مراقبة في منظمة التعاون الإسلامي'
	},

	overviewHeading: (year) => `لمحة عن عام ${year}`,
	summary: (year, hosted, later, share: OicShare | null, asOf: string | null = null) => {
		const when = asOf ? monthYear(asOf) : String(year);
		// "In <where>, N operations are active": the verb before its subject stays singular.
		const active = (n: number, where: string) =>
			n === 0 ? `لا تعمل أي عملية لحفظ السلام ${where}` : `تعمل ${where} ${operations(n)}`;
		if (year < OIC_FOUNDED)
			return `${year}: تأسست منظمة التعاون الإسلامي في عام ${OIC_FOUNDED}؛ ${active(later, 'في دول انضمت إليها لاحقًا')}.`;
		const pct = (n: number) => formatPercent((100 * n) / share!.all);
		return (
			`${when}: ${active(hosted, 'في الدول الأعضاء والدول المراقبة في منظمة التعاون الإسلامي')}` +
			(later ? `، و${formatNumber(later)} أخرى في دول انضمت إلى المنظمة لاحقًا` : '') +
			(share && share.all
				? `؛ وعدد الأفراد النظاميين من ${statesAfterMin(share.contributors)} من الدول الأعضاء والدول المراقبة في المنظمة في عام ${year}: ${formatNumber(share.oic)}، أي ${pct(share.oic)} من المجموع البالغ ${formatNumber(share.all)} (الأعضاء: ${formatNumber(share.members.personnel)}، ${pct(share.members.personnel)}؛ ${share.observers.personnel ? `المراقبون: ${formatNumber(share.observers.personnel)}، ${pct(share.observers.personnel)}` : 'المراقبون: لا أحد'}).`
				: '.')
		);
	},
	yearNote: (n: YearNote, name) => {
		const month = monthYear(n.asOf);
		const whose = name ? `عام ${n.year} بالنسبة إلى ${isolate(name)}` : `عام ${n.year}`;
		if (n.gap)
			return `لا يتضمن المصدر أرقامًا عن ${GAP_WHAT[n.gap.what] ?? n.gap.what}${name ? ` المرسَلين من ${isolate(name)}` : ''} في الفترة من ${monthYear(n.gap.from)} إلى ${monthYear(n.gap.to)}، وقد بلغ العدد ${formatNumber(n.gap.before)} قبل هذه الفترة و${formatNumber(n.gap.after)} بعدها: يُرجَّح أنها ثغرة في تقاريره، ورقم ${month} يقع فيها.`;
		return `لا يعكس شهر ${month} صورة ${whose}: ${name ? 'بلغ العدد' : 'بلغ مجموع ما قدّمته جميع البلدان المساهمة'} في ذلك الشهر ${formatNumber(n.value)}، مقابل متوسط قدره ${formatNumber(n.mean)} في تقارير العام الشهرية البالغ عددها ${formatNumber(n.months)} (${formatNumber(n.min)}–${formatNumber(n.max)}).`;
	},
	fullScreen: 'ملء الشاشة',
	copyCitation: 'نسخ صيغة الاستشهاد'
};
