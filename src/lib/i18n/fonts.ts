/**
 * The page's text faces, self-hosted: Noto Sans for Latin script (English and French pages).
 * Arabic pages add Noto Sans Arabic (./ar/fonts.ts); no other page loads it. The map's labels
 * are drawn with the same files (MapLibre's `font-faces`), so a page downloads each face once.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

/** A face the map's labels use: its file, and the characters it draws (all if none given). */
export interface LabelFace {
	url: string;
	'unicode-range'?: string[];
}

/** The files the page's first view sets its text in: preloaded with the HTML. */
export const TEXT_FACES: string[] = [latin400, latin600];

/** The faces of the map's labels (URLs as built: make them absolute before use). */
export const LABEL_FACES: LabelFace[] = [{ url: latin400 }];
