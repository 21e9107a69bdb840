/*
 * Peacekeeping Atlas, inside the embed: listens to the embedding page from the first moment.
 * A host may post its request as soon as the iframe loads, before the atlas's own code has
 * started; the messages from the parent window are kept here until src/lib/embed/bridge.ts
 * takes them over (and checks them) with stop().
 */
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
