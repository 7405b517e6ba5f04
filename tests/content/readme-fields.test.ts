import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { articleSchema, promoSchema } from '../../src/lib/content/schema';

test('the README’s article field table lists exactly the schema’s fields, in order', () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('## Writing an article'), readme.indexOf('## Adding an ad'));
	const documented = [...section.matchAll(/^\|\s*`(\w+)`\s*\|/gm)].map((match) => match[1]);
	const schema = articleSchema({ image: () => z.object({}), reference: () => z.string() });
	expect(documented).toEqual(Object.keys(schema.shape));
});

test('the README’s ad example names exactly the promo fields the schema has', () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('## Adding an ad'), readme.indexOf('## Deploying'));
	const example = section.slice(section.indexOf('```yaml'), section.indexOf('```', section.indexOf('```yaml') + 3));
	const documented = [...example.matchAll(/^(\w+):/gm)].map((match) => match[1]);
	const schema = promoSchema({ image: () => z.object({}) });
	expect(documented.sort()).toEqual(Object.keys(schema.shape).sort());
});
