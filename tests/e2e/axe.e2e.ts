import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ROUTES = [
	'/',
	'/?country=BGD&year=2024',
	'/?mission=unifil',
	'/?year=1995&mission=unprofor',
	'/?year=1995&month=8&country=MYS',
	'/?theme=hosting',
	'/sources',
	'/offline',
	'/articles/role-of-islamic-nations',
	'/embed?country=BIH&year=1995',
	'/present?tour=oic-and-peacekeeping&step=4',
	'/present?tour=oic-and-peacekeeping&step=2&presenter=1'
];
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

for (const scheme of ['light', 'dark'] as const) {
	for (const [size, viewport] of Object.entries(SIZES)) {
		test(`axe finds nothing on any route (${scheme}, ${size})`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme: scheme });
			for (const route of ROUTES) {
				await page.goto(route);
				if (!/sources|offline|articles|presenter/.test(route))
					await expect(page.locator('[data-ready="true"]')).toBeVisible();
				const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
				const found = results.violations.map(
					(v) =>
						`${route}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join('; ')}`
				);
				expect(found).toEqual([]);
			}
		});
	}
}
