import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/lib/content/diagnostics';
import { contentPreview, previewPage, previewSummary, previewText, STATUS_PATH } from '../../../src/lib/pipeline/content-preview';

const ERROR: Diagnostic = {
	file: 'content/articles/huoshan.mdx',
	line: 4,
	column: 10,
	severity: 'error',
	field: 'pubDate',
	problem: '「2019年7月1日」不是有效日期 <script>alert(1)</script>',
	suggestion: '写成 2019-07-01',
};
const WARNING: Diagnostic = {
	...ERROR,
	line: 9,
	column: 1,
	severity: 'warning',
	field: '',
	problem: '中文里用了英文直引号「"」',
	suggestion: '',
};

describe('previewPage: what the browser shows while content has errors', () => {
	const page = () => parse(previewPage([ERROR, WARNING], 7, '/news/'));

	test('a Chinese page that says how many errors, with each problem’s place, field, words and fix', () => {
		const dom = page();
		expect(dom.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
		expect(dom.querySelector('h1')?.text).toBe('内容有 1 处错误，页面暂不显示');
		expect(dom.querySelector('main > p')?.text).toBe(
			'改正下面的问题并保存文件，这一页会自动刷新，恢复成网站的页面。另有 1 处提醒，不影响发布。',
		);
		const [first, second] = dom.querySelectorAll('li');
		expect(first?.getAttribute('class')).toBe('error');
		expect(first?.querySelector('.place')?.text).toBe('错误content/articles/huoshan.mdx:4:10（第 4 行第 10 列）');
		expect(first?.querySelector('.problem')?.text).toBe('pubDate：「2019年7月1日」不是有效日期 <script>alert(1)</script>');
		expect(first?.querySelector('.fix')?.text).toBe('怎么改：写成 2019-07-01');
		expect(second?.getAttribute('class')).toBe('warning');
		expect(second?.querySelector('.place')?.text).toMatch(/^提醒/);
		expect(second?.querySelector('.problem')?.text).toBe('中文里用了英文直引号「"」');
		expect(second?.querySelector('.fix')).toBeNull();
		expect(dom.querySelector('main')?.text).toContain('docs/editor-handbook.md 的「出错了怎么办」一节');
	});

	test('the editor’s words are text: the only script is the page’s own', () => {
		const html = previewPage([ERROR], 0, '/');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(parse(html).querySelectorAll('script')).toHaveLength(1);
		expect(html).not.toContain('另有');
	});

	test('the page asks for the check’s state under the base path and reloads when the version changes', () => {
		const script = page().querySelector('script')?.text ?? '';
		expect(script).toContain('const version = 7;');
		expect(script).toContain(`fetch("/news/${STATUS_PATH}"`);
		expect(script).toContain('if (state.version !== version) location.reload();');
		expect(previewPage([ERROR], 0, '/news')).toContain(`fetch("/news/${STATUS_PATH}"`);
	});
});

describe('previewText: what any request but a page gets while content has errors', () => {
	test('the count of errors, each problem as the terminal gives it, and where the handbook explains them', () => {
		expect(previewText([ERROR, WARNING])).toBe(
			'内容有 1 处错误，预览暂停；改正并保存后自动恢复：\n' +
				'content/articles/huoshan.mdx:4:10: 错误 pubDate：「2019年7月1日」不是有效日期 <script>alert(1)</script> → 写成 2019-07-01\n' +
				'content/articles/huoshan.mdx:9:1: 提醒 中文里用了英文直引号「"」\n' +
				'每种错误怎么改，见编辑手册 docs/editor-handbook.md「出错了怎么办」。\n',
		);
	});
});

describe('previewSummary', () => {
	test.each([
		[[ERROR, ERROR, WARNING], false, '内容有 2 处错误，预览先显示错误清单；改正并保存后页面自动恢复'],
		[[WARNING], false, '内容检查通过'],
		[[], true, '内容检查通过，预览已恢复'],
	] as const)('%#', (diagnostics, hadErrors, expected) => {
		expect(previewSummary(diagnostics, hadErrors)).toBe(expected);
	});
});

/** A stand-in dev server: a watcher to emit saves on, and the middleware the plugin adds. */
function devServer(root: string, results: Diagnostic[][]) {
	const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add: (path: string) => watcher.added.push(path) });
	let middleware: (req: unknown, res: unknown, next: () => void) => void = () => {};
	const logged: string[] = [];
	const logger = {
		info: (m: string) => logged.push(`info ${m}`),
		warn: (m: string) => logged.push(`warn ${m}`),
		error: (m: string) => logged.push(`error ${m}`),
	};
	let checks = 0;
	const plugin = contentPreview({
		root,
		base: '/',
		initial: results[0] ?? [],
		logger,
		check: async (checked) => {
			expect(checked).toBe(root);
			if (results[checks + 1] === undefined) throw new Error('磁盘读不了');
			return { files: 1, diagnostics: results[++checks] ?? [] };
		},
	});
	(plugin.configureServer as (server: unknown) => void)({
		watcher,
		middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
	});
	const request = (url: string, accept = 'text/html') =>
		new Promise<{ status: number; headers: Record<string, string>; body: string; next: boolean }>((resolve) => {
			const headers: Record<string, string> = {};
			const res = {
				statusCode: 200,
				setHeader: (name: string, value: string) => (headers[name] = value),
				end: (body: string) => resolve({ status: res.statusCode, headers, body, next: false }),
			};
			middleware({ url, headers: { accept } }, res, () => resolve({ status: 0, headers, body: '', next: true }));
		});
	return { plugin, watcher, request, logged };
}

