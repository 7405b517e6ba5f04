import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importPage } from '../../../src/lib/commands/import-page';
import { articleMdx, importArticle, importPromo, promoYaml } from '../../../src/lib/editor/print-import';
import { articleSlug } from '../../../src/lib/editor/scaffold';
import { projectWithContent, runIn } from '../../helpers/command';
import { PROJECT_ROOT } from '../../helpers/paths';

const SEED = join(PROJECT_ROOT, 'tests/fixtures/seed-page.txt');
const TEXT = readFileSync(SEED, 'utf8');
const SERIES = [{ id: 'saohei-chu-e', title: '全市扫黑除恶专项斗争系列述评' }];
const CHECK = '请运行 npm run content:check 检查，再用 npm run dev 预览。';

/** What the import writes for the seed page with these options: the files by path. */
function expected(options: { section: string; slug: string; promoId: string; series?: typeof SERIES }) {
	const importOptions = {
		section: options.section,
		series: options.series ?? SERIES,
		today: '2019-07-01',
		promoId: options.promoId,
	};
	return {
		[`content/articles/${options.slug}.mdx`]: articleMdx(importArticle(TEXT, importOptions), importOptions),
		[`content/promos/${options.promoId}.yaml`]: promoYaml(importPromo(TEXT)!),
	};
}
const read = (root: string, files: Record<string, string>) =>
	Object.fromEntries(Object.keys(files).map((path) => [path, readFileSync(join(root, path), 'utf8')]));

describe('npm run import', () => {
	test('the seed page: a draft article in the first section, its series found, and a draft promo, both under pinyin', async () => {
		const root = projectWithContent();
		const promo = importPromo(TEXT)!;
		const slug = articleSlug(importArticle(TEXT, { section: 'politics-law', series: SERIES, today: '2019-07-01' }).title);
		const files = expected({ section: 'politics-law', slug, promoId: articleSlug(promo.title) });
		const [articlePath, promoPath] = Object.keys(files);
		const result = await runIn(importPage, root, [SEED]);
		expect(result).toEqual({
			code: 0,
			lines: [`已导入文章草稿 ${articlePath}（栏目 politics-law，未指定时用第一个栏目）`, `已导入广告草稿 ${promoPath}`, CHECK],
		});
		expect(read(root, files)).toEqual(files);
		expect(files[articlePath!]).toContain('series: saohei-chu-e');
	});

	test('with the section, slugs and a relative file named', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'page.txt'), TEXT);
		const files = expected({ section: 'politics-law', slug: 'imported-seed', promoId: 'imported-tour' });
		const result = await runIn(importPage, root, [
			'page.txt',
			'--section',
			'politics-law',
			'--slug',
			'imported-seed',
			'--promo-id',
			'imported-tour',
		]);
		expect(result).toEqual({
			code: 0,
			lines: [
				'已导入文章草稿 content/articles/imported-seed.mdx（栏目 politics-law）',
				'已导入广告草稿 content/promos/imported-tour.yaml',
				CHECK,
			],
		});
		expect(read(root, files)).toEqual(files);
	});

	test('a series the title names but content/ lacks is said, and left out', async () => {
		const root = projectWithContent();
		rmSync(join(root, 'content/series/saohei-chu-e.yaml'));
		const files = expected({ section: 'politics-law', slug: 'a', promoId: 'b', series: [] });
		const result = await runIn(importPage, root, [SEED, '--slug', 'a', '--promo-id', 'b']);
		expect(result.lines[1]).toBe(
			'注意：标题中的系列「全市扫黑除恶专项斗争系列述评」还没有对应的 content/series/ 文件，series 和 part 暂未填写。',
		);
		expect(read(root, files)).toEqual(files);
	});

	test('a page without an ad: the article only', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'page.txt'), '# 乌兰察布召开推进会\n\n全市政法工作会议召开。\n');
		const result = await runIn(importPage, root, ['page.txt', '--slug', 'meeting']);
		expect(result).toEqual({
			code: 0,
			lines: ['已导入文章草稿 content/articles/meeting.mdx（栏目 politics-law，未指定时用第一个栏目）', CHECK],
		});
	});

	test.each([
		[[], '用法：npm run import -- 版面文字.txt [--section politics-law] [--slug 网址名] [--promo-id 广告网址名]'],
		[[SEED, '--section', 'sports'], '--section 应为以下之一：politics-law'],
		[[SEED, '--slug', 'Bad'], '网址名「Bad」应为小写英文字母、数字和连字符'],
		[[SEED, '--slug', 'ok', '--promo-id', 'no_good'], '网址名「no_good」应为小写英文字母、数字和连字符'],
	])('%j is refused: %s', async (argv, message) => {
		expect(await runIn(importPage, projectWithContent(), argv)).toEqual({ code: 1, lines: [], error: message });
	});

	test('no section in content/: the first is none, and the import is refused', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'content/sections.yaml'), '[]\n');
		expect(await runIn(importPage, root, [SEED])).toEqual({ code: 1, lines: [], error: '--section 应为以下之一：' });
	});

	test('both or neither: an existing promo file stops the import before the article is written', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'content/promos/taken.yaml'), '编辑写好的广告');
		const result = await runIn(importPage, root, [SEED, '--slug', 'fresh', '--promo-id', 'taken']);
		expect(result).toEqual({
			code: 1,
			lines: [],
			error: 'content/promos/taken.yaml 已存在，没有导入。换一个网址名（--slug / --promo-id）或先处理已有文件。',
		});
		expect(() => readFileSync(join(root, 'content/articles/fresh.mdx'))).toThrow(/ENOENT/);
		expect(readFileSync(join(root, 'content/promos/taken.yaml'), 'utf8')).toBe('编辑写好的广告');
	});

	test('an existing article file stops it too', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'content/articles/taken.mdx'), '稿');
		expect((await runIn(importPage, root, [SEED, '--slug', 'taken', '--promo-id', 'fresh'])).error).toBe(
			'content/articles/taken.mdx 已存在，没有导入。换一个网址名（--slug / --promo-id）或先处理已有文件。',
		);
		expect(() => readFileSync(join(root, 'content/promos/fresh.yaml'))).toThrow(/ENOENT/);
	});
});
