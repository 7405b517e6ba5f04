/**
 * The web editor at /admin/ (Decap CMS, from npm, served by the site itself: no CDN, which
 * readers and editors in mainland China may not reach). Nothing of it is a page of the site: no
 * reader page loads a byte of it, and it is in no sitemap, feed or search index. Its files:
 * - index.html: the shell, in Chinese, `noindex`, with its own Content-Security-Policy;
 * - config.yml: the collections and fields, made from the schemas (editor/cms-config.ts);
 * - decap-cms.js and its chunks, as the decap-cms package ships them;
 * - editor.js: src/admin/editor.ts bundled, which teaches Decap the site's MDX files;
 * - phone.css: src/admin/phone.css, the editing page laid out for a phone's width.
 * `npm run build` writes them into dist/admin/; `npm run dev` serves them, with the local
 * backend (`npm run admin` starts decap-server) writing straight into content/.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { SITE } from '../../site.config';
import { promos, promoTitles, sections, series } from '../editor/content-lists';
import { cmsConfig, type CmsBackend } from '../editor/cms-config';
import { PHONE_SCREEN } from '../editor/phone-screen';
import { previewStyle } from '../editor/preview-style';

/** The Content-Security-Policy of /admin/ alone: Decap sets inline styles and talks to the Git host. */
export function adminCsp(backend: CmsBackend = {}): string {
	// The repository's API: GitHub's, or the newsroom's own Gitea or Forgejo server.
	const api = backend.giteaUrl ?? 'https://api.github.com https://github.com';
	return [
		"default-src 'self'",
		// Decap validates its configuration with ajv, which compiles code from strings: on /admin/ only.
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
		// blob: a picture uploaded is read back from the browser's memory to be sent.
		`connect-src 'self' blob: http://127.0.0.1:8081 http://localhost:8081 ${api}`,
		"font-src 'self' data:",
		"frame-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** The shell of /admin/. */
export const adminPage = (backend: CmsBackend = {}) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${adminCsp(backend)}">
<title>编辑部 · 内蒙古晨报 · 乌兰察布</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link href="phone.css" rel="stylesheet" media="${PHONE_SCREEN}">
</head>
<body>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
<script src="editor.js"></script>
</body>
</html>
`;

const decapDist = () => dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** The files of /admin/, by name. `local`: a dev server's, whose local backend writes content/ straight away (no review). */
export async function adminFiles(
	root: string,
	{ local, backend }: { local: boolean; backend?: CmsBackend },
): Promise<Map<string, string | Uint8Array>> {
	const files = new Map<string, string | Uint8Array>([['index.html', adminPage(backend)]]);
	// Set before decap-cms.js runs, so editor.js can register the site's formats first, then start it.
	files.set('manual-init.js', 'window.CMS_MANUAL_INIT = true;\n');
	const sectionList = sections(root);
	const promoList = promos(root);
	const config = cmsConfig(backend, sectionList);
	if (local) delete config['publish_mode'];
	files.set('config.yml', stringify(config, { lineWidth: 0 }));
	files.set('preview.css', previewStyle(root));
	files.set('phone.css', readFileSync(join(root, 'src/admin/phone.css'), 'utf8'));
	const dist = decapDist();
	for (const name of readdirSync(dist)) if (/^(\d+\.)?decap-cms\.js$/.test(name)) files.set(name, readFileSync(join(dist, name)));
	const bundle = await build({
		entryPoints: [join(root, 'src/admin/editor.ts')],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'silent',
		platform: 'browser',
		// The check (content/entry-check.ts) in the browser: the other files' ids, as the gate reads them.
		define: {
			CONTENT_IDS: JSON.stringify({
				sections: sectionList,
				series: series(root).map((entry) => entry.id),
				// The ads only on this machine: a deployed /admin/ is public, and would list draft ads.
				...(local ? { promos: promoList.map((entry) => entry.id) } : {}),
			}),
			// A deployed editor names only the ads readers can see; a draft's title stays on this machine.
			PROMO_TITLES: JSON.stringify(promoTitles(promoList, { local, now: new Date() })),
			// site.config.ts reads the deployment's settings; the check needs none of them.
			'process.env': '{}',
		},
		// Picture paths are judged with POSIX paths, as under Node (content/pictures.ts).
		alias: { 'node:path': 'path-browserify' },
	});
	files.set('editor.js', bundle.outputFiles[0]!.contents);
	return files;
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	yml: 'text/yaml; charset=utf-8',
	css: 'text/css; charset=utf-8',
};

export default function webEditor(basePath: string): AstroIntegration {
	let root = process.cwd();
	const prefix = `${basePath}admin/`;
	return {
		name: 'web-editor',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:server:setup': ({ server }) => {
				let files: Promise<Map<string, string | Uint8Array>> | undefined;
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					if (!path.startsWith(prefix)) return next();
					files ??= adminFiles(root, { local: true });
					void files.then((all) => {
						const name = path.slice(prefix.length) || 'index.html';
						const file = all.get(name);
						if (!file) return next();
						response.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
						response.end(file);
					}, next);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = join(fileURLToPath(dir), 'admin');
				mkdirSync(out, { recursive: true });
				let bytes = 0;
				for (const [name, file] of await adminFiles(root, { local: false, backend: SITE.editorBackend })) {
					writeFileSync(join(out, name), file);
					bytes += typeof file === 'string' ? Buffer.byteLength(file) : file.length;
				}
				logger.info(`网页编辑器 /admin/：${(bytes / 1024 / 1024).toFixed(1)} MB（读者页面不加载）`);
			},
		},
	};
}
