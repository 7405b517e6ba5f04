import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, displayPath, problemLine, schemaErrorLines } from './content-errors';
import { splitFrontmatter } from '../editor/mdx-regions';

/** Fields that hold dates, at the top level of an entry. */
export const DATE_FIELDS = ['pubDate', 'updatedDate', 'validFrom', 'validThrough'] as const;

const DATE_FIELD_LINE = new RegExp(`^(${DATE_FIELDS.join('|')}):[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, 'gm');

/**
 * The date fields exactly as the editor wrote them. YAML turns `2019-07-01` and
 * `2019-07-01T08:00:00+08:00` into Dates that cannot be told apart afterwards, and rolls
 * `2019-13-45` over into 2020; the schema reads the written text instead.
 */
export function writtenDates(fileText: string): Record<string, string> {
	const yaml = splitFrontmatter(fileText).frontmatter ?? fileText;
	return Object.fromEntries(
		[...yaml.matchAll(DATE_FIELD_LINE)].map((match) => [match[1], (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2')]),
	);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Problems the schema cannot see because they are in the file, not the data: text that is not
 * UTF-8 (a file saved as GBK turns into mojibake), and pictures named in fields that do not exist
 * (caught here so the error names the article, not just the picture).
 */
export function fileProblems(file: string, bytes: Uint8Array, data: Record<string, unknown>): string[] {
	try {
		utf8.decode(bytes);
	} catch {
		return [problemLine(file, '(整个文件)', '文件不是 UTF-8 编码（可能存成了 GBK）；请在编辑器里“另存为” UTF-8')];
	}
	const pictures: [string, unknown][] = [
		['cover', data['cover']],
		['qr.image', (data['qr'] as Record<string, unknown> | undefined)?.['image']],
	];
	return pictures
		.filter(([, path]) => typeof path === 'string' && !/^https?:/.test(path) && !existsSync(join(dirname(file), path)))
		.map(([field, path]) =>
			problemLine(file, field, `找不到图片 ${String(path)}（相对于这个文件所在的文件夹）；请把图片放到文章旁边，或改正路径`),
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
					// One entry per file (articles, series, promos); sections.yaml holds a list.
					const ownFile =
						props.filePath && /\.(mdx?|ya?ml)$/.test(props.filePath) && !file.endsWith('sections.yaml')
							? props.filePath
							: undefined;
					const bytes = ownFile ? readFileSync(ownFile) : undefined;
					const broken = bytes ? fileProblems(file, bytes, props.data) : [];
					if (broken.length > 0) {
						problems.push(...broken);
						return props.data;
					}
					const dates = bytes ? writtenDates(new TextDecoder().decode(bytes)) : {};
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
