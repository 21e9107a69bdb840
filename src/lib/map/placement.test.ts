import { describe, expect, it } from 'vitest';
import { placeLabelsOnArrival, type PlacementMap } from './placement';

type Listener = (e?: unknown) => void;

/** A stand-in map: its events are fired by the test, its layer moves are recorded. */
function fakeMap(order = ['background', 'country-fill', 'country-label', 'mission-label']) {
	const listeners = new Map<string, Set<Listener>>();
	const moves: (string | undefined)[][] = [];
	const on = (type: string, f: Listener) => {
		if (!listeners.has(type)) listeners.set(type, new Set());
		listeners.get(type)!.add(f);
	};
	const off = (type: string, f: Listener) => void listeners.get(type)?.delete(f);
	const map = {
		on,
		off,
		getLayersOrder: () => order,
		moveLayer: (id: string, before?: string) => void moves.push([id, before])
	} as unknown as PlacementMap;
	const fire = (type: string, e?: unknown) => {
		for (const f of [...(listeners.get(type) ?? [])]) f(e);
	};
	const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
	return { map, moves, fire, count };
}

const tile = (sourceId: string) => ({ sourceId, tile: {}, isSourceLoaded: true });

describe('placeLabelsOnArrival', () => {
	it('re-states the top layer where it is when a tile of a label source loads', () => {
		const { map, moves, fire } = fakeMap();
		placeLabelsOnArrival(map, ['country-labels', 'missions']);
		fire('sourcedata', tile('country-labels'));
		fire('sourcedata', tile('missions'));
		expect(moves).toEqual([
			['mission-label', undefined],
			['mission-label', undefined]
		]);
	});

	it('ignores other sources and events without a tile (metadata, visibility)', () => {
		const { map, moves, fire } = fakeMap();
		placeLabelsOnArrival(map, ['country-labels']);
		fire('sourcedata', tile('countries'));
		fire('sourcedata', { sourceId: 'country-labels', sourceDataType: 'metadata' });
		expect(moves).toEqual([]);
	});

	it('stops at the first idle, and when told to', () => {
		const first = fakeMap();
		placeLabelsOnArrival(first.map, ['country-labels']);
		first.fire('idle');
		first.fire('sourcedata', tile('country-labels'));
		expect(first.moves).toEqual([]);
		expect(first.count()).toBe(0);

		const second = fakeMap();
		placeLabelsOnArrival(second.map, ['country-labels'])();
		second.fire('sourcedata', tile('country-labels'));
		expect(second.moves).toEqual([]);
		expect(second.count()).toBe(0);
	});

	it('does nothing on a map without layers', () => {
		const { map, moves, fire } = fakeMap([]);
		placeLabelsOnArrival(map, ['country-labels']);
		fire('sourcedata', tile('country-labels'));
		expect(moves).toEqual([]);
	});
});
