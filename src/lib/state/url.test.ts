import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LAYERS,
	DEFAULT_YEAR,
	MAX_COMPARE,
	parseView,
	serializeView,
	toSlug,
	type ViewState
} from './url';

const missions: Record<string, string> = {
	unifil: 'UNIFIL',
	'unosom-ii': 'UNOSOM II',
	unmibh: 'UNMIBH'
};
const vocab = {
	hasCountry: (c: string) => ['BIH', 'MLI', 'LBN', 'PAK', 'IDN', 'BGD', 'EGY', 'JOR'].includes(c),
	missionForSlug: (s: string) => missions[s] ?? null,
	slugOf: (m: string) => toSlug(m),
	operationForSlug: (s: string) =>
		s === 'ifor' ? 'IFOR' : s === 'eufor-althea' ? 'EUFOR Althea' : null,
	operationSlugOf: (o: string) => toSlug(o),
	hasTheme: (t: string) => ['hosting', 'contributing'].includes(t)
};
const parse = (q: string) => parseView(new URLSearchParams(q), vocab);
const base: ViewState = {
	year: DEFAULT_YEAR,
	month: null,
	country: null,
	mission: null,
	operation: null,
	theme: null,
	compare: [],
	layers: DEFAULT_LAYERS,
	measure: 'personnel',
	view: null
};

describe('parseView', () => {
	it('reads another body’s operation, and what the map colours', () => {
		expect(parse('operation=IFOR&measure=fallen').state).toMatchObject({
			operation: 'IFOR',
			measure: 'fallen'
		});
		expect(parse('operation=nato&measure=deaths').notices).toEqual([
			{ param: 'operation', value: 'nato', kind: 'unknown' },
			{ param: 'measure', value: 'deaths', kind: 'unknown' }
		]);
		expect(parse('country=BIH&operation=ifor')).toMatchObject({
			state: { country: 'BIH', operation: null },
			notices: [{ param: 'operation', value: 'ifor', kind: 'conflict' }]
		});
	});

	it.each([
		{ q: '', state: {}, notices: [] },
		{ q: '?year=1995&country=BIH', state: { year: 1995, country: 'BIH' }, notices: [] },
		{ q: '?year=1995&month=8', state: { year: 1995, month: 8 }, notices: [] },
		{
			q: '?year=1995&month=13',
			state: { year: 1995 },
			notices: [{ param: 'month', value: '13', kind: 'malformed' }]
		},
		{ q: '?country=bih', state: { country: 'BIH' }, notices: [] },
		{ q: '?mission=UNIFIL', state: { mission: 'UNIFIL' }, notices: [] },
		{ q: '?mission=unosom-ii', state: { mission: 'UNOSOM II' }, notices: [] },
		{ q: '?mission=UNOSOM%20II', state: { mission: 'UNOSOM II' }, notices: [] },
		{ q: '?mission=Unosom_II', state: { mission: 'UNOSOM II' }, notices: [] },
		{ q: '?layers=hosts,missions', state: { layers: ['hosts', 'missions'] }, notices: [] },
		{ q: '?layers=missions,hosts', state: { layers: ['hosts', 'missions'] }, notices: [] },
		{ q: '?layers=', state: { layers: [] }, notices: [] },
		{ q: '?view=35.5,33.9,4', state: { view: { lon: 35.5, lat: 33.9, zoom: 4 } }, notices: [] },
		{
			q: '?year=1800',
			state: { year: 1948 },
			notices: [{ param: 'year', value: '1800', kind: 'clamped' }]
		},
		{
			q: '?year=3000',
			state: { year: 2025 },
			notices: [{ param: 'year', value: '3000', kind: 'clamped' }]
		},
		{ q: '?year=abc', state: {}, notices: [{ param: 'year', value: 'abc', kind: 'malformed' }] },
		{ q: '?year=1e3', state: {}, notices: [{ param: 'year', value: '1e3', kind: 'malformed' }] },
		{
			q: '?country=XYZ',
			state: {},
			notices: [{ param: 'country', value: 'XYZ', kind: 'unknown' }]
		},
		{
			q: '?mission=UNKNOWN',
			state: {},
			notices: [{ param: 'mission', value: 'UNKNOWN', kind: 'unknown' }]
		},
		{
			q: '?country=BIH&mission=UNIFIL',
			state: { country: 'BIH' },
			notices: [{ param: 'mission', value: 'UNIFIL', kind: 'conflict' }]
		},
		{
			q: '?layers=hosts,volcanoes',
			state: { layers: ['hosts'] },
			notices: [{ param: 'layers', value: 'volcanoes', kind: 'unknown' }]
		},
		{ q: '?theme=hosting', state: { theme: 'hosting' }, notices: [] },
		{ q: '?theme=Hosting', state: { theme: 'hosting' }, notices: [] },
		{ q: '?theme=war', state: {}, notices: [{ param: 'theme', value: 'war', kind: 'unknown' }] },
		{
			q: '?country=BIH&theme=hosting',
			state: { country: 'BIH' },
			notices: [{ param: 'theme', value: 'hosting', kind: 'conflict' }]
		},
		{
			q: '?country=PAK&compare=IDN,BGD',
			state: { country: 'PAK', compare: ['IDN', 'BGD'] },
			notices: []
		},
		{
			q: '?country=pak&compare=bgd,%20idn,,BGD,PAK',
			state: { country: 'PAK', compare: ['BGD', 'IDN'] },
			notices: []
		},
		{
			q: '?country=PAK&compare=IDN,XYZ,narnia',
			state: { country: 'PAK', compare: ['IDN'] },
			notices: [{ param: 'compare', value: 'XYZ,narnia', kind: 'unknown' }]
		},
		{
			q: '?compare=IDN,BGD',
			state: {},
			notices: [{ param: 'compare', value: 'IDN,BGD', kind: 'alone' }]
		},
		{
			q: '?mission=UNIFIL&compare=IDN',
			state: { mission: 'UNIFIL' },
			notices: [{ param: 'compare', value: 'IDN', kind: 'alone' }]
		},
		{
			q: '?country=PAK&compare=IDN,BGD,EGY,JOR,LBN,MLI',
			state: { country: 'PAK', compare: ['IDN', 'BGD', 'EGY', 'JOR'] },
			notices: [{ param: 'compare', value: 'LBN,MLI', kind: 'too-many' }]
		},
		{ q: '?view=1,2', state: {}, notices: [{ param: 'view', value: '1,2', kind: 'malformed' }] },
		{
			q: '?view=NaN,2,3',
			state: {},
			notices: [{ param: 'view', value: 'NaN,2,3', kind: 'malformed' }]
		},
		{
			q: '?view=200,95,30',
			state: { view: { lon: -160, lat: 85, zoom: 8 } },
			notices: [{ param: 'view', value: '200,95,30', kind: 'clamped' }]
		}
	])('reads "$q"', ({ q, state, notices }) => {
		const result = parse(q);
		expect(result.state).toEqual({ ...base, ...state });
		expect(result.notices).toEqual(notices);
	});

	it('cuts a huge value to a readable length in the notice', () => {
		const { notices } = parse('?country=' + 'A'.repeat(5000));
		expect(notices[0].value).toHaveLength(41);
	});
});

