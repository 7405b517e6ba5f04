/**
 * The content gate as a build step: before Astro reads a single file under content/ (content
 * collections sync after the config is set up), the whole folder goes through the same check as
 * `npm run content:check`. Any error stops the build here, with every problem on its own line,
 * so no file that breaks the rules is compiled, let alone run.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentFolder } from '../content/content-folder';
import { ContentError, formatDiagnostic } from '../content/diagnostics';
import { doctorContent } from '../editor/doctor';

export default function contentGate(): AstroIntegration {
	return {
		name: 'content-gate',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const started = performance.now();
				const { files, diagnostics: unreadable } = readContentFolder(fileURLToPath(config.root));
				const diagnostics = [...unreadable, ...(await doctorContent(files))];
				for (const warning of diagnostics.filter((d) => d.severity === 'warning')) logger.warn(formatDiagnostic(warning));
				if (diagnostics.some((d) => d.severity === 'error')) throw new ContentError(diagnostics);
				logger.info(`内容检查通过：${files.length} 个文件，${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
