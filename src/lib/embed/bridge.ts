/**
 * The embed side of the postMessage API: tells the host how tall the page is, announces the
 * view, and takes requests from the page that embeds it (and from no other window).
 */
import { HEIGHT, hostOrigin, readSetMessage, VIEW, type SetMessage } from './messages';

const embedded = () => typeof window !== 'undefined' && window.parent !== window;

/** Posts the document's height whenever it changes; returns how to stop. */
export function reportHeight(): () => void {
	if (!embedded()) return () => {};
	let last = 0;
	const post = () => {
		// A pixel to spare: sub-pixel layout must not leave the page scrollable inside the iframe,
		// or a wheel over it would scroll the iframe instead of the host page.
		const content = Math.max(
			document.documentElement.getBoundingClientRect().height,
			document.body.scrollHeight
		);
		const height = Math.ceil(content) + 1;
		if (height !== last) window.parent.postMessage({ type: HEIGHT, height }, '*');
		last = height;
	};
	const observer = new ResizeObserver(post);
	observer.observe(document.documentElement);
	post();
	return () => observer.disconnect();
}

export function announceView(view: Record<string, unknown>): void {
	if (embedded()) window.parent.postMessage({ type: VIEW, ...view }, hostOrigin());
}

/** Calls `onset` for well-formed requests from the embedding page; returns how to stop. */
export function listenToHost(onset: (message: SetMessage) => void): () => void {
	const handler = (event: MessageEvent) => {
		if (!embedded() || event.source !== window.parent) return;
		const origin = hostOrigin();
		if (origin !== '*' && event.origin !== origin) return;
		const message = readSetMessage(event.data);
		if (message) onset(message);
	};
	window.addEventListener('message', handler);
	return () => window.removeEventListener('message', handler);
}
