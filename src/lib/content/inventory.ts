/**
 * Every file under content/ is published content or an error naming it: what each file is,
 * from where it lies and what it is called. Ids come from file names only, and two names that
 * differ only in case or Unicode form would be one address on some systems: both are named.
 */
import { ID_PATTERN } from '../slug';
import type { Diagnostic } from './diagnostics';
import { LIMITS } from './limits';
import { PICTURE_EXTENSIONS, PICTURE_FILE } from './pictures';

export type EntryKind = 'article' | 'series' | 'promo' | 'sections';

export interface InventoryEntry {
	path: string;
	kind: EntryKind | 'picture';
	/** The id an article, series or promo gets: its file name without extension. */
	id: string;
}

/** Where each kind of file lives: a folder directly under content/ and the names it takes. */
const PLACES: { kind: EntryKind | 'picture'; pattern: RegExp }[] = [
	{ kind: 'sections', pattern: /^content\/sections\.yaml$/ },
	{ kind: 'article', pattern: /^content\/articles\/([^/]+)\.mdx$/ },
	{ kind: 'series', pattern: /^content\/series\/([^/]+)\.yaml$/ },
	{ kind: 'promo', pattern: /^content\/promos\/([^/]+)\.yaml$/ },
	{ kind: 'picture', pattern: /^content\/(?:articles\/images|promos(?:\/images)?)\/([^/]+)$/ },
];

const typeList = PICTURE_EXTENSIONS.map((e) => `.${e}`).join('、');
const FOLDER_EXTENSION: Record<string, string> = { articles: '.mdx', series: '.yaml', promos: '.yaml' };
/** Picture names: ASCII, so every tool and server handles the path. */
const PICTURE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function strayProblem(path: string): { problem: string; suggestion: string } {
	const [, folder = '', ...rest] = path.split('/');
	const expected = Object.hasOwn(FOLDER_EXTENSION, folder) ? FOLDER_EXTENSION[folder] : undefined;
	if (expected && rest.length === 1)
		return {
			problem: `content/${folder}/ 里只能放 ${expected} 文件${folder === 'promos' ? `和图片（${typeList}）` : ''}，这个文件不会被发布`,
			suggestion: `改为 ${expected} 文件，或移出 content/`,
		};
	if (expected && rest.length > 1)
		return {
			problem: `content/${folder}/ 不能有子文件夹${folder === 'articles' ? '（图片放在 articles/images/）' : ''}，这个文件不会被发布`,
			suggestion: `移到 content/${folder}/ 下`,
		};
	return {
		problem: '不是内容文件，不会被发布',
		suggestion: 'content/ 里只放 sections.yaml、articles/*.mdx、series/*.yaml、promos/*.yaml 和它们的图片；别的文件请移出',
	};
}

export function takeInventory(paths: readonly string[]): { entries: InventoryEntry[]; diagnostics: Diagnostic[] } {
	const entries: InventoryEntry[] = [];
	const diagnostics: Diagnostic[] = [];
	const error = (file: string, field: string, problem: string, suggestion: string) =>
		diagnostics.push({ file, line: 1, column: 1, severity: 'error', field, problem, suggestion });
	for (const path of paths) {
		// A picture beside promos' YAML must look like one; anything else there is a stray file.
		const place = PLACES.find(
			(candidate) =>
				candidate.pattern.test(path) && (candidate.kind !== 'picture' || path.includes('/images/') || PICTURE_FILE.test(path)),
		);
		const name = place ? (place.pattern.exec(path)?.[1] ?? '') : '';
		const fileName = path.slice(path.lastIndexOf('/') + 1);
		if ([...fileName].length > LIMITS.fileNameChars)
			error(path, '文件名', `文件名太长（${[...fileName].length} 个字符），最多 ${LIMITS.fileNameChars} 个`, '改一个短些的文件名');
		else if (!place) {
			const { problem, suggestion } = strayProblem(path);
			error(path, '', problem, suggestion);
		} else if (place.kind === 'picture') {
			if (!PICTURE_FILE.test(name))
				error(path, '', `不是图片文件，不会被发布（图片应为 ${typeList}）`, '移出 content/');
			else if (!PICTURE_NAME.test(name))
				error(path, '', `图片文件名「${name}」应只用英文字母、数字、-、_ 和 .`, '改名，如 huichang-1.jpg');
			else entries.push({ path, kind: 'picture', id: name });
		} else if (place.kind !== 'sections' && !ID_PATTERN.test(name)) {
			error(
				path,
				'文件名',
				`文件名「${name}」不能作编号：应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里`,
				'改文件名',
			);
		} else entries.push({ path, kind: place.kind, id: name });
	}
	// Names that one file system keeps apart and another merges (Foo.mdx, foo.mdx; full-width letters).
	const byKey = new Map<string, string[]>();
	for (const path of paths) {
		const key = path.normalize('NFKC').toLowerCase();
		byKey.set(key, [...(byKey.get(key) ?? []), path]);
	}
	for (const same of byKey.values()) {
		if (same.length < 2) continue;
		for (const path of same)
			error(
				path,
				'文件名',
				`与 ${same.filter((other) => other !== path).join('、')} 只差大小写或全半角，在有的系统上是同一个文件`,
				'保留一个，另一个改名或删除',
			);
	}
	return { entries, diagnostics };
}
