/**
 * The fallen: the map’s fallen mode, its legend and the panels’ section (loaded on demand).
 * English; another language is a sibling module with the same keys.
 */
import { formatNumber } from './format';

export const fallenText = {
	fallenHeading: 'In memory: the fallen',
	fallenLead: (n: number, name: string, first: number, last: number) =>
		n === 1
			? `One national of ${name} died serving in a UN peace operation, in ${first}.`
			: `${formatNumber(n)} nationals of ${name} died serving in UN peace operations, ${first === last ? `in ${first}` : `from ${first} to ${last}`}.`,
	fallenNone: (name: string) =>
		`The UN’s records name no national of ${name} who died in a UN peace operation.`,
	fallenInYear: (n: number, year: number) =>
		n ? `${formatNumber(n)} in ${year}.` : `None recorded in ${year}.`,
	fallenMissionLead: (n: number, id: string) =>
		`${formatNumber(n)} ${n === 1 ? 'person' : 'people'} died serving in ${id}.`,
	fallenMissionNone: (id: string) => `The UN’s records name no one who died serving in ${id}.`,
	fallenByYear: 'By year',
	fallenByMission: 'By operation',
	fallenByNationality: 'By nationality, OIC states first',
	fallenCauses: 'As the UN records the cause',
	fallenTypes: 'Who they were',
	fallenCaveat:
		'The UN notes that its records before 2000 may be incomplete. Military, police, civilian and local staff are counted together.',
	cause: {
		'Malicious Act': 'malicious act',
		Accident: 'accident',
		Illness: 'illness',
		'Self-Inflicted': 'self-inflicted',
		'To Be Determined': 'to be determined',
		Unknown: 'unknown'
	} as Record<string, string>,
	personnelType: {
		Military: 'military',
		'Military Observer': 'military observers',
		Police: 'police',
		'International Civilian': 'international civilians',
		Local: 'local staff',
		Other: 'other'
	} as Record<string, string>,
	showAll: (n: number) => `Show all ${n}`,
	showFewer: 'Show fewer',
	fallenYearTable: (name: string) => `Fallen by year, ${name}`,
	deathsColumn: 'Died',

	// The map's fallen mode and other bodies' operations (legend and tooltips).
	fallenTitle: (year: number, inYear: boolean) =>
		inYear ? `Died in UN peace operations in ${year}` : `Died in UN peace operations, 1948–${year}`,
	fallenLegendNone: 'none recorded',
	fallenSource:
		'Nationals of the year’s OIC members and observers; other states are not coloured (their figures are in the tooltip and panels). Source: UN Peace and Security Data Hub, Mission Fatalities; the UN notes that records before 2000 may be incomplete.'
};
