/** The comment the explore page carries where the prerendered tables go (see hooks.server.ts). */
export const TABLES_MARK = '<!--atlas-tables-->';
