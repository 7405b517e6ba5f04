import { describe, expect, test } from 'vitest';
import config from '../../../astro.config.mjs';
import rehypeSafeLinks from '../../../src/lib/content/rehype-safe-links';

type Text = { type: 'text'; value: string };
type Element = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: (Element | Text)[] };
const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, unknown>, children: (Element | Text)[] = []): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const sanitized = (node: Element) => {
	const tree = { type: 'root', children: [node] };
	rehypeSafeLinks()(tree);
	return tree.children[0];
};

describe('rehypeSafeLinks: the renderer’s last guard', () => {
	test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' java\tscript:alert(1)', 'java&#x73;cript:x', 'data:text/html,x', 'vbscript:x'])(
		'a link to %j becomes its text',
		(href) => {
			expect(sanitized(element('a', { href }, [text('点这里')]))).toEqual(element('span', {}, [text('点这里')]));
		},
	);

	test.each(['https://example.org/', '/articles/x/', 'tel:13304743215', 'mailto:a@example.org', '#toc'])(
		'a link to %j is kept as it is',
		(href) => {
			expect(sanitized(element('a', { href, title: '标题' }, [text('点')]))).toEqual(
				element('a', { href, title: '标题' }, [text('点')]),
			);
		},
	);

	test('other address attributes that are not allowed, and event handlers, are dropped; the rest stays', () => {
		expect(
			sanitized(
				element('img', {
					src: 'javascript:x',
					srcSet: '/a.jpg 1x, javascript:x 2x',
					xLinkHref: 'data:x',
					poster: 'vbscript:x',
					onError: 'alert(1)',
					alt: '图',
					width: 10,
				}),
			),
		).toEqual(element('img', { alt: '图', width: 10 }));
	});

	test('an MDX tag’s unsafe attributes and spreads go', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'mdxJsxTextElement',
					name: 'a',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'href', value: 'javascript:x' },
						{ type: 'mdxJsxAttribute', name: 'onclick', value: 'x' },
						{ type: 'mdxJsxExpressionAttribute', value: '...x' },
						{ type: 'mdxJsxAttribute', name: 'title', value: '标题' },
					],
					children: [],
				},
			],
		};
		rehypeSafeLinks()(tree);
		expect(tree.children[0]?.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'title', value: '标题' }]);
	});
});

describe('rehypeSafeLinks: what it keeps, and where it looks', () => {
	test('a link inside other elements is found too', () => {
		const tree = element('p', {}, [element('strong', {}, [element('a', { href: 'javascript:x' }, [text('深处')])])]);
		expect(sanitized(tree)).toEqual(element('p', {}, [element('strong', {}, [element('span', {}, [text('深处')])])]));
	});

	test('another element with an unsafe address keeps its tag and loses the address', () => {
		expect(sanitized(element('area', { href: 'javascript:x', alt: '区域' }))).toEqual(element('area', { alt: '区域' }));
	});

	test('a link without an address stays a link', () => {
		expect(sanitized(element('a', { title: '锚' }, [text('锚')]))).toEqual(element('a', { title: '锚' }, [text('锚')]));
	});

	test('a list of addresses (ping) is judged address by address', () => {
		expect(sanitized(element('a', { href: '/x/', ping: ['https://example.org/', 'javascript:alert(1)'] }))).toEqual(
			element('a', { href: '/x/' }),
		);
		expect(sanitized(element('a', { href: '/x/', ping: ['https://example.org/', '/count'] }))).toEqual(
			element('a', { href: '/x/', ping: ['https://example.org/', '/count'] }),
		);
	});

	test('safe srcset entries, with their sizes, are kept; names with "on" inside are not handlers', () => {
		const kept = { srcSet: '/a.jpg  1x, /b.jpg 2x', ariaDescription: '说明', content: '内容', alt: '图' };
		expect(sanitized(element('img', kept))).toEqual(element('img', kept));
	});

	test.each(['href', 'src', 'srcSet', 'cite', 'action', 'formAction', 'poster', 'xLinkHref', 'data', 'background', 'ping', 'longDesc', 'manifest', 'useMap', 'codeBase'])(
		'an unsafe %s is dropped',
		(name) => {
			expect(sanitized(element('div', { [name]: 'javascript:alert(1)', title: '留' }))).toEqual(element('div', { title: '留' }));
		},
	);

	test.each(['mdxJsxTextElement', 'mdxJsxFlowElement'])('an MDX %s is cleaned, and so is what is inside it', (type) => {
		const inner = { type: 'mdxJsxTextElement', name: 'b', attributes: [{ type: 'mdxJsxAttribute', name: 'onclick', value: 'x' }], children: [] };
		const tree = {
			type: 'root',
			children: [{ type, name: 'div', attributes: [{ type: 'mdxJsxAttribute', name: 'src', value: 'data:x' }], children: [inner] }],
		};
		rehypeSafeLinks()(tree);
		expect(tree.children[0]?.attributes).toEqual([]);
		expect(inner.attributes).toEqual([]);
	});
});

describe('the configured Markdown pipeline', async () => {
	const renderer = await config.markdown!.processor!.createRenderer({});
	test.each(['[点这里](javascript:alert(1))', '[点这里](java&#x73;cript:alert(1))', '[点这里](JAVASCRIPT:alert(1))'])(
		'%s is refused before it renders',
		async (markdown) => {
			await expect(renderer.render(markdown)).rejects.toThrow(/链接地址「javascript:alert\(1\)」不安全/i);
		},
	);

	test('a safe link renders', async () => {
		const { code } = await renderer.render('[本报](https://example.org/)');
		expect(code).toContain('<a href="https://example.org/">本报</a>');
	});
});
