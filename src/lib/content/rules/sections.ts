/** The sections file is there, and no two sections share an id. */
import { entriesOf, type GateContext } from './context';

export function sectionsRule(context: GateContext): void {
	const files = entriesOf(context, 'sections');
	if (files.length === 0)
		context.report.at('content/sections.yaml', 0, '', '缺少栏目文件 content/sections.yaml', '新建它，列出各栏目的 id 和 name');
	for (const entry of files)
		((context.parsed.get(entry.path) ?? []) as { id: string }[]).forEach((section, index) => {
			const first = context.sectionIds.get(section.id) ?? index;
			if (first !== index)
				context.report.field(entry.path, [index, 'id'], `栏目编号「${section.id}」重复（第 ${first + 1} 项已用过）`, '每个栏目的编号应不同');
		});
}
