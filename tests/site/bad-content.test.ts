import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';

describe('bad content stops the build with one line per problem', () => {
	const schemaBuild = buildCopy({
		'content/articles/bad-fields.mdx': '---\nsummary: 摘要\npubDate: 七月一日\nsection: politics-law\n---\n\n正文。\n',
		'content/articles/bad-summary.mdx': `---\ntitle: 测试\nsummary: ${'字'.repeat(121)}\npubDate: 2019-07-01\nsection: politics-law\n---\n`,
	});
	const promoBuild = buildCopy({
		'content/promos/bad-phone.yaml':
			'title: 测试广告\ncontacts:\n  heading: 报名方式\n  people:\n    - name: 某老师\n      phone: 133O4743215\n',
	});
	const referenceBuild = buildCopy({
		'content/articles/bad-refs.mdx':
			'---\ntitle: 测试\nsummary: 摘要\npubDate: 2019-07-01\nsection: sports\nseries: saohei\n---\n\n正文。\n',
	});
	afterAll(() => {
		for (const build of [schemaBuild, promoBuild, referenceBuild]) build.remove();
	});

	test('schema problems of every file are listed together, naming file and field', () => {
		expect(schemaBuild.status).not.toBe(0);
		expect(schemaBuild.output).toContain('content/articles/bad-fields.mdx: title: 必须填写标题（title）');
		expect(schemaBuild.output).toContain('content/articles/bad-fields.mdx: pubDate: 发布日期（pubDate）「七月一日」不是有效日期');
		expect(schemaBuild.output).toContain('content/articles/bad-summary.mdx: summary: 摘要最多 120 个字，现为 121 个');
		expect(existsSync(join(schemaBuild.dist, 'index.html'))).toBe(false);
	});

	test('an ad phone with a letter in it', () => {
		expect(promoBuild.status).not.toBe(0);
		expect(promoBuild.output).toContain('content/promos/bad-phone.yaml: contacts.people.0.phone: 「133O4743215」不是有效电话');
	});

	test('references to unknown sections and series are listed with the ids that exist', () => {
		expect(referenceBuild.status).not.toBe(0);
		expect(referenceBuild.output).toContain(
			'content/articles/bad-refs.mdx: section: 找不到栏目「sports」，应为以下之一：politics-law',
		);
		expect(referenceBuild.output).toContain(
			'content/articles/bad-refs.mdx: series: 找不到系列「saohei」，应为以下之一：saohei-chu-e',
		);
		expect(existsSync(join(referenceBuild.dist, 'index.html'))).toBe(false);
	});
});
