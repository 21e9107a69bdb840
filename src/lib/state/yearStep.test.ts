import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YearStep } from './yearStep.svelte';

describe('YearStep', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) =>
			setTimeout(() => fn(performance.now()), 16)
		);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('shows the year at once and writes the URL once, after the frame, with the latest year', async () => {
		const written: number[] = [];
		const steps = new YearStep(async (year) => void written.push(year));
		steps.to(2010);
		steps.to(2009);
		steps.to(2008);
		expect(steps.pending).toBe(2008);
		expect(written).toEqual([]);
		await vi.advanceTimersByTimeAsync(20);
		expect(written).toEqual([2008]);
		expect(steps.pending).toBeNull();
	});

	it('keeps a later step pending until its own write', async () => {
		let release = () => {};
		const written: number[] = [];
		const steps = new YearStep(
			(year) =>
				new Promise<void>((resolve) => {
					written.push(year);
					release = resolve;
				})
		);
		steps.to(2000);
		await vi.advanceTimersByTimeAsync(20);
		steps.to(1999);
		release();
		await vi.advanceTimersByTimeAsync(0);
		expect(steps.pending).toBe(1999);
		await vi.advanceTimersByTimeAsync(20);
		expect(written).toEqual([2000, 1999]);
	});

	it('writes even when no frame comes (a hidden tab)', async () => {
		vi.stubGlobal('requestAnimationFrame', () => 0);
		const written: number[] = [];
		const steps = new YearStep(async (year) => void written.push(year));
		steps.to(1995);
		await vi.advanceTimersByTimeAsync(300);
		expect(written).toEqual([1995]);
	});

	it('waits for what it is told to (the map having drawn the year) before the URL', async () => {
		const written: number[] = [];
		let drawn = () => {};
		const steps = new YearStep(
			async (year) => void written.push(year),
			(fn) => (drawn = fn)
		);
		steps.to(2001);
		await vi.advanceTimersByTimeAsync(300);
		expect(written).toEqual([]);
		expect(steps.pending).toBe(2001);
		drawn();
		await vi.advanceTimersByTimeAsync(0);
		expect(written).toEqual([2001]);
		expect(steps.pending).toBeNull();
	});
});
