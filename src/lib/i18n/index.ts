import { en, type Strings } from './en';
import { enStatic } from './en.static';

/** The interface language in use. One locale for now; the lookup is where others plug in. */
export const t: Strings = en;
/** Strings of the prerendered HTML only (the no-JavaScript notice), out of the first view's code. */
export const ts = enStatic;
