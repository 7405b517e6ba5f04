/**
 * The content gate on the dev server (`npm run dev`): the check runs again on every save under
 * content/, and while any file has errors every page the editor opens is the list of them, in
 * Chinese, with file, line and column — never a framework error page or a stack trace from a
 * half-checked file. The page asks every second whether the content changed, and reloads itself
 * once it has: the moment the file is fixed, the pages come back.
 */
import { isAbsolute, join, relative } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { CONTENT_DIR } from '../content/content-folder';
import { type Diagnostic, formatDiagnostic, SEVERITY_WORDS } from '../content/diagnostics';
import { HANDBOOK } from '../editor/handbook';
import { SITE } from '../../site.config';

/** How long after the last save under content/ the check runs. */
export const SETTLE_MS = 150;

/** Where the page asks for the check's state (under the site's base path). */
export const STATUS_PATH = '__content-check.json';

export interface PreviewLogger {
	info(message: string): void;
	warn(message: string): void;
	error(message: string): void;
}

export interface PreviewOptions {
	/** The project folder. */
	root: string;
	/** The site's base path, e.g. / or /news/. */
	base: string;
	/** The gate's check of the project (gate-step.ts contentVerdict). */
	check: (root: string) => Promise<{ files: number; diagnostics: Diagnostic[] }>;
	/** What the check found when the server started. */
	initial: Diagnostic[];
	logger: PreviewLogger;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const errorsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

/** The one line the terminal gets after each save (the full list is in the browser). */
export function previewSummary(diagnostics: readonly Diagnostic[], hadErrors = false): string {
	const errors = errorsOf(diagnostics).length;
	if (errors > 0) return `内容有 ${errors} 处错误，预览先显示错误清单；改正并保存后页面自动恢复`;
	return hadErrors ? '内容检查通过，预览已恢复' : '内容检查通过';
}

/** What the terminal gets after each check on the dev server: each error's line, then the summary. */
export function reportToTerminal(diagnostics: readonly Diagnostic[], logger: PreviewLogger, hadErrors = false): void {
	const errors = errorsOf(diagnostics);
	for (const d of errors) logger.error(formatDiagnostic(d));
	if (errors.length > 0) logger.error(previewSummary(diagnostics));
	else logger.info(previewSummary(diagnostics, hadErrors));
}

/** The page shown instead of every page while content has errors. */
export function previewPage(diagnostics: readonly Diagnostic[], version: number, base: string): string {
	const errors = errorsOf(diagnostics);
	const warnings = diagnostics.length - errors.length;
	const items = diagnostics
		.map((d) => {
			const field = d.field ? `<code>${escapeHtml(d.field)}</code>：` : '';
			const fix = d.suggestion ? `<p class="fix">怎么改：${escapeHtml(d.suggestion)}</p>` : '';
			return (
				`<li class="${d.severity}"><p class="place"><span class="level">${SEVERITY_WORDS[d.severity]}</span>` +
				`<code>${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</code>（第 ${d.line} 行第 ${d.column} 列）</p>` +
				`<p class="problem">${field}${escapeHtml(d.problem)}</p>${fix}</li>`
			);
		})
		.join('\n');
	const status = JSON.stringify(`${base.replace(/\/?$/, '/')}${STATUS_PATH}`);
	return `<!doctype html>
<html lang="${SITE.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有 ${errors.length} 处错误 - 预览</title>
<style>
body { font: 1rem/1.7 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4rem; color: #a61b1b; }
ol { padding-left: 1.5rem; }
li { margin-bottom: 1rem; padding: .5rem .75rem; border-left: 4px solid #a61b1b; background: #fbf3f3; overflow-wrap: anywhere; }
li.warning { border-color: #8a6d00; background: #fbf8ec; }
p { margin: .25rem 0; }
.level { font-weight: bold; margin-right: .5em; }
code { font-family: ui-monospace, monospace; word-break: break-all; }
.fix { color: #0f4d2a; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #151515; } li { background: #2a1616; } li.warning { background: #29250f; } .fix { color: #8fd6a8; } h1 { color: #ff8a8a; } }
</style>
</head>
<body>
<main>
<h1>内容有 ${errors.length} 处错误，页面暂不显示</h1>
<p>改正下面的问题并保存文件，这一页会自动刷新，恢复成网站的页面。${warnings > 0 ? `另有 ${warnings} 处提醒，不影响发布。` : ''}</p>
<ol>
${items}
</ol>
<p>每种错误怎么改，见编辑手册 <code>${escapeHtml(HANDBOOK.path)}</code> 的「${escapeHtml(HANDBOOK.errors)}」一节。</p>
</main>
<script>
const version = ${version};
setInterval(async () => {
	try {
		const state = await (await fetch(${status}, { cache: 'no-store' })).json();
		if (state.version !== version) location.reload();
	} catch {}
}, 1000);
</script>
</body>
</html>
`;
}

/** What any other request gets while content has errors (a feed reader, a picture, a script): the same list, as text. */
export function previewText(diagnostics: readonly Diagnostic[]): string {
	const lines = diagnostics.map(formatDiagnostic);
	return `内容有 ${errorsOf(diagnostics).length} 处错误，预览暂停；改正并保存后自动恢复：\n${lines.join('\n')}\n每种错误怎么改，见编辑手册 ${HANDBOOK.path}「${HANDBOOK.errors}」。\n`;
}

const isInside = (folder: string, path: string) => {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export function contentPreview({ root, base, check, initial, logger }: PreviewOptions): Plugin {
	let diagnostics = initial;
	/** Counts the checks: the error page reloads when it changes. */
	let version = 0;
	/** The checks run so far, one after another. */
	let running: Promise<void> = Promise.resolve();
	/** A check due once saves stop arriving (an editor's save can be a truncate and a write, seen apart). */
	let due: PromiseWithResolvers<void> | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const contentDir = join(root, CONTENT_DIR);

	const recheck = async () => {
		const hadErrors = errorsOf(diagnostics).length > 0;
		try {
			diagnostics = (await check(root)).diagnostics;
		} catch (error) {
			// The gate refuses what it cannot read; this is a fault of the check itself, said once.
			logger.error(`内容检查本身出错（${error instanceof Error ? error.message : String(error)}），请告诉技术同事`);
			return;
		}
		version++;
		reportToTerminal(diagnostics, logger, hadErrors);
	};

	const saved = () => {
		due ??= Promise.withResolvers<void>();
		clearTimeout(timer);
		timer = setTimeout(() => {
			const done = due;
			due = undefined;
			running = running.then(recheck).then(() => done?.resolve());
		}, SETTLE_MS);
	};

	/** Resolves once no check is due or under way, so no page renders half-checked content. */
	const settled = async () => {
		await due?.promise;
		await running;
	};

	const handle = async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
		const path = (req.url ?? '/').split('?')[0];
		if (path === `/${STATUS_PATH}`) {
			await settled();
			res.setHeader('content-type', 'application/json; charset=utf-8');
			res.setHeader('cache-control', 'no-store');
			res.end(JSON.stringify({ version, errors: errorsOf(diagnostics).length }));
			return;
		}
		await settled();
		if (errorsOf(diagnostics).length === 0) return next();
		// Nothing reaches the site while content has errors: a page, a feed or a picture rendered
		// from a half-checked file would fail in the framework, in English, with a stack trace.
		const page = (req.headers.accept ?? '').includes('text/html');
		res.statusCode = 503;
		res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
		res.setHeader('cache-control', 'no-store');
		res.setHeader('x-content-type-options', 'nosniff');
		res.end(page ? previewPage(diagnostics, version, base) : previewText(diagnostics));
	};

	return {
		name: 'content-preview',
		configureServer(server) {
			server.watcher.add(contentDir);
			for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
				server.watcher.on(event, (path: string) => {
					if (isInside(contentDir, path)) saved();
				});
			server.middlewares.use((req, res, next) => void handle(req, res, next));
		},
	};
}
