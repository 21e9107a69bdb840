/**
 * The themes the two articles discuss, each with the passages that speak to it (reviewed by
 * hand) and the countries the data shows for it. Passage keys are `article/passage-id`; a
 * test fails if any names a passage that does not exist.
 */
import type { Theme } from '../src/lib/content/types';

const VITAL = 'vital-aspect-of-cooperation';
const ROLE = 'role-of-islamic-nations';

export const THEMES: Theme[] = [
	{
		id: 'understanding-peacekeeping',
		title: 'What peacekeeping is',
		summary:
			'Both articles open by saying what a peacekeeping operation does: military, police and civilian personnel deployed to help a country move from conflict to peace. The map shows every UN operation hosted in an OIC state since 1948.',
		countries: 'hosts',
		roles: [],
		passages: [`${VITAL}/a-brief-understanding-of-peacekeeping-operations-1`, `${ROLE}/opening-2`]
	},
	{
		id: 'hosting',
		title: 'Hosting interposition forces',
		summary:
			'OIC states have had UN forces deployed on their own territory, between warring parties. The map lights up the OIC states that hosted UN peacekeeping operations.',
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
		title: 'Contributing troops to global peacekeeping',
		summary:
			'OIC states send troops, police and experts to operations around the world. The map lights up the OIC states with uniformed personnel in UN operations in the selected year.',
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
		title: 'Medical and logistical teams',
		summary:
			'One article singles out the medical and logistical teams of OIC states. None of the atlas’s datasets records unit types by country, so the map shows all OIC contributors of the year rather than medical teams.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [`${ROLE}/opening-4`]
	},
	{
		id: 'training-attaches',
		title: 'Training defence attachés',
		summary:
			'OIC states also train defence attachés from other countries. No dataset in the atlas covers this, so the map highlights no country for it.',
		countries: 'none',
		roles: [],
		passages: [`${ROLE}/opening-5`]
	},
	{
		id: 'diplomacy',
		title: 'Diplomacy and international forums',
		summary:
			'Peacekeeping as international cooperation: building relationships, dialogue, agreements and defence forums. The map lights up the OIC’s members and observers.',
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
		title: 'National security',
		summary:
			'One article argues that taking part in peacekeeping helps states defend their own borders and regions. The map lights up the OIC contributors of the year.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [`${VITAL}/the-role-of-peacekeeping-operations-4`]
	},
	{
		id: 'peaceful-coexistence',
		title: 'Peaceful coexistence',
		summary:
			'Both articles close on the values of the Islamic ummah: peaceful coexistence, justice and human dignity. The map lights up the OIC’s members and observers.',
		countries: 'oic',
		roles: ['oic'],
		passages: [
			`${VITAL}/the-role-of-peacekeeping-operations-3`,
			`${VITAL}/the-role-of-peacekeeping-operations-5`,
			`${ROLE}/opening-7`
		]
	}
];
