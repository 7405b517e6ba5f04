/** House style: every picture in an article has a caption (a warning: the page still builds). */
import { componentUses } from '../mdx-subset';
import type { GateContext } from './context';

export function figureCaptionsRule(context: GateContext): void {
	for (const [path, tree] of context.trees) {
		const body = context.sources.get(path)?.body;
		for (const { offset, props } of componentUses(tree, 'Figure'))
			if (!props['caption'])
				context.report.at(path, (body?.start ?? 0) + offset, '<Figure caption>', '<Figure> 没有图注', '加上 caption="图注"', 'warning');
	}
}
