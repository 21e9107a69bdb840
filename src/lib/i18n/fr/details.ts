/**
 * French strings for the words the views loaded on demand share: panels, tooltip, tables, sharing
 * and lecture mode (src/lib/i18n/details.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../details';

export const detailText: typeof en.detailText = {
	body: {
		UN: 'ONU',
		NATO: 'OTAN',
		EU: 'UE',
		AU: 'Union africaine',
		ECOWAS: 'CEDEAO',
		LAS: 'Ligue des États arabes',
		MFO: 'FMO',
		OIC: 'OCI'
	} as Record<string, string>,
	close: 'Fermer',
	hostsLabel: 'Pays hôtes',
	/** A mission's dates; `reported` where no source dates it: the years with personnel. */
	missionYears: (
		start: number | null,
		end: number | null,
		reported: [number, number] | null = null
	) =>
		start === null
			? reported
				? `dates absentes des sources\u202f; personnel signalé ${reported[0] === reported[1] ? `en ${reported[0]}` : `de ${reported[0]} à ${reported[1]}`}`
				: 'dates absentes des sources'
			: start === end
				? String(start)
				: `${start}–${end ?? 'aujourd’hui'}`,
	notOic: 'Ni membre ni observateur de l’OCI',
	quotedFrom: (title: string) => `Extrait de «\u00a0${title}\u00a0»`,
	articleAttribution:
		'L’un des deux articles sources à partir desquels l’atlas a été commandé ; reproduit sans modification. L’auteur n’est pas nommé dans la source.',
	// The kinds of uniformed personnel.
	troops: 'Contingents',
	police: 'Police',
	experts: 'Experts en mission'
};
