/**
 * The content gate as a build step: before Astro reads a single file under content/ (content
 * collections sync after the config is set up), the whole folder goes through the same check as
 * `npm run content:check` (contentVerdict). On a build, any error stops it here with only the
 * Chinese lines and their count (no framework banner, no stack trace: an editor reads this log),
 * so no file that breaks the rules is compiled, let alone run. On the dev server, the check runs
 * again on every save under content/, and while there are errors every page is the list of them
 * (content-preview.ts) instead of a crash.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentFolder } from '../content/content-folder';
import { ContentError, type Diagnostic, formatDiagnostic } from '../content/diagnostics';
import { checkContent } from '../content/gate';
import { HANDBOOK } from '../editor/handbook';
import { contentPreview, reportToTerminal } from './content-preview';

/** Every problem in the project's content/, as `npm run content:check` and the build see it. */
export async function contentVerdict(
	root: string,
	now: Date = new Date(),
): Promise<{ files: number; diagnostics: Diagnostic[] }> {
	const { files, diagnostics: unreadable } = readContentFolder(root);
	return { files: files.length, diagnostics: [...unreadable, ...(await checkContent(files, now)).diagnostics] };
}

export interface GateOptions {
	/** Ends a build that has errors, once their lines are written: by default exit code 1. */
	stop?: (report: string) => void;
}

/** The default way a build with content errors ends: the report on stderr, exit code 1. */
export const stopBuild = (report: string) => {
	process.stderr.write(`\n${report}\n`);
	process.exit(1);
};

export default function contentGate({ stop = stopBuild }: GateOptions = {}): AstroIntegration {
	return {
		name: 'content-gate',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				if (command !== 'build' && command !== 'dev') return;
				const root = fileURLToPath(config.root);
				const started = performance.now();
				const { files, diagnostics } = await contentVerdict(root);
				for (const warning of diagnostics.filter((d) => d.severity === 'warning')) logger.warn(formatDiagnostic(warning));
				if (command === 'build') {
					if (diagnostics.some((d) => d.severity === 'error'))
						return stop(
							`${new ContentError(diagnostics).message}\n每种错误怎么改，见编辑手册 ${HANDBOOK.path}「${HANDBOOK.errors}」。`,
						);
					return logger.info(`内容检查通过：${files} 个文件，${Math.round(performance.now() - started)} ms`);
				}
				reportToTerminal(diagnostics, logger);
				updateConfig({
					vite: { plugins: [contentPreview({ root, base: config.base, check: contentVerdict, initial: diagnostics, logger })] },
				});
			},
		},
	};
}
