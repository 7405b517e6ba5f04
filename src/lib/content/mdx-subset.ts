/**
 * The MDX an article may contain, decided on the syntax tree MDX itself builds (remark-mdx),
 * before any of the file is compiled or run: Markdown, the site's own components with literal
 * string props, and a short allowlist of plain HTML. No import/export, no {expressions}, no
 * spreads, no Astro directives, no address outside http(s)/mailto/tel/relative. Anything with
 * behaviour is a component in src/, written and reviewed as code.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type ComponentName, MDX_COMPONENTS } from './mdx-components';
import { isAllowedUrl } from './safe-url';

export { type ComponentName, MDX_COMPONENTS } from './mdx-components';

/** Plain HTML an article may use, each with the attributes it may carry (besides title and lang). */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: [],
	b: [],
	blockquote: ['cite'],
	br: [],
	caption: [],
	cite: [],
	dd: [],
	del: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	hr: [],
	i: [],
	ins: [],
	li: [],
	mark: [],
	ol: ['start'],
	p: [],
	q: ['cite'],
	rp: [],
	rt: [],
	ruby: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'scope'],
	thead: [],
	time: ['datetime'],
	tr: [],
	u: [],
	ul: [],
};
const GLOBAL_ATTRIBUTES = ['title', 'lang'];

/** Attributes whose value a browser follows or loads, in any element (compared lower-case). */
export const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'cite',
	'action',
	'formaction',
	'poster',
	'xlink:href',
	'data',
	'background',
	'ping',
	'longdesc',
	'manifest',
	'usemap',
	'codebase',
]);

export interface SubsetProblem {
	/** Offset in the text that was parsed. */
	offset: number;
	field: string;
	problem: string;
	suggestion: string;
}

const PARSER = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** MDX's own tree of an article body. Throws MDX's syntax error (with `place`) on broken MDX. */
export function parseMdx(body: string): Root {
	return PARSER.parse(body);
}

const componentList = Object.keys(MDX_COMPONENTS)
	.map((name) => `<${name}>`)
	.join('、');

/** `urls`: whether address attributes are judged as URLs (HTML); a component's props are its own types. */
function attributeProblems(
	tag: string,
	attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
	allowed: readonly string[],
	offset: number,
	urls = true,
): SubsetProblem[] {
	const problems: SubsetProblem[] = [];
	const at = (field: string, problem: string, suggestion: string, node = offset) =>
		problems.push({ offset: node, field, problem, suggestion });
	for (const attribute of attributes) {
		const where = attribute.position?.start.offset ?? offset;
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			at(`<${tag}>`, `标签里不能用 {…} 展开属性（${attribute.value}）`, '把每个属性直接写成 名字="文字"', where);
			continue;
		}
		const { name, value } = attribute;
		const field = `<${tag} ${name}>`;
		if (name.includes(':')) {
			at(field, `文章里不能用 Astro 指令或带冒号的属性 ${name}`, '删去这个属性；需要特殊效果请技术同事做成组件', where);
		} else if (!allowed.includes(name)) {
			// Never none: every HTML element takes title and lang, every component a prop.
			at(field, `<${tag}> 不能带属性 ${name}`, `删去 ${name}；可用的属性：${allowed.join('、')}`, where);
		} else if (value == null) {
			at(field, `属性 ${name} 没有值`, `写成 ${name}="…"`, where);
		} else if (typeof value !== 'string') {
			at(field, `属性 ${name} 的值不能用 {…} 计算`, `直接写成文字，如 ${name}="…"`, where);
		} else if (urls && URL_ATTRIBUTES.has(name.toLowerCase()) && !isAllowedUrl(value)) {
			at(field, `地址「${value}」不安全`, '只能用 https://、http://、mailto:、tel: 开头的地址或站内相对地址', where);
		}
	}
	return problems;
}

/** The literal value of attribute `name`, or undefined when it is absent or not a literal. */
function literal(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[], name: string): string | undefined {
	const found = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
}

/** What to write in a required prop left empty. */
const REQUIRED_HINTS: Record<(typeof MDX_COMPONENTS)[ComponentName]['required'][number], string> = {
	src: '写图片的路径，如 src="./images/huichang.jpg"',
	alt: '写图上是什么，如 alt="推进会现场"（供看不见图片的读者的读屏软件朗读）',
	id: '写广告的编号，如 id="jiangnan-study-tour"',
};

