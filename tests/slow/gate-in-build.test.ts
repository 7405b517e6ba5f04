import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/content/diagnostics';
import { contentVerdict } from '../../src/lib/pipeline/gate-step';
import { badInput } from '../fixtures/bad-input/corpus';
import { buildCopy } from '../helpers/build';

/**
 * The build's path is the gate's function: a real `npm run build` of a copy holding three bad
 * inputs of different kinds prints exactly the lines contentVerdict finds in that copy (which the
 * unit tests run the whole corpus through), in Chinese with nothing else around them, and exits 1.
 * The whole corpus through real builds is tests/slow/bad-input.test.ts.
 */
const inputs = ['export of a value', 'a truncated cover', 'a promo phone with a letter O'].map(badInput);
const copy = buildCopy(Object.assign({}, ...inputs.map((input) => input.files)));
afterAll(() => copy.remove());

test('a real build stops with exactly the gate’s lines, their count and the handbook, and writes no site', async () => {
	const { diagnostics } = await contentVerdict(copy.root);
	const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
	for (const input of inputs) expect(errors).toContain(input.line);
	expect(copy.status).toBe(1);
	const lines = copy.output.split('\n');
	const start = lines.indexOf(`内容有 ${errors.length} 处错误，构建已停止：`);
	expect(start, copy.output).toBeGreaterThan(-1);
	expect(lines.slice(start + 1, start + 1 + errors.length)).toEqual(errors);
	expect(lines[start + 1 + errors.length]).toBe('每种错误怎么改，见编辑手册 docs/editor-handbook.md「出错了怎么办」。');
	expect(copy.output).not.toMatch(/\n\s+at |Stack trace|unhandled error|\[ERROR\]/i);
	expect(existsSync(join(copy.root, 'dist'))).toBe(false);
});
