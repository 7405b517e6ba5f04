import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/gate';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { fixContent } from '../../../src/lib/editor/doctor';
import { SEED_ARTICLE } from '../../helpers/seed';
import { article, file, frontmatter, mdx, NOW, promo, SITE } from '../../helpers/gate';
import type { ContentFile } from '../../../src/lib/content/source';

const FRONTMATTER = frontmatter();
const crlf = (body: string) => file('content/articles/test.mdx', (FRONTMATTER + body).replaceAll('\n', '\r\n'));
const text = (input: ContentFile) => new TextDecoder().decode(input.bytes);

describe('--fix on whole files', () => {
	test('--fix on the unrepaired seed gives SPEC §2’s repaired text, and touches nothing else', async () => {
		const raw = readFileSync(new URL('../../fixtures/unrepaired-seed-article.mdx', import.meta.url), 'utf8');
		const fix = fixContent(file('content/articles/seed.mdx', raw));
		const paragraphs = splitFrontmatter(fix?.text ?? '')
			.body.trim()
			.split(/\n\s*\n/);
		expect(paragraphs).toEqual(SEED_ARTICLE.slice(1));
		// 17 lines re-punctuated, 3 paragraphs joined.
		expect(fix?.changes.length).toBe(20);
		// In the committed seed's place (two articles of one title would be an error of their own).
		const seed = 'content/articles/saohei-zhengzhi-zhanwei.mdx';
		const others = SITE.filter((site) => site.path !== seed);
		const after = (await checkContent([...others, file(seed, fix?.text ?? '')], NOW)).diagnostics;
		expect(after.filter((d) => d.severity === 'error')).toEqual([]);
	});

	test('--fix never touches code in MDX', () => {
		const mdx =
			'---\ntitle: 测试\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\nimport X from \'./a,b\';\n\n正文,后文{[\'甲,乙\']}<Figure src="a,b.jpg" alt="甲,乙" />\n';
		expect(fixContent(file('content/articles/t.mdx', mdx))?.text).toBe(mdx.replace('正文,后文', '正文，后文'));
	});
});

describe('--fix', () => {
	test.each([
		[
			'joins a first paragraph straight after the frontmatter',
			mdx('信息报送和督导检\n\n查等各项工作。\n'),
			FRONTMATTER + '信息报送和督导检查等各项工作。\n',
			[{ line: 7, before: '信息报送和督导检⏎…⏎查等各项工作。', after: '信息报送和督导检查等各项工作。' }],
		],
		[
			'joins a last paragraph without a final newline',
			article('信息报送和督导检\n\n查等各项工作。'),
			text(article('信息报送和督导检查等各项工作。')),
			[{ line: 8, before: '信息报送和督导检⏎…⏎查等各项工作。', after: '信息报送和督导检查等各项工作。' }],
		],
		[
			'drops a line of spaces between the two halves',
			article('信息报送和督导检\n\n  \n\n查等各项工作。\n'),
			text(article('信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '信息报送和督导检⏎…⏎查等各项工作。', after: '信息报送和督导检查等各项工作。' }],
		],
		[
			'drops the spaces a paragraph ends in',
			article('信息报送和督导检  \n\n查等各项工作。\n'),
			text(article('信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '信息报送和督导检⏎…⏎查等各项工作。', after: '信息报送和督导检查等各项工作。' }],
		],
		[
			'drops a blank line holding spaces and a tab',
			article('信息报送和督导检\n \t \n查等各项工作。\n'),
			text(article('信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '信息报送和督导检⏎…⏎查等各项工作。', after: '信息报送和督导检查等各项工作。' }],
		],
		[
			'joins across CRLF line endings, keeping them elsewhere',
			crlf('\n信息报送和督导检\n\n查等各项工作。\n'),
			text(crlf('\n信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '信息报送和督导检⏎…⏎查等各项工作。', after: '信息报送和督导检查等各项工作。' }],
		],
		[
			'drops the indent of the second half, keeping the first’s',
			article('　　信息报送和督导检\n\n　　查等各项工作。'),
			text(article('　　信息报送和督导检查等各项工作。')),
			[{ line: 8, before: '　　信息报送和督导检⏎…⏎查等各项工作。', after: '　　信息报送和督导检查等各项工作。' }],
		],
		[
			'joins two breaks and re-punctuates a line between them, changes in line order',
			article(
				'全市政法系统强化信息报送和督导检\n\n查等各项工作。\n\n会议指出,要持续推进。\n\n各地区各部门要加强组织领\n\n导，确保取得实效。\n',
			),
			text(
				article(
					'全市政法系统强化信息报送和督导检查等各项工作。\n\n会议指出，要持续推进。\n\n各地区各部门要加强组织领导，确保取得实效。\n',
				),
			),
			[
				{
					line: 8,
					before: '系统强化信息报送和督导检⏎…⏎查等各项工作。',
					after: '系统强化信息报送和督导检查等各项工作。',
				},
				{ line: 12, before: '会议指出,要持续推进。', after: '会议指出，要持续推进。' },
				{
					line: 14,
					before: '各地区各部门要加强组织领⏎…⏎导，确保取得实效。',
					after: '各地区各部门要加强组织领导，确保取得实效。',
				},
			],
		],
		[
			'fixes YAML values written as they read, in any order of lengths, and leaves links and escapes alone',
			promo(
				'label: 广告\npresenter: 内蒙古晨报 , 绍兴日报\ntitle: 研学,夏令营\nsubtitle: "探寻\\"课本\\",记忆"\nlink: https://www.nmgcb.com.cn/专题/研学,夏令营\n',
			),
			'label: 广告\npresenter: 内蒙古晨报，绍兴日报\ntitle: 研学，夏令营\nsubtitle: "探寻\\"课本\\",记忆"\nlink: https://www.nmgcb.com.cn/专题/研学,夏令营\n',
			[
				{ line: 2, before: 'presenter: 内蒙古晨报 , 绍兴日报', after: 'presenter: 内蒙古晨报，绍兴日报' },
				{ line: 3, before: 'title: 研学,夏令营', after: 'title: 研学，夏令营' },
			],
		],
		[
			'fixes a Chinese string that mentions QQ: after its Chinese (it is not a link)',
			promo('title: 报名请加微信,或QQ:123456\n'),
			'title: 报名请加微信，或QQ:123456\n',
			[{ line: 1, before: 'title: 报名请加微信,或QQ:123456', after: 'title: 报名请加微信，或QQ:123456' }],
		],
	])('%s', (_name, input, fixed, changes) => {
		expect(fixContent(input)).toEqual({ text: fixed, changes });
	});

	test.each([
		['a clean article', article('信息报送和督导检查等各项工作。\n')],
		['one paragraph wrapped onto two lines', article('信息报送和督导检\n查等各项工作。\n')],
		[
			'a promo whose details has a blank line mid-sentence (only articles’ paragraphs are joined)',
			promo('title: 江南研学夏令营\ndetails: |\n  行程安排请咨询带队老\n\n  师，费用另行通知。\n'),
		],
		['a .yml file', file('content/promos/ad.yml', 'title: 研学,夏令营\n')],
		['an editor’s backup of a promo', file('content/promos/ad.yaml~', 'title: 研学,夏令营\n')],
		['a .yaml.bak file', file('content/promos/ad.yaml.bak', 'title: 研学,夏令营\n')],
	])('changes nothing in %s', (_name, input) => {
		expect(fixContent(input)).toBeUndefined();
	});
});
