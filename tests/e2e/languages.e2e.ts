/**
 * The atlas in Arabic, French and English: each language's pages are complete and speak only
 * their language; the switch keeps the view; Arabic mirrors the layout (not the map), steps
 * its slider the way it points, and draws the map's labels in Arabic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mapReady } from './helpers';

const I18N = 'src/lib/i18n';

/** Every string literal of a strings module's source, as written (quotes and escapes undone). */
function literals(file: string): string[] {
	const source = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '');
	const found: string[] = [];
	for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
		const text = (m[1] ?? m[2]).replace(/\\u([0-9a-f]{4})/gi, (_, h) =>
			String.fromCharCode(parseInt(h, 16))
		);
		// Template literals: the words between the interpolations.
		for (const part of text.split(/\$\{[^}]*\}/)) found.push(part.replace(/\\(.)/g, '$1'));
	}
	return found;
}

const modules = readdirSync(I18N).filter(
	(f) => f.endsWith('.ts') && !/test|format|lang|fonts/.test(f)
);

/**
 * English interface phrases a French or Arabic page must not show: every English literal of
 * two words or more that the language's own modules do not also use.
 */
function englishPhrases(lang: 'fr' | 'ar'): string[] {
	const own = new Set(modules.flatMap((f) => literals(`${I18N}/${lang}/${f}`)).join('\n'));
	const ownText = [...own].join('\n');
	return [
		...new Set(
			modules
				.flatMap((f) => literals(`${I18N}/${f}`))
				.map((s) => s.trim())
				.filter((s) => /[a-z]{3,} [a-z]{2,}/i.test(s) && s.length >= 10 && !ownText.includes(s))
		)
	];
}

/** The page's text in its own language: quotations and articles (marked lang="en") aside. */
const ownText = (page: Page) =>
	page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		body.querySelectorAll('script, style, noscript').forEach((e) => e.remove());
		// English runs go, but what they hold in the page's language stays (an article's note).
		body.querySelectorAll('[lang="en"]').forEach((e) => {
			if (!body.contains(e)) return;
			const own = [...e.querySelectorAll('[lang]:not([lang="en"])')].filter(
				(x) => x.parentElement?.closest('[lang]') === e
			);
			e.replaceWith(...own);
		});
		const shown = body.innerText ?? body.textContent ?? '';
		const labels = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
			.filter((e) => !e.closest('[lang="en"]'))
			.flatMap((e) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a)))
			.filter(Boolean);
		return [shown, ...labels].join('\n');
	});

/** Fails with the page's path if it shows any English interface phrase. */
async function noEnglish(page: Page, lang: 'fr' | 'ar') {
	const phrases = englishPhrases(lang);
	expect(phrases.length).toBeGreaterThan(100);
	const text = await ownText(page);
	const shown = phrases.filter((p) => text.includes(p));
	expect(shown, `${new URL(page.url()).pathname} shows English interface text`).toEqual([]);
}

const ready = (page: Page) => mapReady(page);

test.describe('in the HTML as served', () => {
	// Written at build time: no script is needed, so none runs and no engine loads.
	test.use({ javaScriptEnabled: false });

	test('each language is a complete page with its language, direction and alternates', async ({
		page
	}) => {
		for (const [root, lang, dir] of [
			['/', 'en', 'ltr'],
			['/fr/', 'fr', 'ltr'],
			['/ar/', 'ar', 'rtl']
		]) {
			await page.goto(root);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) =>
					links.map(
						(l) => `${l.getAttribute('hreflang')} ${new URL((l as HTMLLinkElement).href).pathname}`
					)
				);
			expect(alternates).toEqual(['en /', 'fr /fr/', 'ar /ar/', 'x-default /']);
		}
		await page.goto('/ar/present');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('link[hreflang="fr"]')).toHaveAttribute('href', /\/fr\/present$/);
	});
});

