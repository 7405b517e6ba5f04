/**
 * A picture uploaded in the web editor: taken under a name the gate accepts (inventory.ts:
 * lower-case ASCII, no spaces; a Chinese name becomes its pinyin, as an article's file name
 * does), or refused at once, in Chinese, when the gate would refuse it for its type or size.
 * src/admin/uploads.ts applies it to the file the editor chose.
 */
import { oneLine } from '../content/diagnostics';
import { PICTURE_EXTENSIONS, pictureBytesProblem } from '../content/pictures';
import { articleSlug } from './scaffold';

const TYPES = PICTURE_EXTENSIONS.map((ext) => `.${ext}`).join('、');

/** The name a picture is stored under, or why it is not taken. */
export function uploadVerdict(name: string, bytes: number): { name: string } | { refused: string } {
	// The name is the editor's own text, quoted back on one line: a line break in it is shown as \n.
	const shown = oneLine(name);
	const dot = name.lastIndexOf('.');
	const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	if (!(PICTURE_EXTENSIONS as readonly string[]).includes(ext))
		return { refused: `「${shown}」不是网站能用的图片：请用 ${TYPES} 文件（手机照片 .heic 请先另存为 .jpg）` };
	const tooBig = pictureBytesProblem(bytes);
	if (tooBig) return { refused: `「${shown}」：${tooBig}` };
	const stem = name.slice(0, dot);
	const kept = /^[a-z0-9][a-z0-9_-]*$/.test(stem) ? stem : articleSlug(stem);
	return { name: `${kept || 'tu-pian'}.${ext}` };
}
