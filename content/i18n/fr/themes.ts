/**
 * French translation of content/themes.ts (the English source): the same themes, ids, passages
 * and countries, with the title and summary translated.
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type { Theme } from '../../../src/lib/content/types';

const VITAL = 'vital-aspect-of-cooperation';
const ROLE = 'role-of-islamic-nations';

export const THEMES: Theme[] = [
	{
		id: 'understanding-peacekeeping',
		title: 'Ce qu’est le maintien de la paix',
		summary:
			'Les deux articles commencent par dire ce que fait une opération de maintien de la paix\u00a0: du personnel militaire, policier et civil déployé pour aider un pays à passer du conflit à la paix. La carte montre toutes les opérations de l’ONU accueillies dans un État de l’OCI depuis 1948.',
		countries: 'hosts',
		roles: [],
		passages: [`${VITAL}/a-brief-understanding-of-peacekeeping-operations-1`, `${ROLE}/opening-2`]
	},
	{
		id: 'hosting',
		title: 'Accueillir des forces d’interposition',
		summary:
			'Des États de l’OCI ont accueilli des forces de l’ONU déployées sur leur propre territoire, entre des parties en guerre. La carte met en évidence les États de l’OCI qui ont accueilli des opérations de maintien de la paix de l’ONU.',
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
		title: 'Fournir des contingents au maintien de la paix dans le monde',
		summary:
			'Les États de l’OCI envoient des contingents, des policiers et des experts dans des opérations partout dans le monde. La carte met en évidence les États de l’OCI qui ont du personnel en tenue dans les opérations de l’ONU l’année choisie.',
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
		title: 'Équipes médicales et logistiques',
		summary:
			'L’un des articles met en avant les équipes médicales et logistiques des États de l’OCI. Aucun des jeux de données de l’atlas ne recense les types d’unités par pays\u00a0: la carte montre donc tous les contributeurs de l’OCI de l’année, et non les équipes médicales.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [`${ROLE}/opening-4`]
	},
	{
		id: 'training-attaches',
		title: 'Former des attachés de défense',
		summary:
			'Les États de l’OCI forment aussi des attachés de défense d’autres pays. Aucun jeu de données de l’atlas ne couvre ce sujet\u00a0: la carte ne met donc aucun pays en évidence pour ce thème.',
		countries: 'none',
		roles: [],
		passages: [`${ROLE}/opening-5`]
	},
	{
		id: 'diplomacy',
		title: 'Diplomatie et forums internationaux',
		summary:
			'Le maintien de la paix comme coopération internationale\u00a0: nouer des relations, dialoguer, conclure des accords, se réunir dans des forums de défense. La carte met en évidence les membres et observateurs de l’OCI.',
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
		title: 'Sécurité nationale',
		summary:
			'L’un des articles soutient que participer au maintien de la paix aide les États à défendre leurs propres frontières et régions. La carte met en évidence les contributeurs de l’OCI de l’année.',
		countries: 'contributors',
		roles: ['contributor'],
		passages: [`${VITAL}/the-role-of-peacekeeping-operations-4`]
	},
	{
		id: 'peaceful-coexistence',
		title: 'Coexistence pacifique',
		summary:
			'Les deux articles se terminent sur les valeurs de l’oumma islamique\u00a0: coexistence pacifique, justice et dignité humaine. La carte met en évidence les membres et observateurs de l’OCI.',
		countries: 'oic',
		roles: ['oic'],
		passages: [
			`${VITAL}/the-role-of-peacekeeping-operations-3`,
			`${VITAL}/the-role-of-peacekeeping-operations-5`,
			`${ROLE}/opening-7`
		]
	}
];
