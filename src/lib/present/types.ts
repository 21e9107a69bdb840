import type { CheckedStep, CheckedTour } from '$lib/tours/validate';

/** A quotation resolved at build time, so the presentation needs no other file to show it. */
export interface Quoted {
	text: string;
	article: string;
	passage: string;
	title: string;
}

/** A step ready to present: figures filled, their sources named, its quotation resolved. */
export interface PresentStep extends CheckedStep {
	quoted: Quoted | null;
}

export interface PresentTour extends Omit<CheckedTour, 'steps'> {
	steps: PresentStep[];
}
