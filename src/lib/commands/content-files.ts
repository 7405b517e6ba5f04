/** Writing editors' new files into content/ (the commands `new` and `import`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './command';

/** Writes a new file at `path` (under `root`); an existing one is never overwritten. */
export function writeNew(root: string, path: string, text: string): void {
	try {
		writeFileSync(join(root, path), text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		fail(`${path} 已存在，没有覆盖。换一个网址名（--slug）或先处理已有文件。`);
	}
}
