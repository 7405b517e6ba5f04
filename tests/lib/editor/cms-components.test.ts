import { describe, expect, test } from 'vitest';
import { componentUses, mdxSubsetProblems, parseMdx } from '../../../src/lib/content/mdx-subset';
import { EDITOR_COMPONENTS } from '../../../src/lib/editor/cms-components';

const component = (id: string) => EDITOR_COMPONENTS.find((entry) => entry.id === id)!;
const HOSTILE = '引号"和{表达式}<script>alert(1)</script>&amp;\n换行';

/** What the gate reads of a body: its problems, and each component's props. */
function gateReads(body: string) {
	const tree = parseMdx(body);
	return {
		problems: mdxSubsetProblems(tree).map((problem) => problem.problem),
		figure: componentUses(tree, 'Figure').map((use) => use.props),
		promo: componentUses(tree, 'Promo').map((use) => use.props),
	};
}

describe('the editor’s component buttons write MDX the gate accepts, and read it back', () => {
	test('the three components, labelled in Chinese, each a component the articles may use', () => {
		expect(EDITOR_COMPONENTS.map((entry) => [entry.id, entry.label])).toEqual([
			['PullQuote', '引语'],
			['Figure', '图片'],
			['Promo', '广告'],
		]);
	});

	test('a picture: the props in order, the empty ones left out; the gate reads the same props', () => {
		const data = { src: './images/huoshan.jpg', alt: '乌兰哈达火山', caption: '', credit: '记者 王芳 摄' };
		const block = component('Figure').toBlock(data);
		expect(block).toBe('<Figure src="./images/huoshan.jpg" alt="乌兰哈达火山" credit="记者 王芳 摄" />');
		expect(gateReads(block)).toEqual({
			problems: [],
			figure: [{ src: './images/huoshan.jpg', alt: '乌兰哈达火山', credit: '记者 王芳 摄' }],
			promo: [],
		});
		expect(component('Figure').fromBlock(block.match(component('Figure').pattern)!)).toEqual({
			src: './images/huoshan.jpg',
			alt: '乌兰哈达火山',
			credit: '记者 王芳 摄',
		});
	});

	test('quotes, braces, tags and line breaks typed into a form stay text: accepted by the gate, read back as typed', () => {
		const block = component('Figure').toBlock({ src: './images/a.jpg', alt: HOSTILE });
		const { problems, figure } = gateReads(block);
		expect(problems).toEqual([]);
		expect(figure).toEqual([{ src: './images/a.jpg', alt: HOSTILE.replace('\n', ' ') }]);
		expect(component('Figure').fromBlock(block.match(component('Figure').pattern)!)['alt']).toBe(HOSTILE.replace('\n', ' '));
	});

	test('a pull quote: its text is prose with MDX’s code characters made full-width; its speaker a prop', () => {
		const block = component('PullQuote').toBlock({ text: '要把{专项斗争}推向<纵深>', cite: '市委书记' });
		expect(block).toBe('<PullQuote cite="市委书记">要把｛专项斗争｝推向＜纵深></PullQuote>');
		expect(gateReads(block).problems).toEqual([]);
		expect(component('PullQuote').fromBlock(block.match(component('PullQuote').pattern)!)).toEqual({
			cite: '市委书记',
			text: '要把｛专项斗争｝推向＜纵深>',
		});
	});

	test('an ad, chosen from the ads there are', () => {
		const promo = component('Promo');
		expect(promo.fields[0]).toMatchObject({ widget: 'relation', collection: 'promos' });
		const block = promo.toBlock({ id: 'jiangnan-study-tour' });
		expect(block).toBe('<Promo id="jiangnan-study-tour" />');
		expect(gateReads(block)).toEqual({ problems: [], figure: [], promo: [{ id: 'jiangnan-study-tour' }] });
		expect(promo.fromBlock(block.match(promo.pattern)!)).toEqual({ id: 'jiangnan-study-tour' });
	});
});
