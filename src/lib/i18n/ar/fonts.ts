/**
 * Arabic pages: Noto Sans Arabic for Arabic script, in its Arabic subset only, with Noto Sans
 * for Latin text, digits and punctuation (../fonts.ts). The map's labels use the same Arabic
 * file for Arabic characters.
 */
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';
import {
	FACES_CSS as LATIN_CSS,
	LABEL_FACES as LATIN_LABELS,
	TEXT_FACES as LATIN_TEXT,
	face,
	type LabelFace
} from '../fonts';

export type { LabelFace };
export { face };

/** Arabic script's blocks, as the Arabic file covers them. */
const ARABIC = ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'];

export const FACES_CSS: string =
	LATIN_CSS +
	face('Noto Sans Arabic', 400, arabic400, ARABIC.join(',')) +
	face('Noto Sans Arabic', 600, arabic600, ARABIC.join(','));

export const TEXT_FACES: string[] = [arabic400, arabic600, ...LATIN_TEXT];

export const LABEL_FACES: LabelFace[] = [
	{ url: arabic400, 'unicode-range': ARABIC },
	...LATIN_LABELS
];
