/**
 * French strings for lecture mode: steps, keys, presenter view and the tour builder
 * (src/lib/i18n/present.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber } from '../format';
import type * as en from '../present';

/** A step's selection (src/lib/present/params.ts, `note(what, …)`), as stepNotice names it. */
const STEP_WHAT: Record<string, string> = {
	country: 'le pays',
	mission: 'la mission',
	theme: 'le thème'
};

/**
 * What tourNotice is given: `tour “slug”` or `step “text”`, written in English by
 * src/lib/present/params.ts; its two words and quotation marks said in French.
 */
const tourWhat = (what: string) => {
	const m = /^(tour|step) “(.*)”$/s.exec(what);
	return m
		? `${m[1] === 'tour' ? 'le parcours' : 'l’étape'} «\u00a0${m[2]}\u00a0»`
		: `«\u00a0${what}\u00a0»`;
};

export const presentText: typeof en.presentText = {
	figureNone: 'aucun',
	stepOf: (step: number, total: number) => `Étape ${step} sur ${total}`,
	shareChartTitle:
		'Part des membres et observateurs de l’OCI dans l’ensemble du personnel en tenue de l’ONU, par année',
	shareChartYear: 'Année',
	shareChartSources: 'Les chiffres de chaque année et leurs sources',
	shareChartShare: 'Part de l’OCI',
	typeChartTitle: (year: number) =>
		`Personnel en tenue des membres et observateurs de l’OCI en ${year}, par catégorie`,
	typeChartNone: (year: number) =>
		`Les chiffres de ${year} ne détaillent pas le personnel par catégorie.`,
	typeChartType: 'Catégorie',
	typeChartPersonnel: 'Personnel',
	previousStep: 'Étape précédente',
	nextStep: 'Étape suivante',
	keysHelp: 'Touches',
	presenterView: 'Vue présentateur',
	audienceWindow: 'Ouvrir la fenêtre du public',
	highContrast: 'Contraste élevé',
	legendToggle: 'Légende',
	saveStepImage: 'Enregistrer cette étape en image',
	blankScreen: 'Écran masqué\u00a0: appuyez sur B pour réafficher la carte',
	notes: 'Notes du présentateur',
	noNotes: 'Aucune note pour cette étape.',
	nextUp: 'À suivre',
	lastStep: 'C’est la dernière étape.',
	clockElapsed: 'Temps écoulé',
	clockNow: 'Heure',
	keyList: [
		['→  Espace  Pg suiv', 'étape suivante'],
		['←  Pg préc', 'étape précédente'],
		['Début  Fin', 'première, dernière étape'],
		['numéro, Entrée', 'aller à cette étape'],
		['F', 'plein écran (Échap pour quitter)'],
		['B', 'masquer l’écran'],
		['H', 'contraste élevé'],
		['L', 'afficher ou masquer la légende'],
		['?', 'afficher ou masquer ces touches']
	] as [string, string][],
	tourNotice: (what: string) =>
		`Dans le lien, ${tourWhat(what)} est inutilisable\u202f; le parcours commence à sa première étape.`,
	stepNotice: (step: number, what: string, value: string) =>
		what === 'view'
			? `Étape ${step}\u00a0: la vue «\u00a0${value}\u00a0» sort de ce que la carte peut montrer\u202f; la vue la plus proche est affichée.`
			: what === 'layer'
				? `Étape ${step}\u00a0: la couche «\u00a0${value}\u00a0» ne figure pas dans l’atlas\u202f; l’étape affiche ses autres couches.`
				: `Étape ${step}\u00a0: ${STEP_WHAT[what] ?? what} «\u00a0${value}\u00a0» ne figure pas dans l’atlas\u202f; l’étape ne sélectionne rien.`,
	customTourError: (message: string) => `Ce parcours n’a pas pu être lancé\u00a0: ${message}`,
	lectureTitle: 'Mode présentation',
	playDefaultTour:
		'Présenter le parcours «\u00a0Les États de l’OCI et le maintien de la paix de l’ONU\u00a0»',
	myTour: 'Votre propre parcours',
	myTourTitle: 'Mon parcours',
	tourName: 'Titre',
	addStep: 'Ajouter cette vue comme étape',
	stepTitle: 'Titre de l’étape',
	stepCaption: 'Légende',
	removeStep: 'Retirer',
	playMyTour: 'Lancer votre parcours',
	downloadTour: 'Télécharger le fichier du parcours',
	openTourFile: 'Ouvrir un fichier de parcours',
	tourFileError: (file: string, message: string) =>
		`${file} n’est pas un parcours que l’atlas peut lancer\u00a0: ${message}.`,
	longTourLink: (chars: number) => {
		const thousands = Math.round(chars / 100) / 10;
		return `Le lien qui lance ce parcours compte ${formatNumber(thousands)} ${thousands >= 2 ? 'milliers' : 'millier'} de caractères. Les navigateurs le lancent, mais les courriels, les messageries et les plateformes d’apprentissage coupent souvent les liens de plus de ${formatNumber(8000)} caractères. Pour partager un long parcours, envoyez le fichier du parcours\u00a0: «\u00a0Ouvrir un fichier de parcours\u00a0», ici, le lance.`;
	},
	tourFileHint:
		'Placez le fichier dans content/tours/ pour le livrer avec l’atlas\u00a0: la compilation vérifie chaque étape.',
	presentTitle: 'Mode présentation'
};
