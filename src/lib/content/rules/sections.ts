/**
 * The sections file is there, no two sections share an id, and each section has an article
 * published now: the site shows a section (its page, its place in the navigation and on the front
 * page) only then (site/site-data.ts), so an editor who adds one is told why it is not there yet.
 */
import { isPublished } from '../publication';
import { entriesOf, type GateContext } from './context';

export function sectionsRule(context: GateContext): void {
	const files = entriesOf(context, 'sections');
	if (files.length === 0)
		context.report.at('content/sections.yaml', 0, '', '缺少栏目文件 content/sections.yaml', '新建它，列出各栏目的 id 和 name');
	const shown = new Set<string>();
	for (const entry of entriesOf(context, 'article')) {
		const data = context.parsed.get(entry.path) as { section: string; draft: boolean; pubDate: Date } | undefined;
		if (data && isPublished(data, context.now)) shown.add(data.section);
	}
	for (const entry of files)
		((context.parsed.get(entry.path) ?? []) as { id: string; name: string }[]).forEach((section, index) => {
			const first = context.sectionIds.get(section.id) ?? index;
			if (first !== index)
				context.report.field(entry.path, [index, 'id'], `栏目编号「${section.id}」重复（第 ${first + 1} 项已用过）`, '每个栏目的编号应不同');
			else if (!shown.has(section.id))
				context.report.field(
					entry.path,
					[index, 'id'],
					`栏目「${section.name}」还没有已发布的文章，网站暂不显示它（导航、首页和栏目页都没有）`,
					`发布一篇 section: ${section.id} 的文章后，它会自动出现`,
					'warning',
				);
		});
}