describe('contentPreview: the dev server’s pages follow the check', () => {
	const root = '/project';
	test('it watches content/, and a page request passes to the site while there are no errors', async () => {
		const { plugin, watcher, request } = devServer(root, [[WARNING]]);
		expect(plugin.name).toBe('content-preview');
		expect(watcher.added).toEqual([join(root, 'content')]);
		expect((await request('/articles/x/')).next).toBe(true);
	});

	test('with no errors, any request passes to the site', async () => {
		const { request } = devServer(root, [[WARNING]]);
		for (const [url, accept] of [
			['/rss.xml', '*/*'],
			['/_astro/x.css', 'text/css'],
			['/favicon.svg', ''],
		] as const)
			expect((await request(url, accept)).next).toBe(true);
	});

	test('with errors, every page is the error list (503, never cached)', async () => {
		const { request } = devServer(root, [[ERROR]]);
		for (const url of ['/', '/articles/x/?a=1', '/tags/']) {
			const page = await request(url);
			expect(page.status).toBe(503);
			expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(page.headers['cache-control']).toBe('no-store');
			expect(parse(page.body).querySelector('h1')?.text).toBe('内容有 1 处错误，页面暂不显示');
		}
	});

	test('with errors, nothing else reaches the site either: a feed, a picture or a script gets the list as text', async () => {
		const { request } = devServer(root, [[ERROR, WARNING]]);
		for (const [url, accept] of [
			['/rss.xml', '*/*'],
			['/articles/x/qr.svg', 'image/avif,image/webp,*/*'],
			['/_astro/x.css', 'text/css'],
			['/favicon.svg', ''],
		] as const) {
			const answer = await request(url, accept);
			expect(answer.status).toBe(503);
			expect(answer.headers).toEqual({
				'content-type': 'text/plain; charset=utf-8',
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff',
			});
			expect(answer.body).toBe(previewText([ERROR, WARNING]));
		}
	});

	test('a save under content/ runs the check again: the version moves, the pages come back, the terminal says so', async () => {
		const { watcher, request, logged } = devServer(root, [[ERROR], []]);
		const before = JSON.parse((await request(`/${STATUS_PATH}`, '*/*')).body);
		expect(before).toEqual({ version: 0, errors: 1 });
		watcher.emit('change', join(root, 'src/pages/index.astro'));
		watcher.emit('change', join(root, 'contents/x.mdx'));
		expect(JSON.parse((await request(`/${STATUS_PATH}?t=1`, '*/*')).body)).toEqual({ version: 0, errors: 1 });
		watcher.emit('change', join(root, 'content/articles/x.mdx'));
		const status = await request(`/${STATUS_PATH}`, '*/*');
		expect(status.headers).toEqual({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
		expect(JSON.parse(status.body)).toEqual({ version: 1, errors: 0 });
		expect((await request('/')).next).toBe(true);
		expect(logged).toEqual(['info 内容检查通过，预览已恢复']);
	});

	test.each(['add', 'unlink', 'addDir', 'unlinkDir'])('%s under content/ runs the check again', async (event) => {
		const { watcher, request, logged } = devServer(root, [[], [ERROR]]);
		watcher.emit(event, join(root, 'content', 'articles'));
		expect((await request('/')).status).toBe(503);
		expect(logged).toEqual([
			'error content/articles/huoshan.mdx:4:10: 错误 pubDate：「2019年7月1日」不是有效日期 <script>alert(1)</script> → 写成 2019-07-01',
			'error 内容有 1 处错误，预览先显示错误清单；改正并保存后页面自动恢复',
		]);
	});

	test('a burst of saves (a truncate and a write, several files) is checked once, after the last', async () => {
		const { watcher, request, logged } = devServer(root, [[ERROR], []]);
		for (const name of ['a.mdx', 'a.mdx', 'b.yaml']) watcher.emit('change', join(root, 'content', name));
		expect(JSON.parse((await request(`/${STATUS_PATH}`, '*/*')).body)).toEqual({ version: 1, errors: 0 });
		// A second check would have been told the disk cannot be read.
		expect(logged).toEqual(['info 内容检查通过，预览已恢复']);
	});

	test('a check that itself fails keeps the last verdict and says so once', async () => {
		const { watcher, request, logged } = devServer(root, [[ERROR]]);
		watcher.emit('change', join(root, 'content'));
		expect((await request('/')).status).toBe(503);
		expect(JSON.parse((await request(`/${STATUS_PATH}`, '*/*')).body)).toEqual({ version: 0, errors: 1 });
		expect(logged).toEqual(['error 内容检查本身出错（磁盘读不了），请告诉技术同事']);
	});
});
