/**
 * Astro's loaders, fitted to editors' files. Every file has already passed the content gate
 * (gate.ts, run before Astro reads content/), so this only makes Astro read them the gate's way:
 * - the id is the file name, never a `slug:` in the file (the gate refuses one anyway);
 * - the fields are the gate's YAML 1.2 reading, so dates reach the schema as written
 *   (YAML 1.1 turns 2019-13-45 into a day of 2020, and 2019-07-01 into midnight UTC).
 * Should Astro's own schema still refuse an entry, every entry is tried and all problems come out
 * together: a build stops; a dev server (which has a watcher) keeps running without the entry,
 * since the gate's preview (pipeline/content-preview.ts) shows editors what is wrong, and a page
 * must never render an entry the schema refused.
 *
 * A build (no watcher) stores only what is published at the time it runs (`published`): a draft,
 * an article dated later, an ad not running never enter it, so neither do their MDX modules nor
 * their pictures (Astro emits every picture a stored entry names into dist/, linked or not).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { oneLine } from './diagnostics';
import { readSource } from './source';

/** The id of an entry: its file name without extension (glob's `generateId`). */
export function idFromFileName({ entry }: { entry: string }): string {
	return entry.replace(/\.[^./]+$/, '');
}

// Stryker disable next-line StringLiteral: only a Windows path has a backslash to turn into /
const displayPath = (path: string) => (isAbsolute(path) ? relative(process.cwd(), path) : path).split('\\').join('/');

/** The schema's own (Chinese) messages out of Astro's error ("**pubDate**: …" lines under an English heading), or the whole text when it has none. */
export function schemaMessages(text: string): string {
	const lines = text.split('\n').flatMap((line) => {
		const [, field, message] = /^\s*\*\*([^*]+)\*\*: (.*)$/.exec(line) ?? [];
		return field === undefined ? [] : [`${field}：${message}`];
	});
	return lines.length > 0 ? lines.join('；') : text;
}

/** How a loader reads an entry's file by its extension (Astro hands it to the glob loader; not in the public type). */
type EntryTypes = Map<string, { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown> }>;

/**
 * Astro's readers of an entry's file, made to take a file they cannot parse (frontmatter YAML with
 * a full-width colon, say) as one with no fields: on a dev server, such a file would otherwise
 * stop the content sync, and the server, with a stack trace. The entry then fails the schema and
 * is left out (see `refused`), while the gate's preview shows what is wrong in Chinese.
 * `onRead` is told each file's text as Astro read it.
 */
export function forgivingEntryTypes(entryTypes: EntryTypes, onRead: (path: string, text: string) => void = () => {}): EntryTypes {
	return new Map(
		[...entryTypes].map(([extension, entryType]) => [
			extension,
			{
				...entryType,
				getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
					onRead(fileURLToPath(params.fileUrl), params.contents);
					try {
						return await entryType.getEntryInfo(params);
					} catch {
						return { data: {}, body: '', slug: '', rawData: '' };
					}
				},
			},
		]),
	);
}

const entryTypesOf = (context: LoaderContext) => (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;

/** Whether an entry is published at `now`, from its data as the schema made it (publication.ts). */
type Published = (data: never, now: Date) => boolean;

export function editorLoader(loader: Loader, { published }: { published?: Published } = {}): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			const problems: string[] = [];
			// On a dev server, a file is judged by the text Astro read, not read again: an editor's
			// save that writes the file in two steps could otherwise be read half-written here, the
			// entry left out, and Astro, having read it whole, would see nothing new to load.
			const readByAstro = new Map<string, string>();
			const readFile = (path: string) => {
				const text = readByAstro.get(resolve(path));
				return readSource({ path, bytes: text === undefined ? readFileSync(path) : Buffer.from(text) });
			};
			const read = (path: string) => readFile(path).source?.yaml.data;
			// sections.yaml holds a list: each entry's fields, by id, as the gate read them.
			let sections: Map<string, unknown> | undefined;
			const sectionData = (path: string, id: string) => {
				// Stryker disable next-line ConditionalExpression: the list is read once; reading it again gives the same entries
				if (!sections) {
					const list = read(path);
					// Stryker disable next-line ArrayDeclaration: a sections.yaml that is no list has no entry by any section's id either way
					sections = new Map((Array.isArray(list) ? list : []).map((entry: { id?: unknown }) => [String(entry.id), entry]));
				}
				return sections.get(id);
			};
			/** Ids whose data the schema refused: never stored, so no page renders them half-read. */
			const refused = new Set<string>();
			const store = new Proxy(context.store, {
				get: (target, key) => {
					if (key === 'set')
						return (entry: { id: string }) => {
							if (!refused.has(entry.id)) return target.set(entry as Parameters<typeof target.set>[0]);
							target.delete(entry.id);
							return false;
						};
					const value: unknown = Reflect.get(target, key);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			await loader.load({
				...context,
				store,
				...(context.watcher && entryTypesOf(context)
					? { entryTypes: forgivingEntryTypes(entryTypesOf(context)!, (path, text) => readByAstro.set(path, text)) }
					: {}),
				parseData: async (props) => {
					const file = props.filePath ? displayPath(props.filePath) : props.id;
					const own = props.filePath && !file.endsWith('sections.yaml') ? readFile(props.filePath) : undefined;
					// A file the gate cannot read (an invisible character, its size) is left out with the gate's own words.
					if (own && !own.source) {
						refused.add(props.id);
						const words = own.diagnostics.map((d) => `${d.line}:${d.column} ${d.problem}`).join('；');
						if (context.watcher) context.logger.warn(oneLine(`${file} 暂不显示，改正后自动恢复：${words}`));
						else problems.push(oneLine(`${file}: ${words}`));
						return props.data;
					}
					const data = !props.filePath ? props.data : own ? own.source?.yaml.data : sectionData(props.filePath, props.id);
					try {
						const parsed = await context.parseData({ ...props, data: (data ?? props.data) as typeof props.data });
						refused.delete(props.id);
						return parsed;
					} catch (error) {
						refused.add(props.id);
						const message = error instanceof Error ? error.message : String(error);
						// On a dev server, a file saved later is read again through this same function.
						if (context.watcher) context.logger.warn(oneLine(`${file} 暂不显示，改正后自动恢复：${schemaMessages(message)}`));
						else problems.push(`${file}: ${message}`);
						return props.data;
					}
				},
			});
			if (problems.length > 0) throw new Error(`内容有 ${problems.length} 处错误，构建已停止：\n${problems.join('\n')}`);
			// After the inner loader, so an entry it kept unchanged from an earlier run (a dev server's, say) goes too.
			if (published && !context.watcher) {
				const now = new Date();
				for (const [id, entry] of context.store.entries()) if (!published(entry.data as never, now)) context.store.delete(id);
			}
		},
	};
}
