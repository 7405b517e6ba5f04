import { describe, expect, test } from 'vitest';
import SeriesSteps from '../../src/components/SeriesSteps.astro';
import { render } from '../helpers/render';

const installment = (id: string, label: string) => ({ id, label, href: `/articles/${id}/` });

describe('SeriesSteps: previous and next installments at the end of an article', () => {
	test('links both neighbours, labelled and in reading order', async () => {
		const dom = await render(SeriesSteps, {
			previous: installment('one', '政治站位篇'),
			next: installment('three', '综合治理篇'),
		});
		expect(dom.querySelector('nav')?.getAttribute('aria-label')).toBe('本系列上一篇和下一篇');
		expect(dom.querySelectorAll('a').map((a) => [a.getAttribute('rel'), a.text, a.getAttribute('href')])).toEqual([
			['prev', '上一篇：政治站位篇', '/articles/one/'],
			['next', '下一篇：综合治理篇', '/articles/three/'],
		]);
	});

	test('the first installment has only a next link', async () => {
		const dom = await render(SeriesSteps, { next: installment('two', '依法严惩篇') });
		expect(dom.querySelectorAll('a').map((a) => a.getAttribute('rel'))).toEqual(['next']);
	});

	test('a series of one renders nothing', async () => {
		const dom = await render(SeriesSteps, {});
		expect(dom.querySelector('nav')).toBeNull();
	});
});
