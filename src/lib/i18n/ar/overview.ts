/**
 * Arabic strings for the year overview and what it shares with the panels in the first view
 * (src/lib/i18n/overview.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../overview';
import { isolate, monthYear } from '../format';

export const overviewText: typeof en.overviewText = {
	mapHint: 'اختر بلدًا أو بعثة على الخريطة، أو ابحث عنهما بالاسم.',
	themesHeading: 'موضوعات المقالات',
	hostedNowHeading: (year) => `العمليات في دول منظمة التعاون الإسلامي، ${year}`,
	hostedLaterHeading: (year) => `في دول انضمت إلى منظمة التعاون الإسلامي بعد عام ${year}`,
	noneHosted: 'لا توجد في ذلك العام.',
	topOicContributors: (year) => `أكبر البلدان المساهمة من دول منظمة التعاون الإسلامي، ${year}`,
	/** After a state's name, in a view of a year before it joined the OIC. */
	joinedLater: (name, joined) => `${isolate(name)} (في منظمة التعاون الإسلامي منذ عام ${joined})`,
	/** The year overview's line on contributors it does not count as OIC in that year. */
	notCountedThen: (year, names) =>
		`لم تُحتسب ضمن دول منظمة التعاون الإسلامي في عام ${year}: ${isolate(names)}، إذ انضمت إليها لاحقًا أو كانت عضويتها معلّقة.`,
	// Source notes and citations, in the year overview as in the panels.
	sourceOf: (title, asOf) => `المصدر: ${isolate(title)}${asOf ? `، ${monthYear(asOf)}` : ''}`,
	citationCopied: 'نُسخ الاستشهاد',
	citationFailed: 'حدِّد الاستشهاد أدناه وانسخه'
};
