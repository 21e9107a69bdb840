import { describe, expect, it } from 'vitest';
import { mapPicture } from './picture';

const picture = mapPicture('Map', 'Loading').svg;
const outlines = [...picture.matchAll(/<path d="([^"]+)" data-iso3="([A-Z]+)"/g)];

describe('the map picture in the HTML', () => {
	it('draws every country as a link with its name and figure', () => {
		expect(outlines.length).toBeGreaterThan(230);
		expect(picture).toContain('aria-label="Bangladesh: 5,683"');
		expect(picture).toContain('href="?country=BIH"');
	});

	it('writes outlines compactly: mostly relative moves, whole pixels', () => {
		for (const [, d] of outlines) {
			expect(d).toMatch(/^[Mm]-?\d/);
			expect(d).not.toMatch(/\d\.\d/);
		}
		const commands = outlines.flatMap(([, d]) => d.match(/[a-zA-Z]/g) ?? []);
		const relative = commands.filter((c) => c === c.toLowerCase()).length;
		expect(relative / commands.length).toBeGreaterThan(0.8);
		// About 75 KB instead of 121 KB with absolute coordinates: the first paint waits for it.
		expect(picture.length).toBeLessThan(85_000);
	});
});
