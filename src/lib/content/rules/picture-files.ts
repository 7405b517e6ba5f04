/**
 * Every picture under content/ decodes, used or not, so nothing unreadable sits there to be
 * shipped later; one that does not is reported on itself and at every field that uses it. A
 * picture nothing uses is named (a warning). Runs last: it needs every use the rules before noted.
 */
import { pictureProblem } from '../picture-decode';
import type { GateContext } from './context';

const FIX = '用看图软件打开确认，重新导出为 .jpg 或 .png';

export async function pictureFilesRule(context: GateContext): Promise<void> {
	await Promise.all(
		[...(context.pictures ?? [])].map(async (path) => {
			const problem = await pictureProblem(context.bytes.get(path) ?? new Uint8Array());
			if (problem) {
				context.report.at(path, 0, '', problem, FIX);
				for (const complain of context.uses.get(path) ?? []) complain(`图片 ${path} 不能用：${problem}`, FIX);
			} else if (!context.uses.has(path) && !context.unread)
				context.report.at(path, 0, '', '这张图片没有被任何文章或广告使用，不会被发布', '在文章里用 <Figure> 或 cover 引用它，或删除', 'warning');
		}),
	);
}
