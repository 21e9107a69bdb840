/**
 * Words the first view shares among its features: OIC standing, personnel lines, the year's
 * summary, names of bodies.
 * English; another language is a sibling module with the same keys.
 */
import { formatNumber, formatPercent, monthYear } from './format';
import type { OicShare } from '$lib/data/atlas';
import type { YearNote } from '$lib/data/decode';
import { OIC_FOUNDED } from '$lib/data/years';

/** Other bodies' names, the usual one first. */
export const BODY_NAMES: Record<string, string[]> = {
	NATO: ['NATO', 'North Atlantic Treaty Organization'],
	EU: ['the EU', 'European Union'],
	AU: ['the African Union', 'AU'],
	ECOWAS: ['ECOWAS', 'Economic Community of West African States'],
	LAS: ['the Arab League', 'League of Arab States'],
	MFO: ['the MFO', 'Multinational Force and Observers'],
	OIC: ['the OIC', 'Organisation of Islamic Cooperation']
};
export const personnelIn = (n: number, year: number) =>
	`${formatNumber(n)} uniformed personnel in ${year}`;
export const noPersonnelIn = (year: number) => `No uniformed personnel reported in ${year}`;
export const noFiguresIn = (year: number) => `No figures for ${year}`;

export const commonText = {
	legendHeading: 'Legend',
	searchOperationOf: (body: string) =>
		`an operation of ${BODY_NAMES[body]?.[0] ?? body}, not the UN`,
	/**
	 * A country's personnel in a year: the figure, none reported, or (`covered` false) no figures
	 * at all that year.
	 */
	personnelLine: (total: number | null, year: number, covered: boolean) =>
		!covered ? noFiguresIn(year) : total === null ? noPersonnelIn(year) : personnelIn(total, year),
	oicStatus: {
		member: 'OIC member',
		observer: 'OIC observer'
	},

	overviewHeading: (year: number) => `${year} at a glance`,
	/** `asOf`: a picked month ("1995-08"), which the sentence names instead of the year. */
	summary: (
		year: number,
		hosted: number,
		later: number,
		share: OicShare | null,
		asOf: string | null = null
	) => {
		const when = asOf ? monthYear(asOf) : String(year);
		const ops = (n: number) => `${n} peacekeeping operation${n === 1 ? '' : 's'}`;
		if (year < OIC_FOUNDED)
			return `${year}: the OIC was founded in ${OIC_FOUNDED}; ${ops(later)} active in states that joined it later.`;
		const pct = (n: number) => formatPercent((100 * n) / share!.all);
		return (
			`${when}: ${ops(hosted)} active in OIC member and observer states` +
			(later ? ` and ${later} in states that joined later` : '') +
			(share && share.all
				? `; ${formatNumber(share.oic)} uniformed personnel from ${share.contributors} of the OIC’s members and observers of ${year}, ${pct(share.oic)} of all ${formatNumber(share.all)} (members ${formatNumber(share.members.personnel)}, ${pct(share.members.personnel)}; ${share.observers.personnel ? `observers ${formatNumber(share.observers.personnel)}, ${pct(share.observers.personnel)}` : 'observers none'}).`
				: '.')
		);
	},
	/** One sentence on a year whose shown month hides what its monthly reports show. */
	yearNote: (n: YearNote, name: string | null) => {
		const month = monthYear(n.asOf);
		const whose = name ? `${name}’s ${n.year}` : String(n.year);
		if (n.gap)
			return `The source has no figures for ${name ? `${name}’s` : 'the'} ${n.gap.what} from ${monthYear(n.gap.from)} to ${monthYear(n.gap.to)}, between ${formatNumber(n.gap.before)} before and ${formatNumber(n.gap.after)} after: likely a gap in its reports, and the ${month} figure falls in it.`;
		return `${month} is not typical of ${whose}: ${name ? '' : 'all contributors together had '}${formatNumber(n.value)} that month, against a mean of ${formatNumber(n.mean)} over the year’s ${n.months} monthly reports (${formatNumber(n.min)}–${formatNumber(n.max)}).`;
	},
	fullScreen: 'Full screen',
	copyCitation: 'Copy citation'
};
