/**
 * French strings for the words the first view shares among its features: OIC standing,
 * personnel lines, the year's summary, names of bodies (src/lib/i18n/common.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber, formatPercent, monthYear } from '../format';
import type { OicShare } from '$lib/data/atlas';
import type { YearNote } from '$lib/data/decode';
import { OIC_FOUNDED } from '$lib/data/years';
import type * as en from '../common';

/** "de mai 1995", "d’août 1995": French elides "de" before a vowel. */
const deMonth = (text: string) => (/^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "1 234 membres du personnel en tenue" (singular below 2, as French counts). */
const personnel = (n: number) =>
	`${formatNumber(n)} ${n < 2 ? 'membre' : 'membres'} du personnel en tenue`;
/** The kinds of personnel a gap in the monthly reports concerns. */
const GAP_WHAT: Record<string, string> = {
	troops: 'les contingents',
	police: 'la police',
	experts: 'les experts en mission'
};

/**
 * Other bodies' names, the usual one first (with its article: it follows "de" in a sentence),
 * then the bare acronym and the full name, which a reader may type in the search.
 */
export const BODY_NAMES: typeof en.BODY_NAMES = {
	NATO: ['l’OTAN', 'OTAN', 'Organisation du traité de l’Atlantique Nord'],
	EU: ['l’UE', 'UE', 'Union européenne'],
	AU: ['l’Union africaine', 'UA'],
	ECOWAS: ['la CEDEAO', 'CEDEAO', 'Communauté économique des États de l’Afrique de l’Ouest'],
	LAS: ['la Ligue des États arabes', 'Ligue arabe'],
	MFO: ['la FMO', 'FMO', 'Force multinationale et observateurs'],
	OIC: ['l’OCI', 'OCI', 'Organisation de la coopération islamique']
};
export const personnelIn: typeof en.personnelIn = (n, year) => `${personnel(n)} en ${year}`;
export const noPersonnelIn: typeof en.noPersonnelIn = (year) =>
	`Aucun personnel en tenue signalé en ${year}`;
export const noFiguresIn: typeof en.noFiguresIn = (year) => `Aucun chiffre pour ${year}`;

export const commonText: typeof en.commonText = {
	legendHeading: 'Légende',
	searchOperationOf: (body: string) =>
		`une opération de ${BODY_NAMES[body]?.[0] ?? body}, et non de l’ONU`,
	/**
	 * A country's personnel in a year: the figure, none reported, or (`covered` false) no figures
	 * at all that year.
	 */
	personnelLine: (total: number | null, year: number, covered: boolean) =>
		!covered ? noFiguresIn(year) : total === null ? noPersonnelIn(year) : personnelIn(total, year),
	oicStatus: {
		member: 'Membre de l’OCI',
		observer: 'Observateur de l’OCI'
	},

	overviewHeading: (year: number) => `${year} en bref`,
	/** `asOf`: a picked month ("1995-08"), which the sentence names instead of the year. */
	summary: (
		year: number,
		hosted: number,
		later: number,
		share: OicShare | null,
		asOf: string | null = null
	) => {
		const when = asOf ? capitalise(monthYear(asOf)) : String(year);
		const ops = (n: number) => `${n} ${n < 2 ? 'opération' : 'opérations'} de maintien de la paix`;
		if (year < OIC_FOUNDED)
			return `${year}\u00a0: l’OCI a été fondée en ${OIC_FOUNDED}\u202f; ${ops(later)} en cours dans des États qui l’ont rejointe plus tard.`;
		const pct = (n: number) => formatPercent((100 * n) / share!.all);
		return (
			`${when}\u00a0: ${ops(hosted)} en cours dans des États membres et observateurs de l’OCI` +
			(later ? ` et ${later} dans des États qui l’ont rejointe plus tard` : '') +
			(share && share.all
				? `\u202f; ${personnel(share.oic)} fournis par ${share.contributors} des membres et observateurs de l’OCI de ${year}, soit ${pct(share.oic)} d’un total de ${formatNumber(share.all)} (membres\u00a0: ${formatNumber(share.members.personnel)}, ${pct(share.members.personnel)}\u202f; ${share.observers.personnel ? `observateurs\u00a0: ${formatNumber(share.observers.personnel)}, ${pct(share.observers.personnel)}` : 'observateurs\u00a0: aucun'}).`
				: '.')
		);
	},
	/** One sentence on a year whose shown month hides what its monthly reports show. */
	yearNote: (n: YearNote, name: string | null) => {
		const month = monthYear(n.asOf);
		const whose = name ? ` (${name})` : '';
		if (n.gap)
			return `La source ne donne aucun chiffre sur ${GAP_WHAT[n.gap.what] ?? n.gap.what}${whose} ${deMonth(monthYear(n.gap.from))} à ${monthYear(n.gap.to)}, avec ${formatNumber(n.gap.before)} avant et ${formatNumber(n.gap.after)} après\u00a0: sans doute une lacune dans ses rapports, dans laquelle tombe le chiffre ${deMonth(month)}.`;
		return `Le mois ${deMonth(month)} n’est pas représentatif de l’année ${n.year}${whose}\u00a0: ${name ? '' : 'tous pays contributeurs confondus, '}${formatNumber(n.value)} ce mois-là, contre une moyenne de ${formatNumber(n.mean)} sur les ${n.months} rapports mensuels de l’année (${formatNumber(n.min)}–${formatNumber(n.max)}).`;
	},
	fullScreen: 'Plein écran',
	copyCitation: 'Copier la citation'
};
