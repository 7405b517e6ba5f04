import { parseMdx, mdxSubsetProblems } from '../../../src/lib/content/mdx-subset';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from '../../../src/lib/content/schema';
import { ARTICLE_FIELD_ORDER, autolinksAsLinks, readMdxFile, SOURCE, writeMdxFile } from '../../../src/lib/editor/mdx-file';
import { PROJECT_ROOT } from '../../helpers/paths';

const SEED = readFileSync(join(PROJECT_ROOT, 'content/articles/saohei-zhengzhi-zhanwei.mdx'), 'utf8');

describe('the web editor’s article files: nothing changes but what the editor changed', () => {
	test('read and written again untouched, the seed is byte for byte the same', () => {
		expect(writeMdxFile(readMdxFile(SEED))).toBe(SEED);
	});

	test('one field edited: the file differs in that line alone', () => {
		const written = writeMdxFile({ ...readMdxFile(SEED), source: '乌兰察布市扫黑除恶办公室' });
		const [before, after] = [SEED.split('\n'), written.split('\n')];
		expect(after).toHaveLength(before.length);
		expect(after.filter((line, index) => line !== before[index])).toEqual(['source: 乌兰察布市扫黑除恶办公室']);
	});

	test('one field added: one line more, after the others; the comments stay', () => {
		const written = writeMdxFile({ ...readMdxFile(SEED), editor: '王芳' });
		const lines = written.split('\n');
		const at = lines.indexOf('editor: 王芳');
		expect(lines[at + 1]).toBe('---');
		expect([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n')).toBe(SEED);
	});

	test('the body edited: the fields are as they were, the body is the new one', () => {
		const entry = readMdxFile(SEED);
		const written = writeMdxFile({ ...entry, body: '新的正文。\n' });
		expect(written.split('\n---\n')[0]).toBe(SEED.split('\n---\n')[0]);
		expect(written.endsWith('---\n\n新的正文。\n')).toBe(true);
	});

	test('a field emptied is taken out; a field added goes last', () => {
		const text = '---\n# 说明：保留这条注释\ntitle: 标题\nsubtitle: 副题\nsummary: 摘要。\n---\n\n正文。\n';
		const entry = readMdxFile(text);
		expect(entry).toEqual({ title: '标题', subtitle: '副题', summary: '摘要。', body: '正文。\n', [SOURCE]: text });
		expect(writeMdxFile({ ...entry, subtitle: '', tags: ['扫黑除恶'] })).toBe(
			'---\n# 说明：保留这条注释\ntitle: 标题\nsummary: 摘要。\ntags:\n  - 扫黑除恶\n---\n\n正文。\n',
		);
	});

	test('a new article: its fields in the schema’s order whatever order they were filled in, switches left off left out, a blank line, then the body', () => {
		expect(
			writeMdxFile({
				draft: false,
				featured: true,
				section: 'politics-law',
				pubDate: '2026-12-06',
				tags: [],
				title: '新文章',
				body: '正文。\n',
			}),
		).toBe('---\ntitle: 新文章\npubDate: 2026-12-06\nsection: politics-law\nfeatured: true\n---\n\n正文。\n');
	});

	test('a draft published: its draft line goes; a switch written false and left alone stays', () => {
		const text = '---\ntitle: 标题\nfeatured: false\ndraft: true\n---\n\n正文。\n';
		expect(writeMdxFile({ ...readMdxFile(text), draft: false })).toBe('---\ntitle: 标题\nfeatured: false\n---\n\n正文。\n');
	});

	test('the order new files are written in is the schema’s', () => {
		const shape = articleSchema({ image: () => z.string(), reference: () => z.string() });
		const names = Object.keys(
			(z.toJSONSchema(shape, { io: 'input', unrepresentable: 'any' }) as { properties: object }).properties,
		);
		expect([...ARTICLE_FIELD_ORDER]).toEqual(names);
	});

	test('the file name the editor asks for and the check panel are never written into the file (the gate refuses them)', () => {
		expect(writeMdxFile({ title: '新文章', fileName: 'xin-wen-zhang', gateCheck: '', body: '正文。\n' })).toBe(
			'---\ntitle: 新文章\n---\n\n正文。\n',
		);
	});

	test('a date stays the text it was (YAML 1.2: no timestamps), so an untouched date is not rewritten', () => {
		const text = '---\npubDate: 2019-07-01\n---\n\n正文。\n';
		expect(readMdxFile(text)['pubDate']).toBe('2019-07-01');
		expect(writeMdxFile({ ...readMdxFile(text), pubDate: '2019-07-01' })).toBe(text);
	});
});

describe('a link whose words are its address, as the editor writes it, becomes one MDX reads', () => {
	test.each([
		['见 <https://www.wlcb.gov.cn/a?b=1>。', '见 [https://www.wlcb.gov.cn/a?b=1](https://www.wlcb.gov.cn/a?b=1)。'],
		[
			'致电 <tel:04718888888> 或 <mailto:bj@wlcb.cn>',
			'致电 [tel:04718888888](tel:04718888888) 或 [mailto:bj@wlcb.cn](mailto:bj@wlcb.cn)',
		],
		['写信 <bj@wlcb.cn>', '写信 [bj@wlcb.cn](mailto:bj@wlcb.cn)'],
		['<PullQuote cite="甲">乙</PullQuote> 与 <Promo id="a" />', '<PullQuote cite="甲">乙</PullQuote> 与 <Promo id="a" />'],
	])('%s', (body, written) => {
		expect(autolinksAsLinks(body)).toBe(written);
		expect(writeMdxFile({ title: '甲', body })).toBe(`---\ntitle: 甲\n---\n\n${written}`);
	});

	test('the gate reads it as a link, and a javascript: one is still refused as one', () => {
		const tree = parseMdx(autolinksAsLinks('见 <https://a.cn/>，<javascript:alert(1)>'));
		expect(mdxSubsetProblems(tree).map((problem) => problem.problem)).toEqual(['链接地址「javascript:alert(1)」不安全']);
	});
});
