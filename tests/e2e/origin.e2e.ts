import { expect, test } from '@playwright/test';
import { foreignRequests, mapReady } from './helpers';

const ROUTES = [
	'/oembed.json',
	'/',
	'/?country=BIH&year=1995',
	'/?mission=unifil',
	'/?theme=hosting',
	'/sources',
	'/offline',
	'/articles/role-of-islamic-nations',
	'/articles/vital-aspect-of-cooperation',
	'/embed?mission=unifil',
	'/present?tour=oic-and-peacekeeping&step=3'
];

test('no route requests anything from another origin or breaks the Content-Security-Policy', async ({
	page,
	baseURL
}) => {
	const foreign = foreignRequests(page, baseURL!);
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Refused to load (CSP): ${e.violatedDirective} ${e.blockedURI}`)
		)
	);
	for (const route of ROUTES) {
		await page.goto(route);
		if (!/sources|offline|articles|oembed/.test(route)) await mapReady(page);
		await page.waitForLoadState('networkidle');
	}
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self' 'sha256-/);
	expect(foreign).toEqual([]);
	expect(violations).toEqual([]);
});
