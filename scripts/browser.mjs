/**
 * Finds the Chromium that the end-to-end tests and the benchmark drive.
 * Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then (as root with apt) installs
 * Debian's `chromium` package. Playwright's own browser download cannot work offline here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';

/**
 * Switches for every Chromium the end-to-end tests and the benchmark launch: nothing of the
 * browser's own runs beside the page under test.
 *
 * Each test and each measured load opens a fresh browser context, which is a new window, and
 * Chromium 156 loads its address bar's suggestion popup into every new window as a web page of
 * its own (chrome://omnibox-popup.top-chrome). On two cores that page's 1–2 s of script ran in
 * about one load in three, beside the page being measured: in those loads the first frame was
 * presented at 1.4–1.9 s instead of about 0.4 s. A reader's browser loads it once per window,
 * not once per page, so the bench turns it off rather than count it.
 */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'
];

export function findChromium({ install = false, log = console.log } = {}) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(
			`CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium or Chrome binary`
		);
	}
	if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
	const isRoot = process.getuid?.() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (install && isRoot && hasApt) {
		log('Chromium is missing: installing Debian\'s "chromium" package (apt-get)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
	}
	throw new Error(
		'No Chromium found: run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH=/path/to/chromium'
	);
}
