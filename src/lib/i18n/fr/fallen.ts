/**
 * French strings for the fallen: the map’s fallen mode, its legend and the panels’ section
 * (src/lib/i18n/fallen.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber } from '../format';
import type * as en from '../fallen';

// Country names are passed in as they are (no article is known for them), so the sentences that
// name a country open with it: "Pakistan : …".
export const fallenText: typeof en.fallenText = {
	fallenHeading: 'À la mémoire des morts en service',
	fallenLead: (n: number, name: string, first: number, last: number) =>
		n === 1
			? `${name}\u00a0: un ressortissant est mort en service dans une opération de paix de l’ONU, en ${first}.`
			: `${name}\u00a0: ${formatNumber(n)} ressortissants sont morts en service dans des opérations de paix de l’ONU, ${first === last ? `en ${first}` : `de ${first} à ${last}`}.`,
	fallenNone: (name: string) =>
		`${name}\u00a0: les registres de l’ONU ne mentionnent aucun ressortissant mort dans une opération de paix de l’ONU.`,
	fallenInYear: (n: number, year: number) =>
		n ? `${formatNumber(n)} en ${year}.` : `Aucun décès enregistré en ${year}.`,
	fallenMissionLead: (n: number, id: string) =>
		`${formatNumber(n)} ${n < 2 ? 'personne est morte' : 'personnes sont mortes'} en service dans l’opération ${id}.`,
	fallenMissionNone: (id: string) =>
		`Les registres de l’ONU ne mentionnent aucune personne morte en service dans l’opération ${id}.`,
	fallenByYear: 'Par année',
	fallenByMission: 'Par opération',
	fallenByNationality: 'Par nationalité, États de l’OCI en premier',
	fallenCauses: 'Cause, telle que l’ONU l’enregistre',
	fallenTypes: 'Catégories de personnel',
	fallenCaveat:
		'L’ONU signale que ses registres antérieurs à 2000 peuvent être incomplets. Militaires, policiers, civils et personnel recruté localement sont comptés ensemble.',
	cause: {
		'Malicious Act': 'acte de malveillance',
		Accident: 'accident',
		Illness: 'maladie',
		'Self-Inflicted': 'acte auto-infligé',
		'To Be Determined': 'à déterminer',
		Unknown: 'inconnue'
	} as Record<string, string>,
	personnelType: {
		Military: 'militaires',
		'Military Observer': 'observateurs militaires',
		Police: 'policiers',
		'International Civilian': 'civils internationaux',
		Local: 'personnel recruté localement',
		Other: 'autres'
	} as Record<string, string>,
	showAll: (n: number) => `Tout afficher (${n})`,
	showFewer: 'Afficher moins',
	fallenYearTable: (name: string) => `Morts en service par année, ${name}`,
	deathsColumn: 'Décès',

	// The map's fallen mode and other bodies' operations (legend and tooltips).
	fallenTitle: (year: number, inYear: boolean) =>
		inYear
			? `Morts dans les opérations de paix de l’ONU en ${year}`
			: `Morts dans les opérations de paix de l’ONU, 1948–${year}`,
	fallenLegendNone: 'aucun enregistré',
	fallenSource:
		'Ressortissants des membres et observateurs de l’OCI de l’année\u202f; les autres États ne sont pas colorés (leurs chiffres figurent dans l’infobulle et les panneaux). Source\u00a0: UN Peace and Security Data Hub, Mission Fatalities\u202f; l’ONU signale que les registres antérieurs à 2000 peuvent être incomplets.'
};
