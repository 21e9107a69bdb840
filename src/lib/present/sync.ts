/**
 * Keeps the audience window and the presenter window on the same step (BroadcastChannel:
 * same browser, same origin, no network).
 */
export interface StepMessage {
	tour: string;
	step: number;
}

export class StepSync {
	private channel: BroadcastChannel | null;

	constructor(onstep: (m: StepMessage) => void) {
		this.channel =
			typeof BroadcastChannel === 'undefined'
				? null
				: new BroadcastChannel('peacekeeping-atlas-present');
		if (this.channel) {
			this.channel.onmessage = (e: MessageEvent) => {
				const d = e.data as StepMessage;
				if (d && typeof d.tour === 'string' && Number.isInteger(d.step)) onstep(d);
			};
		}
	}

	send(m: StepMessage): void {
		this.channel?.postMessage(m);
	}

	close(): void {
		this.channel?.close();
	}
}
