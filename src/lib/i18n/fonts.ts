/**
 * The page's text faces, self-hosted: Noto Sans for Latin script (English and French pages), in
 * its Latin and Latin Extended subsets, 400 and 600. Arabic pages add Noto Sans Arabic
 * (./ar/fonts.ts); no other page loads it. The map's labels are drawn with the same files
 * (MapLibre's `font-faces`), so a page downloads each face once.
 *
 * `font-display: optional`: a face that has not arrived by the page's first layout (it is
 * preloaded with the HTML) is not swapped in later, so text never re-wraps under the reader and
 * the map never moves; the next page has it from the cache. (Fontsource's own stylesheets say
 * `swap`: these rules replace them.)
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';

/** A face the map's labels use: its file, and the characters it draws (all if none given). */
export interface LabelFace {
	url: string;
	'unicode-range'?: string[];
}

const LATIN =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
	'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** One @font-face rule. */
export const face = (family: string, weight: number, url: string, range: string): string =>
	`@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};` +
	`font-display:optional;src:url(${url}) format('woff2');unicode-range:${range}}`;

/** The page's @font-face rules (the layout writes them into the head). */
export const FACES_CSS: string =
	face('Noto Sans', 400, latin400, LATIN) +
	face('Noto Sans', 600, latin600, LATIN) +
	face('Noto Sans', 400, latinExt400, LATIN_EXT) +
	face('Noto Sans', 600, latinExt600, LATIN_EXT);

/** The files the page's first view sets its text in: preloaded with the HTML. */
export const TEXT_FACES: string[] = [latin400, latin600];

/** The faces of the map's labels (URLs as built: make them absolute before use). */
export const LABEL_FACES: LabelFace[] = [{ url: latin400 }];
