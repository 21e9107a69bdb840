/**
 * French strings for the country, mission, operation and theme panels, their charts and
 * comparisons (src/lib/i18n/panels.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatList, formatNumber, monthYear, formatPercent } from '../format';
import { noFiguresIn, noPersonnelIn } from './common';
import type * as en from '../panels';

// Country names are passed in as they are (no article is known for them), so the sentences that
// name a country open with it or put it in apposition: "Pakistan : …".

/** "de mai 1995", "d’août 1995": French elides "de" before a vowel. */
const deMonth = (text: string) => (/^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`);
/** "1 234 membres du personnel en tenue" (singular below 2, as French counts). */
const personnel = (n: number) =>
	`${formatNumber(n)} ${n < 2 ? 'membre' : 'membres'} du personnel en tenue`;

const BODY_LONG: Record<string, string> = {
	NATO: 'Organisation du traité de l’Atlantique Nord',
	EU: 'Union européenne',
	AU: 'Union africaine',
	ECOWAS: 'Communauté économique des États de l’Afrique de l’Ouest',
	LAS: 'Ligue des États arabes',
	MFO: 'Force multinationale et observateurs (organisation indépendante)',
	OIC: 'Organisation de la coopération islamique'
};
/** "de l’Union africaine", "de la Ligue des États arabes": every long name above is feminine. */
const ofBody = (body: string) =>
	Object.values(BODY_LONG).includes(body)
		? /^[AEIOUÉ]/.test(body)
			? `de l’${body}`
			: `de la ${body}`
		: `de ${body}`;

export const panelText: typeof en.panelText = {
	asOf: (asOf: string) => `en ${monthYear(asOf)}`,
	noPersonnelIn,
	noFiguresIn,
	joined: (status: string, year: number) => `${status}, depuis ${year}`,
	clauseSeparator: ' ; ',
	joinedAlt: (year: number, source: string) => `(${year} selon ${source})`,
	suspended: (from: string, to: string | null) =>
		to
			? `suspension ${deMonth(monthYear(from))} à ${monthYear(to)}`
			: `suspension à partir ${deMonth(monthYear(from))}`,
	notInOicThen: (year: number, joined: number) =>
		joined > year ? `Pas encore dans l’OCI en ${year}.` : `Suspension de l’OCI en ${year}.`,
	source: 'source',
	sourceLabel: 'source\u00a0: ',
	roleHost: 'Pays hôte',
	roleFormerHost: 'Ancien pays hôte',
	roleHostFrom: (year: number) => `Pays hôte à partir de ${year}`,
	chartTitle: 'Personnel en tenue fourni, 1990–2025',
	roleContributor: 'Pays contributeur',
	/** `month`: a picked month ('1995-08'), said instead of the year. */
	personnelHeading: (year: number, month: string | null = null) =>
		`Personnel en tenue, ${month ? monthYear(month) : year}`,
	women: 'Femmes',
	total: 'Total',
	topMissions: (year: number) => `Principaux déploiements, ${year}`,
	servedIn: (year: number) => `Déploiements, ${year} (présence selon Geo-PKO, sans effectifs)`,
	fromTheArticles: 'Dans les articles',
	readInArticle: 'Lire dans l’article',
	themeHeading: 'Thème',
	themeCountries: (n: number, year: number) => `${n} pays sur la carte pour ${year}`,
	themeNoCountries: 'Aucun jeu de données de l’atlas ne présente ce thème par pays.',
	chartSources:
		'Sources\u00a0: IPI Peacekeeping Database 1990–2014, rapports du Département des opérations de paix de l’ONU 2015–2025\u202f; chaque année à la date d’un mois (décembre si disponible)',
	chartMonthly: `Barres\u00a0: chiffre de chaque année. Ligne\u00a0: chaque rapport mensuel, ${monthYear('1990-11')} – ${monthYear('2014-02')}.`,
	personnelChart: (
		name: string,
		peak: number,
		peakYear: number,
		year: number,
		value: number | null
	) =>
		`Graphique en barres, ${name}\u00a0: personnel en tenue fourni, 1990–2025, avec une ligne pour les rapports mensuels 1990–2014. Maximum\u00a0: ${formatNumber(peak)} en ${peakYear}. ${year}\u00a0: ${value === null ? 'aucun chiffre' : formatNumber(value)}.`,
	// Comparing the selected country with others on one chart (loaded on demand).
	compareOpen: 'Comparer avec d’autres pays',
	compareTitle: (first: number, last: number) =>
		`Personnel en tenue fourni, ${first}–${last}, sur une même échelle`,
	compareAdd: 'Ajouter un pays à la comparaison',
	comparePlaceholder: 'Comparer avec…',
	compareRemove: (name: string) => `Retirer de la comparaison\u00a0: ${name}`,
	compareFull: (max: number) =>
		`Le graphique compare au plus ${max} autres pays\u00a0: retirez-en un pour en ajouter un autre.`,
	compareAdded: (name: string) => `Ajouté à la comparaison\u00a0: ${name}`,
	compareRemoved: (name: string) => `Retiré de la comparaison\u00a0: ${name}`,
	compareNoFigures: 'aucun personnel signalé',
	/**
	 * `values`: each country's name and its figure in `year` (null: none reported); `year` null
	 * where the selected year has no figures.
	 */
	compareChart: (
		values: { name: string; value: number | null }[],
		first: number,
		last: number,
		year: number | null
	) =>
		`Graphique linéaire, ${formatList(values.map((v) => v.name))}\u00a0: personnel en tenue fourni, ${first}–${last}, sur une même échelle.${
			year === null
				? ''
				: ` ${year}\u00a0: ${values
						.map((v) => `${v.name} ${v.value === null ? 'aucun signalé' : formatNumber(v.value)}`)
						.join('\u202f; ')}.`
		} Le tableau ci-dessous donne chaque année.`,
	compareTable: 'Les chiffres sous forme de tableau',
	compareCaption:
		'Personnel en tenue fourni, chaque année à la date d’un mois (décembre lorsque les sources le donnent). Un tiret\u00a0: le rapport de l’année n’en mentionne aucun.',
	compareYear: 'Année',
	compareNote:
		'Chaque ligne s’interrompt là où le rapport d’une année ne mentionne aucun personnel du pays\u00a0: aucune valeur n’est ajoutée.',
	/** The chart's keys, said after its summary. */
	chartKeys:
		'Les flèches gauche et droite lisent la barre de chaque année\u202f; Entrée affiche cette année.',
	/** A bar's name, for a screen reader. */
	chartBar: (year: number, value: number | null) =>
		value === null ? `${year}\u00a0: aucun chiffre` : `${year}\u00a0: ${personnel(value)}`,
	/** The value shown over the hovered or focused bar. */
	chartReadout: (year: number, value: number | null) =>
		`${year}\u00a0: ${value === null ? 'aucun chiffre' : formatNumber(value)}`,
	womenShare: (women: number, total: number) =>
		`${formatNumber(women)} (${formatPercent((100 * women) / total, 1)})`,
	unverified: 'non vérifié',
	unverifiedHint: 'Aucune source enregistrée ne le confirme',
	missionKind: {
		pko: 'Opération de maintien de la paix de l’ONU',
		spm: 'Mission politique spéciale ou mission d’appui'
	},
	headquarters: 'Quartier général',
	missionPersonnel: (year: number) => `Personnel en tenue, ${year}`,
	noOicContributors: 'Aucun État de l’OCI n’a signalé de personnel ici cette année-là.',
	contributorsHeading: (year: number) => `Pays contributeurs, ${year}`,
	oicContributorsOf: (year: number) => `Membres et observateurs de l’OCI en ${year}`,
	noContributors: 'Aucun pays contributeur n’a signalé de personnel ici cette année-là.',
	noContributorsNamed: 'Les sources ne nomment aucun pays contributeur pour cette année.',
	presenceApprox:
		'Avant fin 2009, les rapports de l’ONU présents dans les sources ne donnent pas de chiffres par mission\u00a0: voici les États que Geo-PKO relève sur les sites de déploiement, avec la plus grande unité présente sur un même site (chiffre approximatif, d’après les cartes de déploiement de l’ONU).',
	unitSize: (n: number) => `≈${formatNumber(n)} sur un même site`,
	otherContributors: (n: number) =>
		`${n} ${n < 2 ? 'autre pays contributeur' : 'autres pays contributeurs'}`,
	fromOtherSources: 'Contingents d’États de l’OCI signalés ailleurs',
	fromSource: (publisher: string, title: string) =>
		`d’après ${publisher}, «\u00a0${title}\u00a0», et non le rapport mensuel de l’ONU`,
	asOfText: (when: string) => (when.length === 7 ? monthYear(when) : when),
	active: 'en cours',
	closed: 'terminée',

	// Beyond the UN and beyond head counts: other bodies' operations, the fallen, command, women.
	operationsOnSoil: 'Opérations de paix sur son territoire',
	operationsOnSoilHint:
		'Les opérations de l’ONU et celles d’autres organisations (OTAN, UE, Union africaine, CEDEAO, Ligue des États arabes…), sur une même frise chronologique.',
	noOperationsOnSoil: 'Aucune opération de paix sur son territoire dans les données.',
	bodyLong: BODY_LONG,
	otherBodyOperation: (body: string) => `Une opération de paix ${ofBody(body)}, et non de l’ONU`,
	yearSpan: (from: number, to: number | null) =>
		to === null ? `${from}–` : from === to ? String(from) : `${from}–${to}`,
	monthSpan: (from: string, to: string | null) =>
		`${monthYear(from)} – ${to ? monthYear(to) : 'en cours selon la dernière source'}`,
	organisation: 'Organisation',
	unAuthorisation: 'Autorisation de l’ONU',
	authorisedYes: (resolution: string | null) =>
		resolution ? `Oui\u00a0: ${resolution}` : 'Oui (aucune résolution nommée dans la source)',
	authorisedNo: (decision: string | null) =>
		decision
			? `Non\u202f; mandat\u00a0: ${decision}`
			: 'Aucune autorisation du Conseil de sécurité',
	dates: 'Dates',
	sizeHeading: 'Évolution de l’effectif',
	sizeIn: (year: number) => `Effectif, ${year}`,
	sizeNotReported: (year: number) => `Effectif non communiqué pour ${year}.`,
	sizeMonth: (month: string) => monthYear(month),
	peak: (size: number | null, states: number | null) =>
		[
			size !== null
				? `au plus environ ${formatNumber(size)} ${size < 2 ? 'personne' : 'personnes'}`
				: null,
			states !== null ? `venues de ${formatNumber(states)} ${states < 2 ? 'État' : 'États'}` : null
		]
			.filter(Boolean)
			.join(', '),
	peakLabel: 'À son maximum',
	oicContingents: 'Contingents des États de l’OCI',
	oicContingentsHint:
		'Tirés de pages publiques, dans leurs propres termes\u202f; ces organisations ne publient pas de chiffres par pays contributeur comme les rapports mensuels de l’ONU.',
	noOicContingents:
		'Aucun contingent d’un État de l’OCI trouvé dans les pages publiques enregistrées. Un État sans source citable n’est pas mentionné.',
	whatPagesSay: 'Ce que disent les sources',
	pageSource: (publisher: string, title: string) => `${publisher}\u00a0: «\u00a0${title}\u00a0»`,
	contingentFigure: (figure: string) =>
		figure ? `«\u00a0${figure}\u00a0»` : 'présent, sans effectif indiqué',

	leadersHeading: 'À la tête d’opérations de l’ONU',
	leadersMissionHeading: 'À sa tête',
	leadersHint:
		'Chefs de mission, commandants de la force, chefs de la police et chefs des observateurs militaires, 1948–2019.',
	leadersNone: (name: string) =>
		`${name}\u00a0: le jeu de données sur les dirigeants ne nomme aucun ressortissant à la tête d’une opération de l’ONU (1948–2019).`,
	leadersMissionNone:
		'Le jeu de données sur les dirigeants ne mentionne aucune nomination pour cette opération.',
	leaderSpan: (from: [number, number | null], to: [number, number | null] | null) => {
		const f = (d: [number, number | null]) =>
			d[1] ? monthYear(`${d[0]}-${String(d[1]).padStart(2, '0')}`) : String(d[0]);
		return `${f(from)} – ${to ? f(to) : `après ${monthYear('2019-09')}`}`;
	},
	post: {
		1: 'Représentant spécial du Secrétaire général',
		2: 'Chef de mission',
		3: 'Commandant de la force',
		4: 'Commandant adjoint de la force',
		5: 'Chef d’état-major',
		6: 'Chef de la police',
		7: 'Chef des observateurs militaires'
	} as Record<number, string>,
	oicNational: 'Ressortissant d’un État de l’OCI',

	womenHeading: 'Les femmes dans ses contingents',
	womenLead: (name: string, share: number, unShare: number, year: number) =>
		`${year}, ${name}\u00a0: les femmes représentaient ${formatPercent(share * 100, 1)} du personnel en tenue, contre ${formatPercent(unShare * 100, 1)} pour l’ensemble des pays contributeurs.`,
	womenNone:
		'Les sources ventilent le personnel par sexe à partir de fin 2009\u202f; aucun chiffre pour ce pays.',
	womenShareLabel: (name: string) => `${name}`,
	womenUnLabel: 'Ensemble des pays contributeurs',
	womenTable: (name: string) =>
		`Part des femmes dans le personnel en tenue, ${name} et ensemble des pays contributeurs`,
	shareColumn: (name: string) => `${name}, %`,
	loadingDetail: 'Chargement des chiffres par mission…',
	yearColumn: 'Année'
};
