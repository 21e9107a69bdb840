/**
 * The embed's first script, inline in its page's head (hooks.server.ts puts it where
 * EMBED_EARLY_MARK stands): it runs as the HTML is read, before any of the atlas's code and
 * without a request of its own. Each function is written into the page as its source, so it
 * uses nothing from outside itself.
 */

/** The comment the embed's prerendered head carries where its first script goes. */
export const EMBED_EARLY_MARK = '<!--atlas-embed-early-->';

/**
 * `lang=fr` or `lang=ar` in an embed's address: the embed in that language, which is its own
 * page (/fr/embed, /ar/embed), with the rest of the address kept.
 */
export function followLanguage(): void {
	const query = new URLSearchParams(location.search);
	const want = query.get('lang');
	if (want === null) return;
	const prefixes: Record<string, string> = { en: '', fr: '/fr', ar: '/ar' };
	query.delete('lang');
	const rest = (query.toString() ? '?' + query.toString() : '') + location.hash;
	let path = location.pathname;
	if (Object.prototype.hasOwnProperty.call(prefixes, want))
		path = path.replace(/(\/(fr|ar))?\/embed(\.html)?$/, prefixes[want] + '/embed');
	if (path !== location.pathname) location.replace(path + rest);
	else history.replaceState(history.state, '', path + rest);
}

/**
 * In an iframe, keeps the parent window's messages from the first moment: a host may post its
 * request as soon as the iframe loads, before the atlas's code has started. `stop()` hands them
 * to src/lib/embed/bridge.ts, which checks them.
 */
export function keepHostMessages(): void {
	if (window.parent === window) return;
	const messages: { data: unknown; origin: string }[] = [];
	const keep = (event: MessageEvent) => {
		if (event.source === window.parent) messages.push({ data: event.data, origin: event.origin });
	};
	window.addEventListener('message', keep);
	(window as unknown as { __atlasEarlyMessages: unknown }).__atlasEarlyMessages = {
		stop() {
			window.removeEventListener('message', keep);
			return messages;
		}
	};
}

/** The script's text, as the page carries it. */
export function embedEarlyScript(): string {
	return `(${followLanguage.toString()})();(${keepHostMessages.toString()})()`;
}