test('the language switch keeps the view, and the page it opens speaks only its language', async ({
	page
}) => {
	test.setTimeout(120_000); // four loads of the map
	await page.goto('/?country=BIH&year=1995');
	await ready(page);
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/\?country=BIH&year=1995$/);
	await ready(page);
	await expect(page.locator('#panel-title')).toHaveText('Bosnie-Herzégovine');
	await test.step('a fr page shows no English interface string', () => noEnglish(page, 'fr'));
	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(/\/ar\/\?country=BIH&year=1995$/);
	await ready(page);
	await expect(page.locator('#panel-title')).toHaveText('البوسنة والهرسك');
	await test.step('a ar page shows no English interface string', () => noEnglish(page, 'ar'));
	await test.step('in Arabic the layout mirrors and the map does not', async () => {
		const panel = await page.locator('aside[data-sheet]').boundingBox();
		const map = await page.locator('.atlas-map').boundingBox();
		// The panel is on the left, the map on the right, as the page reads right to left.
		expect(panel!.x + panel!.width).toBeLessThanOrEqual(map!.x + 1);
		// The map is not mirrored: Bosnia lies west (left) of Serbia.
		const west = await page.evaluate(() => {
			const host = document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: { project(p: [number, number]): { x: number } };
			};
			return host.maplibreMap.project([17.8, 44]).x < host.maplibreMap.project([20.9, 44]).x;
		});
		expect(west).toBe(true);
	});
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/localhost:\d+\/\?country=BIH&year=1995$/);
	await expect(page.locator('#panel-title')).toHaveText('Bosnia and Herzegovina');
});

for (const lang of ['fr', 'ar'] as const) {
	test(`a ${lang} page shows no English interface string`, async ({ page }) => {
		// Checked elsewhere, on the loads that open them: the explorer with a country where the
		// language switch opens it, a lecture step with lecture mode's keys.
		const pages = [
			`/${lang}/?mission=unifil`,
			`/${lang}/sources`,
			`/${lang}/articles/role-of-islamic-nations`
		];
		for (const path of pages) {
			await page.goto(path);
			if (!/sources|articles/.test(path)) await ready(page);
			await noEnglish(page, lang);
		}
	});
}

test('on /ar/ the map draws its labels in Arabic, and the year slider steps the way its arrows point', async ({
	page
}) => {
	await page.goto('/ar/');
	await ready(page);
	const names = await page.evaluate(() => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: {
				getStyle(): { layers: { id: string; type: string }[] };
				queryRenderedFeatures(o: { layers: string[] }): { properties: { name?: string } }[];
			};
		};
		const map = host.maplibreMap;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.type === 'symbol')
			.map((l) => l.id);
		return map
			.queryRenderedFeatures({ layers })
			.map((f) => f.properties.name)
			.filter(Boolean) as string[];
	});
	expect(names.length).toBeGreaterThan(20);
	expect(names.filter((n) => /[\u0600-\u06ff]/.test(n)).length).toBe(names.length);
	expect(names).toContain('السعودية');

	const slider = page.getByRole('slider').first();
	await slider.focus();
	// Earlier years lie to the right in a right-to-left slider: → moves to them, ← back.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-year]').first()).toHaveAttribute('data-year', '2023');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('[data-year]').first()).toHaveAttribute('data-year', '2024');
});

for (const [lang, next] of [
	['en', 'Operations hosted in OIC states since 1948'],
	['fr', null],
	['ar', null]
] as const) {
	test(`lecture mode's keys work in ${lang}`, async ({ page }) => {
		const root = lang === 'en' ? '' : `/${lang}`;
		const tour = JSON.parse(
			readFileSync(
				lang === 'en'
					? 'content/tours/oic-and-peacekeeping.json'
					: `content/i18n/${lang}/tours/oic-and-peacekeeping.json`,
				'utf8'
			)
		) as { steps: { title: string }[] };
		await page.goto(`${root}/present?tour=oic-and-peacekeeping`);
		await ready(page);
		const title = page.locator('#step-title');
		await expect(title).toHaveText(tour.steps[0].title);
		// What clickers send, in every language: → and PageDown forward, ← and PageUp back.
		await page.keyboard.press('ArrowRight');
		await expect(title).toHaveText(next ?? tour.steps[1].title);
		if (lang !== 'en')
			await test.step(`a ${lang} lecture step shows no English interface string`, () =>
				noEnglish(page, lang));
		await page.keyboard.press('PageDown');
		await expect(title).toHaveText(tour.steps[2].title);
		await page.keyboard.press('ArrowLeft');
		await expect(title).toHaveText(tour.steps[1].title);
		await page.keyboard.press('PageUp');
		await expect(title).toHaveText(tour.steps[0].title);
		await expect(page).toHaveURL(new RegExp(`${root}/present\\?tour=oic-and-peacekeeping&step=1`));
	});
}

