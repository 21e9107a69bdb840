import { startEngineForPage } from '$lib/map/engine';

// This module runs with the app's entry, before the page's own code has loaded and hydrated:
// the map engine starts downloading and compiling here, in parallel with hydration.
startEngineForPage(document);
// In an iframe, the host page's requests are heard from now on, not only once the data is in
// ($lib/embed/early.ts kept those from before). Pages that are not framed never load this.
if (window.parent !== window)
	void import('$lib/embed/bridge').then(({ holdHostMessages }) => holdHostMessages());
