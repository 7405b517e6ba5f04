/** An ad's details keep to the plain Markdown it may hold (plain-markdown.ts), placed in the file as written. */
import { parsePlainMarkdown, plainMarkdownProblems } from '../plain-markdown';
import { valueOffset } from '../source';
import { entriesOf, type GateContext } from './context';

export function promoDetailsRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'promo')) {
		const data = context.parsed.get(entry.path) as { details?: string } | undefined;
		const source = context.sources.get(entry.path);
		if (data?.details === undefined || !source) continue;
		// The schema trimmed the text; the place is found in the text as written.
		const written = (source.yaml.data as { details: string }).details;
		const lead = written.length - written.trimStart().length;
		for (const problem of plainMarkdownProblems(parsePlainMarkdown(data.details)))
			context.report.at(entry.path, valueOffset(source, ['details'], lead + problem.offset), 'details', problem.problem, problem.suggestion);
	}
}
