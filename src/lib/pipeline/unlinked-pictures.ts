/**
 * Only pictures a reader is shown are published. Astro writes into dist/_astro/ the original file
 * of every picture the build imports, beside the resized copies the pages use; it removes an
 * original no page code touched, but keeps one whose width or height a page read (an article's
 * cover). An original is the photographer's file as uploaded, with its EXIF, XMP and IPTC (the
 * camera's owner, the place it was taken); the resized copies carry none of it. So when the
 * build is done, every picture under _astro/ that no page, feed, stylesheet or script links is
 * deleted. (Drafts' pictures never enter the build: content-loader.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PICTURE_FILE } from '../content/pictures';
import { filesUnder } from '../files';

/** Files that can link a picture: what pages, feeds, stylesheets and scripts are written as. */
const LINKING = /\.(html|xml|xsl|json|css|js|mjs|txt|webmanifest|svg)$/;
/** A link to an asset: `_astro/` and the file name, up to where an address ends in any of those files. */
const ASSET_LINK = /_astro\/([^\s"'`()<>,?#&\\]+)/g;

/** The pictures under `dir`/_astro/ that no file in `dir` links, as paths relative to `dir`. */
export function unlinkedPictures(dir: string): string[] {
	const files = filesUnder(dir);
	const linked = new Set<string>();
	for (const file of files) {
		if (!LINKING.test(file)) continue;
		for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(ASSET_LINK)) linked.add(name!);
	}
	return files.filter(
		(file) => file.startsWith('_astro/') && PICTURE_FILE.test(file.toLowerCase()) && !linked.has(file.slice('_astro/'.length)),
	);
}

export default function dropUnlinkedPictures(): AstroIntegration {
	return {
		name: 'unlinked-pictures',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const unlinked = unlinkedPictures(root);
				for (const file of unlinked) rmSync(join(root, file));
				if (unlinked.length > 0)
					logger.info(`已删去 ${unlinked.length} 张没有页面用到的图片原件（原件可能带拍摄地点、作者等信息）`);
			},
		},
	};
}
