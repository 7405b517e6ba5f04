import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';
import { readerPages, readPage } from '../helpers/dist';

/** Test numbers only: the repository's own content has no filing, and none is ever invented. */
const ICP = '蒙ICP备2024001234号-1';
const PSB = '蒙公网安备15090202000123号';

describe('the ICP and 公安备案 notices', () => {
	const build = buildCopy({}, { ICP_NUMBER: ICP, PSB_NUMBER: PSB });
	afterAll(() => build.remove());

	test('with both set, every page’s footer shows them, each linked to its filing system', () => {
		expect(build.status, build.output).toBe(0);
		const files = readerPages(build.dist);
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const links = parse(readFileSync(join(build.dist, file), 'utf8'))
				.querySelectorAll('footer.site-footer .site-footer__filings a')
				.map((a) => [a.text.trim(), a.getAttribute('href')]);
			expect(links, file).toEqual([
				[ICP, 'https://beian.miit.gov.cn/'],
				[PSB, 'https://beian.mps.gov.cn/#/query/webSearch?code=15090202000123'],
			]);
		}
	});

	test('a malformed number stops the build, naming the variable', () => {
		const bad = buildCopy({}, { ICP_NUMBER: '蒙ICP备123号' });
		try {
			expect(bad.status).not.toBe(0);
			expect(bad.output).toContain('ICP_NUMBER: "蒙ICP备123号" is not an ICP filing number');
		} finally {
			bad.remove();
		}
	});

	test('by default no page shows any filing notice', () => {
		for (const file of readerPages()) {
			const page = readPage(file);
			expect(page.querySelector('.site-footer__filings'), file).toBeNull();
			expect(page.querySelector('footer')?.text ?? '', file).not.toMatch(/ICP|公网安备/);
		}
	});
});
