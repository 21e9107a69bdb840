/**
 * Presentation keys: what a keyboard and a presentation clicker send. Clickers send →/← or
 * PageDown/PageUp (some Space); "5 Enter" jumps to step 5.
 */
export type Action =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'jump'; step: number }
	| { kind: 'fullscreen' }
	| { kind: 'blank' }
	| { kind: 'help' }
	| { kind: 'contrast' }
	| { kind: 'legend' }
	| { kind: 'close' }
	| { kind: 'none' };

export class PresentKeys {
	/** Digits typed so far, for "number then Enter". */
	typed = '';

	action(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): Action {
		if (e.ctrlKey || e.metaKey || e.altKey) return { kind: 'none' };
		const key = e.key;
		if (/^[0-9]$/.test(key)) {
			this.typed = (this.typed + key).slice(-3);
			return { kind: 'none' };
		}
		if (key === 'Enter' && this.typed) {
			const step = Number(this.typed);
			this.typed = '';
			return { kind: 'jump', step };
		}
		this.typed = '';
		switch (key) {
			case 'ArrowRight':
			case 'PageDown':
			case ' ':
			case 'ArrowDown':
				return { kind: e.shiftKey && key === ' ' ? 'previous' : 'next' };
			case 'ArrowLeft':
			case 'PageUp':
			case 'ArrowUp':
				return { kind: 'previous' };
			case 'Home':
				return { kind: 'first' };
			case 'End':
				return { kind: 'last' };
			case 'f':
			case 'F':
				return { kind: 'fullscreen' };
			case 'b':
			case 'B':
			case '.':
				return { kind: 'blank' };
			case '?':
				return { kind: 'help' };
			case 'h':
			case 'H':
				return { kind: 'contrast' };
			case 'l':
			case 'L':
				return { kind: 'legend' };
			case 'Escape':
				return { kind: 'close' };
		}
		return { kind: 'none' };
	}
}
