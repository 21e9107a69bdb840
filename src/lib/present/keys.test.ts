import { describe, expect, it } from 'vitest';
import { PresentKeys } from './keys';

const press = (keys: PresentKeys, key: string, extra = {}) =>
	keys.action({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe('PresentKeys', () => {
	it.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['b', 'blank'],
		['?', 'help'],
		['h', 'contrast'],
		['L', 'legend'],
		['Escape', 'close'],
		['x', 'none']
	])('%s → %s', (key, kind) => {
		expect(press(new PresentKeys(), key).kind).toBe(kind);
	});

	it('jumps on a number then Enter', () => {
		const keys = new PresentKeys();
		expect(press(keys, '1').kind).toBe('none');
		expect(press(keys, '0').kind).toBe('none');
		expect(press(keys, 'Enter')).toEqual({ kind: 'jump', step: 10 });
		expect(press(keys, 'Enter').kind).toBe('none');
	});

	it('leaves browser shortcuts alone', () => {
		expect(press(new PresentKeys(), 'f', { ctrlKey: true }).kind).toBe('none');
	});

	it('goes back on Shift+Space', () => {
		expect(press(new PresentKeys(), ' ', { shiftKey: true }).kind).toBe('previous');
	});
});
