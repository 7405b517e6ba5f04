/** No two articles share a title: each is named on the other's title line. */
import { entriesOf, type GateContext } from './context';

export function uniqueTitlesRule(context: GateContext): void {
	const titles = new Map<string, string[]>();
	for (const entry of entriesOf(context, 'article')) {
		const data = context.parsed.get(entry.path) as { title: string } | undefined;
		if (!data) continue;
		const paths = titles.get(data.title);
		if (paths) paths.push(entry.path);
		else titles.set(data.title, [entry.path]);
	}
	for (const [title, paths] of titles) {
		if (paths.length < 2) continue;
		for (const path of paths) {
			const others = paths.filter((other) => other !== path).join('、');
			context.report.field(path, ['title'], `标题与 ${others} 重复：「${title}」`, '每篇文章的标题应不同');
		}
	}
}
