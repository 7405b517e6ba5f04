/**
 * The web editor's own script (/admin/editor.js, bundled by pipeline/web-editor.ts): it teaches
 * Decap CMS, loaded before it, to read and write articles as the site's MDX files
 * (editor/mdx-file.ts) and then starts it with /admin/config.yml.
 */
import { readMdxFile, writeMdxFile } from '../lib/editor/mdx-file';

interface DecapCms {
	registerCustomFormat: (
		name: string,
		extension: string,
		format: { fromFile: (text: string) => unknown; toFile: (value: Record<string, unknown>) => string },
	) => void;
	init: () => void;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;
cms.registerCustomFormat('mdx-frontmatter', 'mdx', { fromFile: readMdxFile, toFile: writeMdxFile });
cms.init();
