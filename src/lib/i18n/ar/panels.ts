/**
 * Arabic strings for the country, mission, operation and theme panels, their charts and comparisons (src/lib/i18n/panels.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../panels';
import { formatList, formatNumber, monthYear, formatPercent, isolate, monthName } from '../format';
import { noFiguresIn, noPersonnelIn } from './common';

/** A body's name after a noun in the genitive (idafa): the MFO's "والمراقبون" becomes "والمراقبين". */
const genitive = (name: string) => name.replace('والمراقبون', 'والمراقبين');

/** Counted states after "من" (genitive), the noun agreeing with the number. */
const statesAfterMin = (n: number) =>
	n === 1
		? 'دولة واحدة'
		: n === 2
			? 'دولتين'
			: `${formatNumber(n)} ${n % 100 >= 3 && n % 100 <= 10 ? 'دول' : 'دولة'}`;

export const panelText: typeof en.panelText = {
	asOf: (asOf) => `في ${monthYear(asOf)}`,
	noPersonnelIn,
	noFiguresIn,
	joined: (status, year) => `${status}، منذ عام ${year}`,
	clauseSeparator: '؛ ',
	joinedAlt: (year, source) => `(${year} حسب ${isolate(source)})`,
	suspended: (from, to) =>
		to
			? `العضوية معلّقة من ${monthYear(from)} إلى ${monthYear(to)}`
			: `العضوية معلّقة منذ ${monthYear(from)}`,
	notInOicThen: (year, joined) =>
		joined > year
			? `لم تكن الدولة قد انضمت بعدُ إلى منظمة التعاون الإسلامي في عام ${year}.`
			: `كانت عضوية الدولة في منظمة التعاون الإسلامي معلّقة في عام ${year}.`,
	source: 'المصدر',
	sourceLabel: 'المصدر: ',
	roleHost: 'بلد مضيف',
	roleFormerHost: 'بلد مضيف سابق',
	roleHostFrom: (year) => `بلد مضيف منذ عام ${year}`,
	chartTitle: 'الأفراد النظاميون المرسَلون، 1990–2025',
	roleContributor: 'بلد مساهم',
	personnelHeading: (year, month = null) => `الأفراد النظاميون، ${month ? monthYear(month) : year}`,
	women: 'النساء',
	total: 'المجموع',
	topMissions: (year) => `أكبر عمليات النشر، ${year}`,
	servedIn: (year) =>
		`البعثات التي خدم فيها أفراده، ${year} (وجود حسب ${isolate('Geo-PKO')}، دون أعداد الأفراد)`,
	fromTheArticles: 'من المقالات',
	readInArticle: 'اقرأ في المقالة',
	themeHeading: 'الموضوع',
	themeCountries: (n, year) => `عدد البلدان على الخريطة لعام ${year}: ${formatNumber(n)}`,
	themeNoCountries: 'لا توجد في الأطلس مجموعة بيانات تعرض هذا الموضوع حسب البلد.',
	chartSources: `المصادر: قاعدة بيانات حفظ السلام للمعهد الدولي للسلام (${isolate('IPI')}) 1990–2014، وتقارير إدارة عمليات السلام في الأمم المتحدة 2015–2025؛ كل سنة حسب شهر واحد (${monthName(12)} حيثما توفّر)`,
	chartMonthly: `الأعمدة: رقم كل سنة. الخط: كل تقرير شهري، ${monthYear('1990-11')} – ${monthYear('2014-02')}.`,
	personnelChart: (name, peak, peakYear, year, value) =>
		`رسم بياني بالأعمدة: الأفراد النظاميون المرسَلون من ${isolate(name)}، 1990–2025، مع خط للتقارير الشهرية 1990–2014. الذروة ${formatNumber(peak)} في عام ${peakYear}. ${year}: ${value === null ? 'لا رقم' : formatNumber(value)}.`,
	// Comparing the selected country with others on one chart (loaded on demand).
	compareOpen: 'المقارنة ببلدان أخرى',
	compareTitle: (first, last) => `الأفراد النظاميون المرسَلون، ${first}–${last}، على مقياس واحد`,
	compareAdd: 'إضافة بلد إلى المقارنة',
	comparePlaceholder: 'المقارنة مع…',
	compareRemove: (name) => `إزالة ${isolate(name)} من المقارنة`,
	compareFull: (max) =>
		`أقصى عدد للبلدان الأخرى في المقارنة: ${formatNumber(max)}. أزِل بلدًا لإضافة آخر.`,
	compareAdded: (name) => `تمت إضافة ${isolate(name)} إلى المقارنة`,
	compareRemoved: (name) => `تمت إزالة ${isolate(name)} من المقارنة`,
	compareNoFigures: 'لم يُبلَّغ عن أفراد',
	compareChart: (values, first, last, year) =>
		`رسم بياني خطي: الأفراد النظاميون المرسَلون من ${formatList(values.map((v) => isolate(v.name)))}، ${first}–${last}، على مقياس واحد.${
			year === null
				? ''
				: ` ${year}: ${values
						.map(
							(v) =>
								`${isolate(v.name)} ${v.value === null ? 'لم يُبلَّغ عن أفراد' : formatNumber(v.value)}`
						)
						.join('؛ ')}.`
		} يعرض الجدول أدناه كل السنوات.`,
	compareTable: 'الأرقام في جدول',
	compareCaption: `الأفراد النظاميون المرسَلون، كل سنة حسب شهر واحد (${monthName(12)} حيثما تتوفر في المصادر). علامة «–»: لا يذكر تقرير السنة أي أفراد.`,
	compareYear: 'السنة',
	compareNote: 'ينقطع كل خط حيث لا يذكر تقرير سنةٍ ما أي أفراد من البلد: لا يُملأ أي فراغ.',
	chartKeys: `تتنقّل مفاتيح الأسهم اليسرى واليمنى بين أعمدة السنوات؛ ويعرض مفتاح الإدخال (${isolate('Enter')}) السنة المحددة.`,
	chartBar: (year, value) =>
		value === null ? `${year}: لا رقم` : `${year}: ${formatNumber(value)} من الأفراد النظاميين`,
	chartReadout: (year, value) => `${year}: ${value === null ? 'لا رقم' : formatNumber(value)}`,
	womenShare: (women, total) =>
		`${formatNumber(women)} (${formatPercent((100 * women) / total, 1)})`,
	unverified: 'غير مُتحقَّق منه',
	unverifiedHint: 'لا يؤكد ذلك أي مصدر محفوظ',
	missionKind: {
		pko: 'عملية من عمليات الأمم المتحدة لحفظ السلام',
		spm: 'بعثة سياسية خاصة أو بعثة دعم'
	},
	headquarters: 'المقر',
	missionPersonnel: (year) => `الأفراد النظاميون، ${year}`,
	noOicContributors: 'لم تُبلغ أي دولة من دول منظمة التعاون الإسلامي عن أفراد هنا في ذلك العام.',
	contributorsHeading: (year) => `البلدان المساهمة، ${year}`,
	oicContributorsOf: (year) =>
		`الدول الأعضاء والدول المراقبة في منظمة التعاون الإسلامي في عام ${year}`,
	noContributors: 'لم يُبلغ أي بلد مساهم عن أفراد هنا في ذلك العام.',
	noContributorsNamed: 'لا تذكر المصادر أي بلد مساهم لهذا العام.',
	presenceApprox: `قبل أواخر عام 2009 لا تقدّم تقارير الأمم المتحدة الواردة في المصادر أرقامًا حسب البعثة: هذه هي الدول التي يرصدها ${isolate('Geo-PKO')} في مواقع الانتشار، مع أكبر وحدة في موقع واحد (أرقام تقريبية، من خرائط الانتشار التابعة للأمم المتحدة).`,
	unitSize: (n) => `≈${formatNumber(n)} في موقع واحد`,
	otherContributors: (n) => (n === 1 ? 'بلد مساهم آخر' : `بلدان مساهمة أخرى: ${formatNumber(n)}`),
	fromOtherSources: 'وحدات من دول منظمة التعاون الإسلامي وردت في مصادر أخرى',
	fromSource: (publisher, title) =>
		`من ${isolate(publisher)}، «${isolate(title)}»، لا من التقرير الشهري للأمم المتحدة`,
	asOfText: (when) => (when.length === 7 ? monthYear(when) : when),
	active: 'جارية',
	closed: 'منتهية',

	// Beyond the UN and beyond head counts: other bodies' operations, the fallen, command, women.
	operationsOnSoil: 'عمليات السلام على أراضي البلد',
	operationsOnSoilHint:
		'عمليات الأمم المتحدة وعمليات الجهات الأخرى (الناتو، والاتحاد الأوروبي، والاتحاد الأفريقي، وإيكواس، وجامعة الدول العربية…) في خط زمني واحد.',
	noOperationsOnSoil: 'لا توجد في البيانات أي عملية سلام على أراضي البلد.',
	bodyLong: {
		NATO: 'حلف شمال الأطلسي (الناتو)',
		EU: 'الاتحاد الأوروبي',
		AU: 'الاتحاد الأفريقي',
		ECOWAS: 'الجماعة الاقتصادية لدول غرب أفريقيا (إيكواس)',
		LAS: 'جامعة الدول العربية',
		MFO: 'القوة المتعددة الجنسيات والمراقبون (منظمة مستقلة)',
		OIC: 'منظمة التعاون الإسلامي'
	} as Record<string, string>,
	otherBodyOperation: (body) =>
		`عملية سلام من عمليات ${isolate(genitive(body))}، وليست من عمليات الأمم المتحدة`,
	yearSpan: (from, to) => (to === null ? `${from}–` : from === to ? String(from) : `${from}–${to}`),
	monthSpan: (from, to) => `${monthYear(from)} – ${to ? monthYear(to) : 'مستمرة حسب أحدث مصدر'}`,
	organisation: 'المنظمة',
	unAuthorisation: 'إذن الأمم المتحدة',
	authorisedYes: (resolution) =>
		resolution ? `نعم: ${isolate(resolution)}` : 'نعم (لا يذكر المصدر رقم القرار)',
	authorisedNo: (decision) =>
		decision ? `لا؛ بتكليف من ${isolate(decision)}` : 'لا يوجد إذن من مجلس الأمن',
	dates: 'التواريخ',
	sizeHeading: 'عدد الأفراد عبر الزمن',
	sizeIn: (year) => `عدد الأفراد، ${year}`,
	sizeNotReported: (year) => `لا يتوفر عدد الأفراد لعام ${year}.`,
	sizeMonth: (month) => monthYear(month),
	peak: (size, states) =>
		[
			size !== null ? `ما يصل إلى نحو ${formatNumber(size)} من الأفراد` : null,
			states !== null ? `من ${statesAfterMin(states)}` : null
		]
			.filter(Boolean)
			.join('، '),
	peakLabel: 'في ذروتها',
	oicContingents: 'وحدات دول منظمة التعاون الإسلامي',
	oicContingentsHint:
		'من صفحات عامة، بألفاظها؛ لا تنشر هذه الجهات أرقامًا عن المساهمين مثل التقارير الشهرية للأمم المتحدة.',
	noOicContingents:
		'لم يُعثر على أي وحدة من دول منظمة التعاون الإسلامي في الصفحات العامة المحفوظة. ولا تُدرج الدولة التي ليس لها مصدر يمكن الاستشهاد به.',
	whatPagesSay: 'ما تقوله المصادر',
	pageSource: (publisher, title) => `${isolate(publisher)}: «${isolate(title)}»`,
	contingentFigure: (figure) => (figure ? `«${isolate(figure)}»` : 'موجودة، دون ذكر عدد'),

	leadersHeading: 'في قيادة عمليات الأمم المتحدة',
	leadersMissionHeading: 'مَن قادها',
	leadersHint: 'رؤساء البعثات، وقادة القوات، ومفوضو الشرطة، وكبار المراقبين العسكريين، 1948–2019.',
	leadersNone: (name) =>
		`لا تذكر مجموعة بيانات القيادة أي مواطن من ${isolate(name)} على رأس عملية للأمم المتحدة (1948–2019).`,
	leadersMissionNone: 'لا تذكر مجموعة بيانات القيادة أي تعيين لهذه العملية.',
	leaderSpan: (from, to) => {
		const f = (d: [number, number | null]) =>
			d[1] ? monthYear(`${d[0]}-${String(d[1]).padStart(2, '0')}`) : String(d[0]);
		return `${f(from)} – ${to ? f(to) : `بعد ${monthYear('2019-09')}`}`;
	},
	post: {
		1: 'الممثل الخاص للأمين العام',
		2: 'رئيس البعثة',
		3: 'قائد القوة',
		4: 'نائب قائد القوة',
		5: 'رئيس الأركان',
		6: 'مفوض الشرطة',
		7: 'كبير المراقبين العسكريين'
	} as Record<number, string>,
	oicNational: 'من مواطني دول منظمة التعاون الإسلامي',

	womenHeading: 'النساء في وحدات البلد',
	womenLead: (name, share, unShare, year) =>
		`${year}: شكّلت النساء ${formatPercent(share * 100, 1)} من الأفراد النظاميين المرسَلين من ${isolate(name)}، مقابل ${formatPercent(unShare * 100, 1)} لدى جميع البلدان المساهمة.`,
	womenNone: 'تصنّف المصادر الأفراد حسب الجنس منذ أواخر عام 2009؛ لا أرقام لهذا البلد.',
	womenShareLabel: (name) => `${name}`,
	womenUnLabel: 'جميع البلدان المساهمة',
	womenTable: (name) => `نسبة النساء من الأفراد النظاميين، ${isolate(name)} وجميع البلدان المساهمة`,
	shareColumn: (name) => `${isolate(name)} (%)`,
	loadingDetail: 'جارٍ تحميل الأرقام حسب البعثة…',
	yearColumn: 'السنة'
};
