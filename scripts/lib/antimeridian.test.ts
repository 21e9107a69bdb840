import { describe, expect, it } from 'vitest';
import { unwrapRing } from './antimeridian';

describe('unwrapRing', () => {
	const cases = [
		{
			what: 'leaves a ring that does not cross 180° alone',
			ring: [
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 0]
			],
			expected: [
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 0]
			]
		},
		{
			what: 'continues eastward past 180°',
			ring: [
				[179, 0],
				[-179, 0],
				[-179, 1],
				[179, 1],
				[179, 0]
			],
			expected: [
				[179, 0],
				[181, 0],
				[181, 1],
				[179, 1],
				[179, 0]
			]
		},
		{
			what: 'continues westward past -180°',
			ring: [
				[-179, 0],
				[179, 0],
				[179, 1],
				[-179, 1],
				[-179, 0]
			],
			expected: [
				[-179, 0],
				[-181, 0],
				[-181, 1],
				[-179, 1],
				[-179, 0]
			]
		}
	];
	it.each(cases)('$what', ({ ring, expected }) => {
		expect(unwrapRing(ring, 'test')).toEqual(expected);
	});

	it('refuses a ring around the pole, naming it and the fix', () => {
		// Eastward all the way round: 0°, 120°, 240° (written -120°), back to 360° (0°).
		const polar = [
			[0, -80],
			[120, -80],
			[-120, -80],
			[0, -80]
		];
		expect(() => unwrapRing(polar, 'country ATA')).toThrow(
			/country ATA: a ring circles the pole.*DROP in scripts\/countries.ts/
		);
	});
});
