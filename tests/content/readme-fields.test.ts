import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { articleSchema } from '../../src/lib/content/schema';

test('the README’s article field table lists exactly the schema’s fields, in order', () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('## Writing an article'), readme.indexOf('## Adding an ad'));
	const documented = [...section.matchAll(/^\|\s*`(\w+)`\s*\|/gm)].map((match) => match[1]);
	const schema = articleSchema({ image: () => z.object({}), reference: () => z.string() });
	expect(documented).toEqual(Object.keys(schema.shape));
});
