/*
 * Peacekeeping Atlas, inside the embed: listens to the embedding page from the first moment.
 * A host may post its request as soon as the iframe loads, before the atlas's own code has
 * started; the messages from the parent window are kept here until src/lib/embed/bridge.ts
 * takes them over (and checks them) with stop().
 */
(function () {
	// `lang=fr` or `lang=ar` in an embed's address: the embed in that language, which is its own
	// page (/fr/embed, /ar/embed), with the rest of the address kept.
	var query = new URLSearchParams(location.search);
	var want = query.get('lang');
	if (want !== null) {
		var prefixes = { en: '', fr: '/fr', ar: '/ar' };
		query.delete('lang');
		var rest = (query.toString() ? '?' + query.toString() : '') + location.hash;
		var path = location.pathname;
		if (Object.prototype.hasOwnProperty.call(prefixes, want))
			path = path.replace(/(\/(fr|ar))?\/embed(\.html)?$/, prefixes[want] + '/embed');
		if (path !== location.pathname) {
			location.replace(path + rest);
			return;
		}
		history.replaceState(history.state, '', path + rest);
	}
})();
(function () {
	if (window.parent === window) return;
	var messages = [];
	function keep(event) {
		if (event.source === window.parent) messages.push({ data: event.data, origin: event.origin });
	}
	window.addEventListener('message', keep);
	window.__atlasEarlyMessages = {
		stop: function () {
			window.removeEventListener('message', keep);
			return messages;
		}
	};
})();
