/**
 * The embed side of the postMessage API: tells the host how tall the page is, announces the
 * view, and takes requests from the page that embeds it (and from no other window).
 */
import { HEIGHT, hostOrigin, READY, readSetMessage, VIEW, type SetMessage } from './messages';

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

/** The host's requests that came before the atlas could act on them, in order. */
let held: SetMessage[] | null = null;
let deliver: ((message: SetMessage) => void) | null = null;
/** "ready" is posted once, the first time the atlas can act on requests. */
let announcedReady = false;

interface Received {
	data: unknown;
	origin: string;
}
/** What the embed's first script ($lib/embed/early.ts) heard before this module ran. */
type Early = { stop(): Received[] };

/** The request in a message, if it comes from the embedding page and has the documented shape. */
function fromHost({ data, origin }: Received): SetMessage | null {
	const host = hostOrigin();
	if (host !== '*' && origin !== host) return null;
	return readSetMessage(data);
}

function receive(received: Received) {
	const message = fromHost(received);
	if (!message) return;
	if (deliver) deliver(message);
	else held!.push(message);
}

/**
 * Listens to the embedding page from the app's first script on (hooks.client.ts), taking over
 * what the embed's first script ($lib/embed/early.ts) heard before (it runs with the HTML, before the iframe's load
 * event): a host that posts as soon as the iframe loads is heard, its requests held until
 * `listenToHost` can act on them. Only the parent window's well-formed requests count.
 */
export function holdHostMessages(): void {
	if (!embedded() || held) return;
	held = [];
	const early = (window as unknown as { __atlasEarlyMessages?: Early }).__atlasEarlyMessages;
	for (const received of early?.stop() ?? []) receive(received);
	window.addEventListener('message', (event: MessageEvent) => {
		if (event.source === window.parent) receive({ data: event.data, origin: event.origin });
	});
}

/**
 * Calls `onset` for the host's requests, those held since the page opened first; then tells
 * the host, once, that the atlas is ready for more. Returns how to stop.
 */
export function listenToHost(onset: (message: SetMessage) => void): () => void {
	if (!embedded()) return () => {};
	holdHostMessages();
	deliver = onset;
	for (const message of held!.splice(0)) onset(message);
	if (!announcedReady) {
		announcedReady = true;
		window.parent.postMessage({ type: READY }, hostOrigin());
	}
	return () => {
		if (deliver === onset) deliver = null;
	};
}
