/**
 * Arabic translation of content/themes.ts (the English source): the same themes, ids, passages
 * and countries, with the title and summary translated.
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type { Theme } from '../../../src/lib/content/types';

const VITAL = 'vital-aspect-of-cooperation';
const ROLE = 'role-of-islamic-nations';

export const THEMES: Theme[] = [
	{
		id: 'understanding-peacekeeping',
		title: 'ما هو حفظ السلام',
		summary:
			'يبدأ المقالان بتوضيح ما تقوم به عملية حفظ السلام: أفراد عسكريون وشرطيون ومدنيون يُنشرون لمساعدة بلد على الانتقال من النزاع إلى السلام. وتُظهر الخريطة كل عمليات الأمم المتحدة التي استضافتها دولة من دول منظمة التعاون الإسلامي منذ 1948.',
		countries: 'hosts',
		roles: [],
		passages: [`${VITAL}/a-brief-understanding-of-peacekeeping-operations-1`, `${ROLE}/opening-2`]
	},
	{
		id: 'hosting',
		title: 'استضافة قوات الفصل',
		summary:
			'استضافت دول من منظمة التعاون الإسلامي قوات تابعة للأمم المتحدة انتشرت على أراضيها بين الأطراف المتحاربة. وتُبرز الخريطة دول المنظمة التي استضافت عمليات الأمم المتحدة لحفظ السلام.',
		countries: 'hosts',
		roles: ['host'],
		passages: [
			`${VITAL}/islamic-nations-and-peacekeeping-operations-2`,
			`${VITAL}/islamic-nations-and-peacekeeping-operations-3`
		],
		// "Interposition Forces": UN forces deployed on Islamic nations' own territories.
		lead: { host: `${VITAL}/islamic-nations-and-peacekeeping-operations-2` }
	},
	{
		id: 'contributing',
		title: 'المساهمة بالقوات في حفظ السلام حول العالم',
		summary:
			'ترسل دول منظمة التعاون الإسلامي قوات وشرطة وخبراء إلى عمليات في أنحاء العالم. وتُبرز الخريطة دول المنظمة التي لها أفراد نظاميون في عمليات الأمم المتحدة في السنة المختارة.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [
			`${VITAL}/islamic-nations-and-peacekeeping-operations-1`,
			`${VITAL}/islamic-nations-and-peacekeeping-operations-3`,
			`${VITAL}/the-role-of-peacekeeping-operations-1`,
			`${ROLE}/opening-1`,
			`${ROLE}/opening-3`
		],
		// "Global Peacekeeping": troops contributed to missions around the world. The section's
		// opening (the first passage) speaks of involvement in general, hosting included.
		lead: { contributor: `${VITAL}/islamic-nations-and-peacekeeping-operations-3` }
	},
	{
		id: 'medical-logistical',
		title: 'الفرق الطبية واللوجستية',
		summary:
			'يخصّ أحد المقالين بالذكر الفرق الطبية واللوجستية لدول منظمة التعاون الإسلامي. ولا تسجّل أيٌّ من مجموعات البيانات في الأطلس أنواع الوحدات بحسب البلد، ولذلك تُظهر الخريطة جميع البلدان المساهمة من المنظمة في تلك السنة، لا الفرق الطبية.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [`${ROLE}/opening-4`]
	},
	{
		id: 'training-attaches',
		title: 'تدريب الملحقين العسكريين',
		summary:
			'تدرّب دول منظمة التعاون الإسلامي أيضًا ملحقين عسكريين من بلدان أخرى. ولا تغطي أي مجموعة بيانات في الأطلس هذا الجانب، ولذلك لا تُبرز الخريطة أي بلد فيه.',
		countries: 'none',
		roles: [],
		passages: [`${ROLE}/opening-5`]
	},
	{
		id: 'diplomacy',
		title: 'الدبلوماسية والمنتديات الدولية',
		summary:
			'حفظ السلام بوصفه تعاونًا دوليًا: بناء العلاقات والحوار والاتفاقات ومنتديات الدفاع. وتُبرز الخريطة الدول الأعضاء والمراقبة في منظمة التعاون الإسلامي.',
		countries: 'oic',
		roles: ['oic'],
		passages: [
			`${VITAL}/opening-1`,
			`${VITAL}/the-role-of-peacekeeping-operations-2`,
			`${ROLE}/opening-6`,
			`${ROLE}/opening-7`
		]
	},
	{
		id: 'national-security',
		title: 'الأمن الوطني',
		summary:
			'يرى أحد المقالين أن المشاركة في حفظ السلام تساعد الدول على الدفاع عن حدودها ومناطقها. وتُبرز الخريطة البلدان المساهمة من منظمة التعاون الإسلامي في تلك السنة.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [`${VITAL}/the-role-of-peacekeeping-operations-4`]
	},
	{
		id: 'peaceful-coexistence',
		title: 'التعايش السلمي',
		summary:
			'يختتم المقالان بقيم الأمة الإسلامية: التعايش السلمي والعدل والكرامة الإنسانية. وتُبرز الخريطة الدول الأعضاء والمراقبة في منظمة التعاون الإسلامي.',
		countries: 'oic',
		roles: ['oic'],
		passages: [
			`${VITAL}/the-role-of-peacekeeping-operations-3`,
			`${VITAL}/the-role-of-peacekeeping-operations-5`,
			`${ROLE}/opening-7`
		]
	}
];