describe('serializeView', () => {
	const at = new URL('http://atlas.test/base/?utm=keep');
	it.each([
		{ state: {}, search: '?utm=keep' },
		{ state: { year: 1995, country: 'BIH' }, search: '?utm=keep&year=1995&country=BIH' },
		{ state: { mission: 'UNOSOM II' }, search: '?utm=keep&mission=unosom-ii' },
		{
			state: { country: 'PAK', compare: ['IDN', 'BGD'] },
			search: '?utm=keep&country=PAK&compare=IDN%2CBGD'
		},
		// A comparison belongs to its country: without one, or of the country itself, it goes.
		{ state: { mission: 'UNIFIL', compare: ['IDN'] }, search: '?utm=keep&mission=unifil' },
		{
			state: { country: 'IDN', compare: ['IDN', 'BGD', 'BGD'] },
			search: '?utm=keep&country=IDN&compare=BGD'
		},
		{ state: { layers: ['missions', 'hosts'] }, search: '?utm=keep&layers=hosts%2Cmissions' },
		{ state: { layers: [] }, search: '?utm=keep&layers=' },
		{
			state: { view: { lon: 35.123456, lat: 33.9, zoom: 4.256 } },
			search: '?utm=keep&view=35.1235%2C33.9%2C4.26'
		}
	])('writes $state', ({ state, search }) => {
		expect(serializeView({ ...base, ...(state as Partial<ViewState>) }, at, vocab).search).toBe(
			search
		);
	});

	it.each([
		{ ...base, year: 1995, country: 'BIH' },
		{ ...base, mission: 'UNOSOM II', layers: ['hosts', 'links'] as ViewState['layers'] },
		{ ...base, year: 1948, layers: [], view: { lon: -12.5, lat: 8.25, zoom: 5.5 } },
		{ ...base, country: 'PAK', compare: ['BGD', 'IDN', 'EGY', 'JOR'].slice(0, MAX_COMPARE) },
		{ ...base, year: 2005, operation: 'EUFOR Althea' },
		{ ...base, year: 1993, country: 'PAK', measure: 'fallen-year' as const }
	])('round-trips %#', (state) => {
		const url = serializeView(state, at, vocab);
		expect(parseView(url.searchParams, vocab)).toEqual({ state, notices: [] });
	});
});
