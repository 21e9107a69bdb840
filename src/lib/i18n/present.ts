/**
 * Lecture mode: steps, keys, presenter view and the tour builder (loaded on demand).
 * English; another language is a sibling module with the same keys.
 */

export const presentText = {
	/** A tour's {oicLater:YEAR} when no contributor joined later. */
	figureNone: 'none',
	stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
	shareChartTitle: 'OIC members’ and observers’ share of all UN uniformed personnel, by year',
	shareChartYear: 'Year',
	shareChartSources: 'Each year’s figures and their sources',
	shareChartShare: 'OIC share',
	typeChartTitle: (year: number) =>
		`Uniformed personnel from the OIC’s members and observers of ${year}, by type`,
	typeChartNone: (year: number) => `The ${year} figures do not give personnel by type.`,
	typeChartType: 'Type',
	typeChartPersonnel: 'Personnel',
	previousStep: 'Previous step',
	nextStep: 'Next step',
	keysHelp: 'Keys',
	presenterView: 'Presenter view',
	audienceWindow: 'Open the audience window',
	highContrast: 'High contrast',
	legendToggle: 'Legend',
	saveStepImage: 'Save this step as an image',
	blankScreen: 'Screen blanked: press B to show the map again',
	notes: 'Speaker notes',
	noNotes: 'No notes for this step.',
	nextUp: 'Next',
	lastStep: 'This is the last step.',
	clockElapsed: 'Elapsed',
	clockNow: 'Time',
	keyList: [
		['→  Space  PageDown', 'next step'],
		['←  PageUp', 'previous step'],
		['Home  End', 'first, last step'],
		['number, Enter', 'jump to that step'],
		['F', 'full screen (Esc leaves)'],
		['B', 'blank screen'],
		['H', 'high contrast'],
		['L', 'show or hide the legend'],
		['?', 'show or hide these keys']
	] as [string, string][],
	tourNotice: (what: string) =>
		`The link’s ${what} could not be used; the tour starts at its first step.`,
	stepNotice: (step: number, what: string, value: string) =>
		what === 'view'
			? `Step ${step}: the map view “${value}” is outside what the map can show; the nearest view is shown.`
			: what === 'layer'
				? `Step ${step}: the layer “${value}” is not in the atlas; the step shows its other layers.`
				: `Step ${step}: the ${what} “${value}” is not in the atlas; the step selects nothing instead.`,
	customTourError: (message: string) => `This tour could not be played: ${message}`,
	lectureTitle: 'Lecture mode',
	playDefaultTour: 'Present the tour “The OIC states and UN peacekeeping”',
	myTour: 'Your own tour',
	myTourTitle: 'My tour',
	tourName: 'Title',
	addStep: 'Add this view as a step',
	stepTitle: 'Step title',
	stepCaption: 'Caption',
	removeStep: 'Remove',
	playMyTour: 'Play your tour',
	downloadTour: 'Download the tour file',
	openTourFile: 'Open a tour file',
	tourFileError: (file: string, message: string) =>
		`${file} is not a tour the atlas can play: ${message}.`,
	longTourLink: (chars: number) =>
		`The link to play this tour is ${Math.round(chars / 100) / 10} thousand characters long. Browsers play it, but e-mail, chat and learning platforms often cut links past 8,000 characters. To share a long tour, send the tour file: “Open a tour file” here plays it.`,
	tourFileHint:
		'Put the file in content/tours/ to ship it with the atlas: the build checks every step.',
	presentTitle: 'Lecture mode'
};
