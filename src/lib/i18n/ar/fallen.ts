/**
 * Arabic strings for the fallen: the map’s fallen mode, its legend and the panels’ section (src/lib/i18n/fallen.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../fallen';
import { formatNumber, isolate } from '../format';

export const fallenText: typeof en.fallenText = {
	fallenHeading: 'تخليدًا لذكرى الضحايا',
	// Counts other than one are said as "عدد …: N", which needs no agreement.
	fallenLead: (n, name, first, last) =>
		n === 1
			? `فقد مواطن واحد من ${isolate(name)} حياته أثناء الخدمة في عملية سلام تابعة للأمم المتحدة، في عام ${first}.`
			: `عدد مواطني ${isolate(name)} الذين فقدوا أرواحهم أثناء الخدمة في عمليات السلام التابعة للأمم المتحدة: ${formatNumber(n)}، ${first === last ? `في عام ${first}` : `من عام ${first} إلى عام ${last}`}.`,
	fallenNone: (name) =>
		`لا تذكر سجلات الأمم المتحدة أي مواطن من ${isolate(name)} فقد حياته في عملية سلام تابعة للأمم المتحدة.`,
	fallenInYear: (n, year) =>
		n ? `منهم ${formatNumber(n)} في عام ${year}.` : `لم تُسجَّل أي وفاة في عام ${year}.`,
	fallenMissionLead: (n, id) =>
		n === 1
			? `فقد شخص واحد حياته أثناء الخدمة في ${isolate(id)}.`
			: `عدد من فقدوا أرواحهم أثناء الخدمة في ${isolate(id)}: ${formatNumber(n)}.`,
	fallenMissionNone: (id) =>
		`لا تذكر سجلات الأمم المتحدة أي شخص فقد حياته أثناء الخدمة في ${isolate(id)}.`,
	fallenByYear: 'حسب السنة',
	fallenByMission: 'حسب العملية',
	fallenByNationality: 'حسب الجنسية، دول منظمة التعاون الإسلامي أولًا',
	fallenCauses: 'السبب كما تسجّله الأمم المتحدة',
	fallenTypes: 'مَن كانوا',
	fallenCaveat:
		'تشير الأمم المتحدة إلى أن سجلاتها السابقة لعام 2000 قد تكون غير مكتملة. ويُحتسب العسكريون وأفراد الشرطة والمدنيون والموظفون المحليون معًا.',
	cause: {
		'Malicious Act': 'عمل كيدي',
		Accident: 'حادث',
		Illness: 'مرض',
		'Self-Inflicted': 'إيذاء النفس',
		'To Be Determined': 'لم يُحدَّد بعد',
		Unknown: 'غير معروف'
	} as Record<string, string>,
	personnelType: {
		Military: 'عسكريون',
		'Military Observer': 'مراقبون عسكريون',
		Police: 'أفراد شرطة',
		'International Civilian': 'مدنيون دوليون',
		Local: 'موظفون محليون',
		Other: 'آخرون'
	} as Record<string, string>,
	showAll: (n) => `عرض الكل (${formatNumber(n)})`,
	showFewer: 'عرض عدد أقل',
	fallenYearTable: (name) => `الضحايا حسب السنة، ${isolate(name)}`,
	deathsColumn: 'الوفيات',

	// The map's fallen mode and other bodies' operations (legend and tooltips).
	fallenTitle: (year, inYear) =>
		inYear
			? `من فقدوا أرواحهم في عمليات السلام التابعة للأمم المتحدة في عام ${year}`
			: `من فقدوا أرواحهم في عمليات السلام التابعة للأمم المتحدة، 1948–${year}`,
	fallenLegendNone: 'لم تُسجَّل وفيات',
	fallenSource: `مواطنو الدول الأعضاء والدول المراقبة في منظمة التعاون الإسلامي في ذلك العام؛ ولا تُلوَّن الدول الأخرى (أرقامها في التلميح وفي اللوحات). المصدر: مركز بيانات السلام والأمن التابع للأمم المتحدة (${isolate('UN Peace and Security Data Hub')})، مجموعة «وفيات البعثات»؛ وتشير الأمم المتحدة إلى أن السجلات السابقة لعام 2000 قد تكون غير مكتملة.`
};
