import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { TEST_BUILD_LOG } from '../helpers/paths';

/** What a build of the site's own content prints: the gate's verdict, and no warning nobody can act on. */
test('the build log has the content check’s verdict and no warning, Astro’s per-article directive warning among them', () => {
	const log = readFileSync(TEST_BUILD_LOG, 'utf8');
	expect(log).toMatch(/\[content-gate\] 内容检查通过：\d+ 个文件/);
	expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
	expect(log).not.toMatch(/\[WARN\]|\[ERROR\]/);
	// The test build sets no SITE_URL: the one line about it is in Chinese, with the command to set it.
	expect(log).toContain('⚠ 未设置网站地址 SITE_URL：页面的规范网址、订阅源和二维码都指向 http://localhost:4321');
	expect(log).not.toContain('SITE_URL is not set');
});
