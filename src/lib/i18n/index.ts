import { en, type Strings } from './en';

/** The interface language in use. One locale for now; the lookup is where others plug in. */
export const t: Strings = en;
