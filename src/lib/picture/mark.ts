/** The comment a prerendered page carries where the map picture goes (see hooks.server.ts). */
export const PICTURE_MARK = '<!--atlas-map-picture-->';
/**
 * The comment a prerendered page carries after the HTML that sizes its map (the explorer's
 * stage); replaced by the end marker and its script (./urlView.ts, `stageEnd`).
 */
export const STAGE_END_MARK = '<!--atlas-stage-end-->';
