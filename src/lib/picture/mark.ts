/** The comment a prerendered page carries where the map picture goes (see hooks.server.ts). */
export const PICTURE_MARK = '<!--atlas-map-picture-->';
