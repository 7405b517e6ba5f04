/**
 * npm run admin: the web editor on this computer. Starts its local backend (editor/local-backend.ts)
 * and says, in Chinese, what to do next; runs until Ctrl+C.
 */
import { startLocalBackend } from '../editor/local-backend';
import { type Command, fail } from './command';

export const admin: Command = async (_argv, { root, log }) => {
	const backend = await startLocalBackend(root).catch((error: Error) => fail(error.message));
	log('网页编辑器的本机后台已启动（只有这台电脑能连上）。');
	log('另开一个终端运行 npm run dev，再用浏览器打开 http://localhost:4321/admin/ ，点“登录”。');
	log('在这里保存的稿件直接写进 content/ 文件夹，npm run dev 的预览随之更新。按 Ctrl+C 停止。');
	return (await backend.exited) === 0 ? 0 : 1;
};
