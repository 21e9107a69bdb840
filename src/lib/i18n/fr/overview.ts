/**
 * French strings for the year overview and what it shares with the panels in the first view:
 * summary, notes, lists, sources (src/lib/i18n/overview.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { monthYear } from '../format';
import type * as en from '../overview';

export const overviewText: typeof en.overviewText = {
	mapHint: 'Sélectionnez un pays ou une mission sur la carte, ou recherchez-les par leur nom.',
	themesHeading: 'Thèmes des articles',
	hostedNowHeading: (year: number) => `Opérations dans les États de l’OCI, ${year}`,
	hostedLaterHeading: (year: number) => `Dans les États entrés à l’OCI après ${year}`,
	noneHosted: 'Aucune cette année-là.',
	topOicContributors: (year: number) => `Principaux pays contributeurs de l’OCI, ${year}`,
	/** After a state's name, in a view of a year before it joined the OIC. */
	joinedLater: (name: string, joined: number) => `${name} (à l’OCI depuis ${joined})`,
	/** The year overview's line on contributors it does not count as OIC in that year. */
	notCountedThen: (year: number, names: string) =>
		`Hors du décompte de l’OCI en ${year} (adhésion plus tardive ou suspension)\u00a0: ${names}.`,
	// Source notes and citations, in the year overview as in the panels.
	sourceOf: (title: string, asOf: string | null) =>
		`Source\u00a0: ${title}${asOf ? `, ${monthYear(asOf)}` : ''}`,
	citationCopied: 'Citation copiée',
	citationFailed: 'Sélectionnez et copiez la citation ci-dessous'
};
