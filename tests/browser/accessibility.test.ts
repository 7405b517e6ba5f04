import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, SCHEMES, sitePages, visit } from '../helpers/browser';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, plus axe's best practices (SPEC §6: zero violations). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

afterAll(closeBrowser);

const cases = sitePages().flatMap((path) => SCHEMES.map((scheme) => ({ path, scheme })));

describe('axe-core', () => {
	test.each(cases)('$path, $scheme: no violations', async ({ path, scheme }) => {
		const { page, close } = await visit(path, { colorScheme: scheme, viewport: { width: 390, height: 844 } });
		try {
			const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			const found = violations.flatMap((v) =>
				v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
			);
			expect(found).toEqual([]);
		} finally {
			await close();
		}
	});
});
