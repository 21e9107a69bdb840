import type { Tour, TourStep } from '$lib/tours/schema';

/** A quotation resolved at build time, so the presentation needs no other file to show it. */
export interface Quoted {
	text: string;
	article: string;
	passage: string;
	title: string;
}

export interface PresentStep extends TourStep {
	quoted: Quoted | null;
}

export interface PresentTour extends Omit<Tour, 'steps'> {
	steps: PresentStep[];
}