function nodeProblems(node: Nodes): SubsetProblem[] {
	const offset = node.position?.start.offset ?? 0;
	const one = (field: string, problem: string, suggestion: string): SubsetProblem[] => [
		{ offset, field, problem, suggestion },
	];
	switch (node.type) {
		case 'mdxjsEsm':
			return one('import/export', '文章里不能写 import 或 export（会在构建时运行代码）', `删去这一行；可以直接用的组件有 ${componentList}`);
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return one('{…}', `文章里不能写 {…} 表达式（会在构建时运行代码）：{${node.value.slice(0, 40)}}`, '删去花括号；正文里要写花括号请用全角 ｛ ｝');
		case 'html':
			return one('HTML', '文章里不能有原样 HTML', `用 Markdown 或 ${componentList}`);
		case 'image':
		case 'imageReference':
			return one('![…](…)', '图片请用 <Figure>，不能用 Markdown 图片语法', '写成 <Figure src="./images/图片.jpg" alt="图上是什么" caption="图注" />');
		case 'listItem':
			return typeof node.checked === 'boolean'
				? one('[ ]', '文章里不能用任务列表（[ ] 和 [x] 会变成勾选框）', '删去方括号，写成普通列表')
				: [];
		case 'link':
		case 'definition':
			return isAllowedUrl(node.url)
				? []
				: one('链接', `链接地址「${node.url}」不安全`, '只能用 https://、http://、mailto:、tel: 开头的地址或站内相对地址');
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const { name, attributes } = node;
			if (!name) return one('<>', '文章里不能用 <>…</> 片段', '删去 <> 和 </>');
			// Own names only: a tag named constructor or __proto__ is no component.
			if (Object.hasOwn(MDX_COMPONENTS, name)) {
				const component = MDX_COMPONENTS[name as ComponentName];
				const missing = component.required.flatMap((prop) => {
					const value = literal(attributes, prop);
					if (value === undefined)
						return [{ offset, field: `<${name} ${prop}>`, problem: `<${name}> 缺少 ${prop}`, suggestion: `加上 ${prop}="…"` }];
					// An empty alt would tell readers who cannot see the picture nothing at all.
					if (value.trim() === '')
						return [{ offset, field: `<${name} ${prop}>`, problem: `<${name}> 的 ${prop} 不能为空`, suggestion: REQUIRED_HINTS[prop] }];
					return [];
				});
				return [...attributeProblems(name, attributes, component.props, offset, false), ...missing];
			}
			const allowed = Object.hasOwn(HTML_ELEMENTS, name) ? HTML_ELEMENTS[name] : undefined;
			if (allowed) return attributeProblems(name, attributes, [...allowed, ...GLOBAL_ATTRIBUTES], offset);
			return /^[a-z]/.test(name) && !name.includes('.')
				? one(`<${name}>`, `文章里不能用 <${name}> 标签`, '删去这个标签；文章里能用的写法见编辑手册「正文的写法」')
				: one(`<${name}>`, `没有「${name}」这个组件`, `删去这个标签；文章里可以用的是 ${componentList}`);
		}
		default:
			return [];
	}
}

/** Every node of a tree in document order, without recursion. */
function* nodesOf(tree: Root): Generator<Nodes> {
	const stack: Nodes[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		yield node;
		if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
	}
}

/** Every place where a body leaves the declared subset, in document order. */
export function mdxSubsetProblems(tree: Root): SubsetProblem[] {
	const problems: SubsetProblem[] = [];
	for (const node of nodesOf(tree)) problems.push(...nodeProblems(node));
	return problems;
}

/** Each `<Name attr="…">` use of a component, with its literal props, for the cross-file checks. */
export function componentUses(tree: Root, name: ComponentName): { offset: number; props: Record<string, string> }[] {
	const uses: { offset: number; props: Record<string, string> }[] = [];
	for (const node of nodesOf(tree))
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) {
			// No prototype: an attribute named __proto__ is a prop like any other.
			const props: Record<string, string> = Object.create(null);
			for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') props[a.name] = a.value;
			uses.push({ offset: node.position?.start.offset ?? 0, props });
		}
	return uses;
}

/**
 * The same rules as a remark plugin, inside the build's MDX compiler: if a file ever reached the
 * compiler without passing the content check (a dev server's edit, a new code path), it still
 * cannot compile, so it cannot run.
 */
export function remarkMdxSubset() {
	return (tree: Root, file: { path?: string }) => {
		const problems = mdxSubsetProblems(tree);
		if (problems.length === 0) return;
		const lines = problems.map((p) => `${file.path ?? 'MDX'}: ${p.field}: ${p.problem}；${p.suggestion}`);
		throw new Error(`文章超出了允许的写法，已停止：\n${lines.join('\n')}`);
	};
}