test('operations go by their acronym and full name in each language, and any of them finds them', async ({
	page
}) => {
	test.setTimeout(120_000); // three loads of the map
	await page.goto('/fr/?mission=unifil');
	await ready(page);
	await test.step('operations go by the UN’s acronym in each language', async () => {
		await expect(page.locator('#panel-title')).toHaveText('FINUL');
	});
	await test.step('an operation’s full name is given in the page’s language, with its source and the English', async () => {
		const panel = page.locator('[data-panel="UNIFIL"]');
		const local = panel.locator('[data-name-local]');
		await expect(local).toContainText('Force intérimaire des Nations Unies au Liban');
		// One click to where the French name comes from.
		await expect(local.locator('a.cite')).toHaveAttribute('href', /^https?:\/\//);
		await expect(panel.locator('p[lang="en"]')).toHaveText(
			/United Nations Interim Force in Lebanon/
		);
		// Another body's operation, in Arabic; the tables' mission names too.
		await page.goto('/ar/?operation=ifor&year=1996');
		await ready(page);
		await expect(page.locator('[data-panel="IFOR"] [data-name-local]')).toContainText(
			'قوة التنفيذ'
		);
		// Search finds an operation by its full name in another language, from any page.
		const search = page.getByRole('banner').getByRole('combobox');
		await search.fill('Force intérimaire');
		await expect(page.getByRole('option', { name: /اليونيفيل/ })).toBeVisible();
	});
	await test.step('on the English page, the French and Arabic acronyms and names find their operation', async () => {
		await page.goto('/');
		await ready(page);
		const search = page.getByRole('combobox', { name: 'Find a country or mission' });
		await search.fill('FINUL');
		await expect(page.getByRole('option', { name: /UNIFIL/ })).toBeVisible();
		await search.fill('Liban');
		await expect(page.getByRole('option', { name: /^Lebanon/ })).toBeVisible();
		await search.fill('لبنان');
		await expect(page.getByRole('option', { name: /^Lebanon/ })).toBeVisible();
		await search.fill('قوة الأمم المتحدة المؤقتة');
		await expect(page.getByRole('option', { name: /UNIFIL/ })).toBeVisible();
	});
});

test('the sources page describes each source in the page’s language', async ({ page }) => {
	for (const [lang, words] of [
		['fr', /Rapports mensuels/],
		['ar', /تقارير شهرية/]
	] as const) {
		await page.goto(`/${lang}/sources`);
		const source = page.locator('section#un-dpo');
		await expect(source.locator('dd').nth(2)).toHaveText(words);
		// Only the source's own words (title, publisher, citation) stay English, in every section.
		const sections = await page.locator('main section').count();
		expect(sections).toBeGreaterThan(10);
		await expect(page.locator('main section [lang="en"]')).toHaveCount(3 * sections);
	}
});

test('an embed takes lang= as well as its own path', async ({ page }) => {
	await page.goto('/embed?lang=ar&country=BGD&year=2024');
	await expect(page).toHaveURL(/\/ar\/embed\?country=BGD&year=2024$/);
	await ready(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('#panel-title')).toHaveText('بنغلاديش');
	await page.goto('/fr/embed?lang=en&year=2024');
	await expect(page).toHaveURL(/localhost:\d+\/embed\?year=2024$/);
	await page.goto('/fr/embed?lang=fr&year=2024');
	await expect(page).toHaveURL(/\/fr\/embed\?year=2024$/);
});

test('in Arabic a lecture step frames its subject beside the caption, which is on the right', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/ar/present?tour=oic-and-peacekeeping&step=4');
	await ready(page);
	const caption = (await page
		.locator('#step-title')
		.locator('xpath=ancestor::section[1]')
		.boundingBox())!;
	// Sarajevo, the step's subject, is in the open part of the map: left of the caption.
	const sarajevo = await page.evaluate(() => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: { project(p: [number, number]): { x: number; y: number } };
		};
		const box = host.getBoundingClientRect();
		const p = host.maplibreMap.project([18.4, 43.9]);
		return { x: box.left + p.x, y: box.top + p.y };
	});
	expect(caption.x).toBeGreaterThan(1920 / 3);
	expect(sarajevo.x).toBeLessThan(caption.x);
	expect(sarajevo.x).toBeGreaterThan(0);
});
