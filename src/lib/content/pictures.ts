/**
 * Pictures editors add: which files count as pictures and how a field may name one. Whether a
 * file really is a picture the site can process is picture-decode.ts's to say.
 */
import { posix } from 'node:path';
import { LIMITS } from './limits';
import { nearest } from './nearest';

/** Every picture type the site takes (Figure.astro's glob spells the same list as a literal). */
export const PICTURE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;
/** Lower case only: Figure's glob and some servers tell .JPG from .jpg. */
export const PICTURE_FILE = new RegExp(`\\.(${PICTURE_EXTENSIONS.join('|')})$`);
/** 40 megapixels: well above any camera's picture for the web, far below what exhausts a CI runner. */
export const MAX_PICTURE_PIXELS = 40_000_000;

/** The folder every article is in, so the folder an article's picture paths are read from. */
export const ARTICLE_FOLDER = 'content/articles';

/** The one rule for every picture path (cover, <Figure src>, an ad's QR image), as editors read it. */
export const PICTURE_RULE =
	'图片路径从引用它的文件所在的文件夹算起：文章里写 ./images/图片.jpg（图片放在 content/articles/images/），广告里写 ./图片.png（图片与广告的 .yaml 放在一起）';

export const typeList = PICTURE_EXTENSIONS.map((ext) => `.${ext}`).join('、');

/**
 * What is wrong with how a field names a picture, or undefined. `base` is the folder, under
 * content/, of the file naming it (PICTURE_RULE); the path must stay inside content/ and be a
 * plain file path.
 */
export function picturePathProblem(path: string, base: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//'))
		return `图片「${path}」应为 content/ 里的文件，不能是网址`;
	if (/[?#]/.test(path)) return `图片路径「${path}」不能带 ? 或 #`;
	if (posix.isAbsolute(path) || path.includes('\\')) return `图片路径「${path}」应为相对路径，用 / 分隔`;
	const resolved = posix.normalize(posix.join(base, path));
	if (!resolved.startsWith('content/')) return `图片「${path}」在 content/ 之外`;
	if (!PICTURE_FILE.test(path)) return `图片「${path}」应为 ${typeList} 文件`;
	return undefined;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** A picture file over LIMITS.pictureBytes, in words for editors, or undefined (the gate and the web editor's upload say the same). */
export function pictureBytesProblem(bytes: number): string | undefined {
	if (bytes <= LIMITS.pictureBytes) return undefined;
	return `图片文件太大（${megabytes(bytes)}），每张最多 ${megabytes(LIMITS.pictureBytes)}；请缩小后再放入`;
}

/** The path under the project of a picture a field names (see `picturePathProblem`). */
export function resolvePicture(path: string, base: string): string {
	return posix.normalize(posix.join(base, path));
}

/** How a file in `base` names the picture at `path` (the project's path): ./images/x.jpg. */
export function picturePathFrom(base: string, path: string): string {
	const relative = posix.relative(base, path);
	return relative.startsWith('../') ? relative : `./${relative}`;
}

/**
 * The picture a path that misses probably meant, as the file would write it: by file name (the
 * same, or the nearest), and of several so named, the one under the file's own folder.
 */
export function nearestPicture(missing: string, base: string, pictures: readonly string[]): string | undefined {
	const names = new Set(pictures.map((path) => posix.basename(path)));
	const missingName = posix.basename(missing);
	const name = names.has(missingName) ? missingName : (nearest(missingName, names) ?? missingName);
	const named = pictures.map((path) => picturePathFrom(base, path)).filter((path) => posix.basename(path) === name);
	return named.find((path) => path.startsWith('./')) ?? named[0];
}
