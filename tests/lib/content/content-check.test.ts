import { describe, expect, test } from 'vitest';
import { type ContentIndex, findContentProblems, formatProblem } from '../../../src/lib/content/content-check';

const good: ContentIndex = {
	articles: [
		{
			id: 'saohei-zhengzhi-zhanwei',
			file: 'content/articles/saohei-zhengzhi-zhanwei.mdx',
			source:
				'---\ntitle: x\n---\n\n正文\n\n<Figure src="articles/images/meeting.jpg" alt="会场" />\n\n<Promo id="jiangnan-study-tour" />\n',
			section: 'politics-law',
			series: 'saohei-chu-e',
			promos: [],
			title: '全市扫黑除恶专项斗争系列述评之政治站位篇',
			tags: ['扫黑除恶'],
		},
	],
	series: [{ id: 'saohei-chu-e', file: 'content/series/saohei-chu-e.yaml' }],
	sections: [{ id: 'politics-law', file: 'content/sections.yaml' }],
	promos: [{ id: 'jiangnan-study-tour', file: 'content/promos/jiangnan-study-tour.yaml' }],
	pictures: new Set(['articles/images/meeting.jpg']),
};

const withArticle = (change: Partial<ContentIndex['articles'][number]>): ContentIndex => ({
	...good,
	articles: [{ ...good.articles[0]!, ...change }],
});

describe('cross-file content checks', () => {
	test('the seed-shaped content has no problems', () => {
		expect(findContentProblems(good)).toEqual([]);
	});

	test.each([
		[
			'unknown section',
			withArticle({ section: 'sports' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx: section: 找不到栏目「sports」，应为以下之一：politics-law',
		],
		[
			'unknown series',
			withArticle({ series: 'saohei' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx: series: 找不到系列「saohei」，应为以下之一：saohei-chu-e',
		],
		[
			'unknown promo in frontmatter',
			withArticle({ promos: ['summer-camp'] }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx: promos: 找不到广告「summer-camp」，应为以下之一：jiangnan-study-tour',
		],
		[
			'unknown promo in the body, with its line',
			withArticle({ source: '---\ntitle: x\n---\n\n正文\n\n<Promo id="summer-camp" />\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:7: <Promo id>: 找不到广告「summer-camp」，应为以下之一：jiangnan-study-tour',
		],
		[
			'an id that is not kebab-case',
			{ ...good, promos: [...good.promos, { id: '江南研学', file: 'content/promos/江南研学.yaml' }] },
			'content/promos/江南研学.yaml: id: 编号「江南研学」应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里',
		],
		[
			'a promo placed twice in one article',
			withArticle({ promos: ['jiangnan-study-tour'] }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:9: <Promo id>: 广告「jiangnan-study-tour」在本文中已经出现过，同一广告每篇只放一次',
		],
		[
			'a Figure whose picture is not under content/',
			withArticle({ source: '---\ntitle: x\n---\n\n<Figure src="./content/articles/images/missing.jpg" alt="缺" />\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:5: <Figure src>: 找不到图片 content/articles/images/missing.jpg，应为 content/ 下的 .jpg、.png、.webp、.avif 或 .gif 文件，如 articles/images/photo.jpg',
		],
		[
			'two tag spellings with one pinyin slug',
			{
				...good,
				articles: [
					...good.articles,
					{ ...good.articles[0]!, id: 'other', file: 'content/articles/other.mdx', title: '另一篇', tags: ['扫黑出恶'] },
				],
			},
			'content/articles/saohei-zhengzhi-zhanwei.mdx: tags: 标签「扫黑除恶」与「扫黑出恶」（content/articles/other.mdx）的网址都是 /tags/sao-hei-chu-e/，请统一写法或改用其他标签',
		],
		[
			'a duplicate title',
			{ ...good, articles: [...good.articles, { ...good.articles[0]!, id: 'copy', file: 'content/articles/copy.mdx' }] },
			'content/articles/copy.mdx: title: 标题与 content/articles/saohei-zhengzhi-zhanwei.mdx 重复：「全市扫黑除恶专项斗争系列述评之政治站位篇」；每篇文章的标题应不同',
		],
		[
			'a component that does not exist',
			withArticle({ source: '---\ntitle: x\n---\n\n正文。\n\n<Chart data="x" />\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:7: <Chart>: 没有「Chart」这个组件；文章里可以用的是 <PullQuote>、<Figure>、<Promo>',
		],
		[
			'a script in the text',
			withArticle({ source: '---\ntitle: x\n---\n\n<script>alert(1)</script>\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:5: <script>: 文章里不能有 <script>：它会在读者的浏览器里运行代码或嵌入别的网站',
		],
		[
			'a javascript: link',
			withArticle({ source: '---\ntitle: x\n---\n\n[点这里](javascript:alert(1))\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:5: 链接: 链接不能以 javascript: 开头；应为 https:// 开头的网址',
		],
		[
			'an event handler on a tag',
			withArticle({ source: '---\ntitle: x\n---\n\n<img src="a.png" onerror="alert(1)" />\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:5: onerror: 文章里的标签不能带 onerror：它会在读者的浏览器里运行代码',
		],
		[
			'an address computed by code',
			withArticle({ source: '---\ntitle: x\n---\n\n<a href={"java" + "script:alert(1)"}>点</a>\n' }),
			'content/articles/saohei-zhengzhi-zhanwei.mdx:5: href: href 请直接写成网址文字，如 href="https://…"，不要用 {…} 计算',
		],
	])('%s', (_name, index, line) => {
		expect(findContentProblems(index).map(formatProblem)).toEqual([line]);
	});
});
