import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SOURCES = process.env.GEODATA_SOURCES ?? '../shared/data';
const outA = mkdtempSync(join(tmpdir(), 'geodata-a-'));
const outB = mkdtempSync(join(tmpdir(), 'geodata-b-'));
afterAll(() => [outA, outB].forEach((d) => rmSync(d, { recursive: true, force: true })));

const derive = (out: string) =>
	execFileSync('npx', ['tsx', 'scripts/geodata.ts', SOURCES, '--out', out], { encoding: 'utf8' });

describe.skipIf(!existsSync(join(SOURCES, 'PROVENANCE.md')))('npm run geodata', () => {
	it('is deterministic and the committed geodata/ is what it derives', () => {
		derive(outA);
		derive(outB);
		const files = readdirSync(outA)
			.filter((f) => f.endsWith('.json'))
			.sort();
		expect(files).toContain('contributions.json');
		for (const file of files) {
			const a = readFileSync(join(outA, file));
			expect(a.equals(readFileSync(join(outB, file))), `${file} differs between two runs`).toBe(
				true
			);
			expect(
				a.equals(readFileSync(join('geodata', file))),
				`geodata/${file} is out of date: run npm run geodata and commit it`
			).toBe(true);
		}
	}, 60_000);
});

// Needs no source data, so it runs everywhere (CI's clean clone included).
describe('npm run geodata without its sources', () => {
	it('stops with the folder and the fix', () => {
		expect(() =>
			execFileSync('npx', ['tsx', 'scripts/geodata.ts', '/nonexistent', '--out', outA], {
				stdio: 'pipe'
			})
		).toThrow(/\/nonexistent: not a source data folder \(no PROVENANCE.md\)/);
	});
});
