/**
 * Every English strings module has a French and an Arabic one with the same exports and keys,
 * each of the same kind (text, function, list): a build fails on a missing module; this names
 * the missing key.
 */
import { describe, expect, it } from 'vitest';

const english = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });
const french = import.meta.glob<Record<string, unknown>>('./fr/*.ts', { eager: true });
const arabic = import.meta.glob<Record<string, unknown>>('./ar/*.ts', { eager: true });

/** Modules that are not strings: formatting and the language itself. */
const NOT_STRINGS = new Set(['./format.ts', './lang.ts']);
const modules = Object.keys(english).filter((p) => !NOT_STRINGS.has(p) && !p.endsWith('.test.ts'));

/** Every path to a leaf: 'panelText.cause.Accident' → 'string' | 'function/2' | ... */
function shape(value: unknown, path: string, out: Map<string, string>) {
	if (typeof value === 'function') out.set(path, `function/${value.length}`);
	else if (Array.isArray(value)) out.set(path, 'array');
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) shape(v, path ? `${path}.${k}` : k, out);
	else out.set(path, typeof value);
	return out;
}

for (const [lang, translated] of [
	['fr', french],
	['ar', arabic]
] as const) {
	describe(`the ${lang} strings`, () => {
		it.each(modules)('%s has every export and key of the English', (path) => {
			const own = translated[path.replace('./', `./${lang}/`)];
			expect(own, `src/lib/i18n/${lang}/${path.slice(2)} is missing`).toBeDefined();
			const en = shape(english[path], '', new Map());
			const tr = shape(own, '', new Map());
			for (const [key, kind] of en) {
				// Arities may differ by optional parameters; kinds may not.
				expect(tr.get(key)?.split('/')[0], `${lang} ${path} ${key}`).toBe(kind.split('/')[0]);
			}
			for (const key of tr.keys())
				if (!en.has(key) && ![...en.keys()].some((k) => key.startsWith(`${k}.`)))
					expect.soft(key, `${lang} ${path} has a key the English has not`).toBe(null);
		});
	});
}
