import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, displayPath, schemaErrorLines } from './content-errors';

/** Fields that hold dates, at the top level of an entry. */
export const DATE_FIELDS = ['pubDate', 'updatedDate', 'validFrom', 'validThrough'] as const;

const DATE_FIELD_LINE = new RegExp(`^(${DATE_FIELDS.join('|')}):[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, 'gm');

/**
 * The date fields exactly as the editor wrote them. YAML turns `2019-07-01` and
 * `2019-07-01T08:00:00+08:00` into Dates that cannot be told apart afterwards, and rolls
 * `2019-13-45` over into 2020; the schema reads the written text instead.
 */
export function writtenDates(fileText: string): Record<string, string> {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
	const yaml = frontmatter ? (frontmatter[1] ?? '') : fileText;
	return Object.fromEntries(
		[...yaml.matchAll(DATE_FIELD_LINE)].map((match) => [match[1], (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2')]),
	);
}

/**
 * Wraps a collection loader for editors' files:
 * - date fields are parsed from what was written (see `writtenDates`);
 * - every entry is validated before any error is raised, and all problems come out together,
 *   one line each (`file: field: message`), instead of Astro's first-error-wins report.
 */
export function editorLoader(loader: Loader): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			const problems: string[] = [];
			await loader.load({
				...context,
				parseData: async (props) => {
					const file = displayPath(props.filePath ?? props.id);
					const dates =
						props.filePath && /\.(mdx?|ya?ml)$/.test(props.filePath) ? writtenDates(readFileSync(props.filePath, 'utf8')) : {};
					const data = {
						...props.data,
						...Object.fromEntries(
							Object.keys(dates)
								.filter((key) => key in props.data)
								.map((key) => [key, dates[key]]),
						),
					};
					try {
						return await context.parseData({ ...props, data });
					} catch (error) {
						problems.push(...schemaErrorLines(file, error));
						return props.data;
					}
				},
			});
			if (problems.length > 0) throw new ContentError(problems);
		},
	};
}
