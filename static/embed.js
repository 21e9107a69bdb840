/*
 * Peacekeeping Atlas: makes our embedded maps as tall as their content. Add once per page:
 *   <script src="https://YOUR-ATLAS-HOST/embed.js" async></script>
 * It only resizes iframes that show pages of the origin this script came from, and ignores
 * every other message. Without it, the iframe keeps the aspect ratio of the snippet.
 */
(function () {
	var script = document.currentScript;
	if (!script) return;
	var origin = new URL(script.src).origin;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.type !== 'peacekeeping-atlas:height') return;
		if (typeof data.height !== 'number' || !(data.height > 100) || data.height > 10000) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.aspectRatio = 'auto';
				frames[i].style.height = Math.ceil(data.height) + 'px';
			}
		}
	});
})();
