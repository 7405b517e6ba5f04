/**
 * An article's body: it parses as MDX, keeps to the subset (mdx-subset.ts), every <Figure src>
 * names a picture that is there, and every <Promo id> an ad that exists, once per article (the
 * ads in its promos field count). The trees it parses are left in the context for later rules.
 */
import { bodyLimitProblem, LIMITS, tooDeep } from '../limits';
import { ARTICLE_FOLDER } from '../pictures';
import { componentUses, mdxSubsetProblems, parseMdx } from '../mdx-subset';
import { entriesOf, type GateContext, unknownId, usePicture } from './context';
import { referencesOf } from './references';

/** MDX's reason without its own places, which count from the body, not the file. */
export const reasonOf = (error: unknown) =>
	((error as { reason?: string }).reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');

export function articleBodyRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'article')) {
		const body = context.sources.get(entry.path)?.body;
		if (!body) continue;
		const at = (offset: number, field: string, problem: string, suggestion = '') =>
			context.report.at(entry.path, body.start + offset, field, problem, suggestion);
		// Over a limit, the body is not parsed (nor its pictures known: none is then called unused).
		const limit = bodyLimitProblem(body.text);
		if (limit) {
			at(limit.offset, '', limit.problem, limit.suggestion);
			context.unread = true;
			continue;
		}
		let tree;
		try {
			tree = parseMdx(body.text);
		} catch (error) {
			const place = (error as { place?: { offset?: number; start?: { offset?: number } } }).place;
			at(
				place?.start?.offset ?? place?.offset ?? 0,
				'MDX',
				`正文写法有误（${reasonOf(error)}）`,
				'检查标签是否成对闭合；正文里的 < 和 { 请写成全角 ＜ ｛',
			);
			context.unread = true;
			continue;
		}
		const deep = tooDeep(tree);
		if (deep !== undefined) {
			at(deep, '', `正文的格式嵌套太深（超过 ${LIMITS.treeDepth} 层）`, '减少层层套用的粗体、斜体、标签或列表');
			context.unread = true;
			continue;
		}
		context.trees.set(entry.path, tree);
		for (const problem of mdxSubsetProblems(tree)) at(problem.offset, problem.field, problem.problem, problem.suggestion);
		for (const { offset, props } of componentUses(tree, 'Figure'))
			if (props['src'] !== undefined)
				usePicture(context, props['src'], ARTICLE_FOLDER, (problem, suggestion) => at(offset, '<Figure src>', problem, suggestion));
		const placed = new Set(referencesOf(context.sources.get(entry.path)?.yaml.data).promos);
		for (const { offset, props } of componentUses(tree, 'Promo')) {
			const id = props['id'];
			if (id === undefined) continue;
			if (!context.promoIds.includes(id)) at(offset, '<Promo id>', unknownId('找不到广告', id, context.promoIds));
			else if (placed.has(id)) at(offset, '<Promo id>', `广告「${id}」在本文中已经出现过`, '同一广告每篇只放一次');
			placed.add(id);
		}
	}
}
