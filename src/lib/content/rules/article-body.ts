/**
 * An article's body: it parses as MDX, keeps to the subset (mdx-subset.ts), every <Figure src>
 * names a picture that is there, and every <Promo id> an ad that exists, once per article (the
 * ads in its promos field count). The trees it parses are left in the context for later rules.
 */
import { readBody } from '../body-tree';
import { ARTICLE_FOLDER } from '../pictures';
import { componentUses, mdxSubsetProblems } from '../mdx-subset';
import { entriesOf, type GateContext, unknownId, usePicture } from './context';
import { referencesOf } from './references';

export function articleBodyRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'article')) {
		const body = context.sources.get(entry.path)?.body;
		if (!body) continue;
		const at = (offset: number, field: string, problem: string, suggestion = '') =>
			context.report.at(entry.path, body.start + offset, field, problem, suggestion);
		// Over a limit, the body is not parsed (nor its pictures known: none is then called unused).
		const reading = readBody(body.text);
		if ('problem' in reading) {
			const { offset, field, problem, suggestion } = reading.problem;
			at(offset, field, problem, suggestion);
			context.unread = true;
			continue;
		}
		const { tree } = reading;
		context.trees.set(entry.path, tree);
		for (const problem of mdxSubsetProblems(tree)) at(problem.offset, problem.field, problem.problem, problem.suggestion);
		for (const { offset, props } of componentUses(tree, 'Figure'))
			if (props['src'] !== undefined)
				usePicture(context, props['src'], ARTICLE_FOLDER, (problem, suggestion) => at(offset, '<Figure src>', problem, suggestion));
		const placed = new Set(referencesOf(context.sources.get(entry.path)?.yaml.data).promos);
		for (const { offset, props } of componentUses(tree, 'Promo')) {
			const id = props['id'];
			if (id === undefined) continue;
			if (context.promoIds && !context.promoIds.includes(id))
				at(offset, '<Promo id>', unknownId('找不到广告', id, context.promoIds));
			else if (placed.has(id)) at(offset, '<Promo id>', `广告「${id}」在本文中已经出现过`, '同一广告每篇只放一次');
			placed.add(id);
		}
	}
}
