/**
 * Keyboard movement through a list of buttons, one per row: arrows, Home and End, and
 * type-ahead (letters typed in quick succession jump to the next row that starts with them).
 */
export class RowKeys {
	private typed = '';
	private typedAt = 0;

	/** Handles the key if it moves; returns whether it did. */
	handle(e: KeyboardEvent, all: HTMLElement[]): boolean {
		const at = all.indexOf(e.target as HTMLElement);
		if (at < 0) return false;
		let next = -1;
		if (e.key === 'ArrowDown') next = Math.min(all.length - 1, at + 1);
		else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
		else if (e.key === 'Home') next = 0;
		else if (e.key === 'End') next = all.length - 1;
		else if (/^\p{L}$/u.test(e.key)) {
			this.typed =
				e.timeStamp - this.typedAt < 700 ? this.typed + e.key.toLowerCase() : e.key.toLowerCase();
			this.typedAt = e.timeStamp;
			const order = [...all.slice(at + (this.typed.length === 1 ? 1 : 0)), ...all.slice(0, at + 1)];
			const hit = order.find((b) => b.textContent!.trim().toLowerCase().startsWith(this.typed));
			if (hit) next = all.indexOf(hit);
		} else return false;
		e.preventDefault();
		if (next >= 0) all[next].focus();
		return true;
	}
}
