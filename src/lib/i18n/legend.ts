/**
 * The legend under the map, read off the scales the map paints with.
 * English; another language is a sibling module with the same keys.
 */
import { formatNumber } from './format';

export const legendText = {
	operation: 'Operation of another body (NATO, EU, AU, ECOWAS, Arab League…)',
	operationNoSize: 'its size not reported that year',
	personnel: 'Uniformed personnel sent',
	noPersonnel: 'none reported',
	noFiguresShort: 'no figures',
	noFigures: 'No personnel figures in the sources before 1990: no state is coloured.',
	range: (from: number, to: number | null) =>
		to === null ? `${formatNumber(from)} or more` : `${formatNumber(from)}–${formatNumber(to - 1)}`,
	hosts: 'Operations hosted that year',
	hostCount: (count: number, orMore: boolean) =>
		`${count}${orMore ? ' or more' : ''} operation${count > 1 || orMore ? 's' : ''}`,
	hostedBefore: 'hosted before',
	hostBadge: 'dot: hosting that year',
	missions: 'Headquarters: UN operations (circles), other bodies’ (diamonds)',
	missionClosed: 'closed',
	oic: 'The OIC that year',
	member: 'member',
	observer: 'observer (dashed)',
	neither: 'neither (not coloured)',
	links: 'Lines: personnel of the selection (dashed: presence only).'
};
