import { enDetail, type DetailStrings } from './en.detail';

/**
 * The strings of views loaded on demand (panels, data tables, sources, sharing, lecture mode), apart from
 * `t` ('$lib/i18n') so the first view does not download them. One locale for now.
 */
export const td: DetailStrings = enDetail;
