import { describe, expect, test } from 'vitest';
import { parsePlainMarkdown, plainMarkdownProblems } from '../../../src/lib/content/plain-markdown';

const problemsOf = (markdown: string) => plainMarkdownProblems(parsePlainMarkdown(markdown));

describe('plainMarkdownProblems: what an ad’s details may not contain', () => {
	test.each(['![行程图](./a.jpg)', '![行程图][a]\n\n[a]: ./a.jpg'])('a picture (%s), with what to do', (markdown) => {
		expect(problemsOf(markdown)).toEqual([
			{ offset: 0, problem: '详情里不能放图片', suggestion: '删去 ![…](…)；广告的图片只有二维码（qr.image）' },
		]);
	});

	test('plain paragraphs, lists and ## headings pass', () => {
		expect(problemsOf('## 行程\n\n- 第一天：苏州\n- 第二天：杭州\n\n费用另计。\n')).toEqual([]);
	});
});
