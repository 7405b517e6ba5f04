import { describe, expect, test } from 'vitest';
import { AD_REL, renderPromoDetails } from '../../../src/lib/site/promo-details';

describe('renderPromoDetails: an ad’s Markdown as its page shows it', () => {
	test.each([
		[
			'a table of fees',
			'| 项目 | 费用 |\n| --- | --- |\n| 七日营 | 4980 元 |\n',
			'<table>\n<thead>\n<tr>\n<th>项目</th>\n<th>费用</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>七日营</td>\n<td>4980 元</td>\n</tr>\n</tbody>\n</table>',
		],
		// remark-cjk-friendly: emphasis closing after CJK punctuation still counts.
		[
			'bold that ends in CJK punctuation',
			'**名额有限。**先到先得',
			'<p><strong>名额有限。</strong><span class="para-end">先到先得</span></p>',
		],
		[
			'a link, marked as paid placement',
			'[报名表](https://example.org/form)',
			`<p><span class="para-end"><a href="https://example.org/form" rel="${AD_REL}">报名表</a></span></p>`,
		],
	])('%s', (_name, markdown, html) => {
		expect(renderPromoDetails(markdown)).toBe(html);
	});

	test.each([
		['raw HTML', '第一天<script>alert(1)</script>'],
		['a javascript: link', '[点此](javascript:alert(1))'],
		['an entity-encoded javascript: link', '[点此](java&#x73;cript:alert(1))'],
		['a picture', '![图](https://example.org/a.png)'],
	])('refuses %s even past the content gate', (_name, markdown) => {
		expect(() => renderPromoDetails(markdown)).toThrow(/广告详情超出了允许的写法/);
	});

	test('the refusal names each kind of problem once, in the order met', () => {
		expect(() => renderPromoDetails('![图](https://example.org/a.png) 和 <b>粗</b>，<i>斜</i>')).toThrow(
			new Error('广告详情超出了允许的写法：详情里不能放图片；详情里不能写 HTML 标签'),
		);
	});
});
