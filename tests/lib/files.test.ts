import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, test } from 'vitest';
import {
	backgroundWriter,
	boundedJobs,
	filesUnder,
	lineFile,
	openFilesOfChildren,
	readLines,
	readUntil,
} from '../../src/lib/files';

function folder(paths: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'files-'));
	for (const path of paths) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), path);
	}
	return dir;
}

describe('filesUnder', () => {
	const dir = folder(['b.txt', 'a/z.mdx', 'a/images/p.jpg', 'a/b/c/d.yaml', 'c.txt']);
	mkdirSync(join(dir, 'empty'));

	test('every file, deep ones too, relative with / and sorted; folders are not files', () => {
		expect(filesUnder(dir)).toEqual(['a/b/c/d.yaml', 'a/images/p.jpg', 'a/z.mdx', 'b.txt', 'c.txt']);
	});

	test('under a prefix: the files of that folder, still named from the top', () => {
		expect(filesUnder(dir, 'a')).toEqual(['a/b/c/d.yaml', 'a/images/p.jpg', 'a/z.mdx']);
	});
});

describe('backgroundWriter', () => {
	test('writes every file, and done() waits for the last of them', async () => {
		const dir = folder([]);
		const writer = backgroundWriter(2);
		for (let index = 0; index < 50; index++) writer.write(join(dir, `${index}.txt`), `第${index}个`);
		await writer.done();
		expect(filesUnder(dir)).toHaveLength(50);
		expect(readFileSync(join(dir, '49.txt'), 'utf8')).toBe('第49个');
	});

	test('never more than its limit at once, and every job run', async () => {
		const jobs = boundedJobs(3);
		let most = 0;
		let now = 0;
		let ran = 0;
		for (let index = 0; index < 20; index++)
			jobs.run(async () => {
				most = Math.max(most, ++now);
				await new Promise((resolve) => setTimeout(resolve, 1));
				now--;
				ran++;
			});
		await jobs.done();
		expect(most).toBe(3);
		expect(ran).toBe(20);
	});

	test('an atomic write leaves only the file, however often the same path is written', async () => {
		const dir = folder([]);
		const writer = backgroundWriter();
		for (let index = 0; index < 10; index++) writer.write(join(dir, 'entry.json'), `{"n":${index}}`, { atomic: true });
		await writer.done();
		expect(filesUnder(dir)).toEqual(['entry.json']);
		expect(readFileSync(join(dir, 'entry.json'), 'utf8')).toMatch(/^\{"n":\d\}$/);
	});

	test('a write that fails makes done() throw, after the others are written', async () => {
		const dir = folder([]);
		const writer = backgroundWriter();
		writer.write(join(dir, 'no-such-folder', 'a.txt'), 'x');
		writer.write(join(dir, 'b.txt'), 'y');
		await expect(writer.done()).rejects.toThrow(/ENOENT/);
		expect(filesUnder(dir)).toEqual(['b.txt']);
	});

	test('done() with nothing written returns at once', async () => {
		await expect(backgroundWriter().done()).resolves.toBeUndefined();
	});
});

describe('readUntil', () => {
	const file = (text: string) => {
		const dir = folder([]);
		writeFileSync(join(dir, 'page.html'), text);
		return join(dir, 'page.html');
	};
	const PAGE = `<html><head><title>乌兰察布新闻</title></head><body>${'正文。'.repeat(3000)}</body></html>`;

	test('a page’s head, marker included, without its body', () => {
		expect(readUntil(file(PAGE), '</head>')).toBe('<html><head><title>乌兰察布新闻</title></head>');
	});

	test.each([1, 2, 3, 5, 7, 64])('the same when blocks of %i bytes cut the marker and the characters apart', (block) => {
		expect(readUntil(file(PAGE), '</head>', block)).toBe('<html><head><title>乌兰察布新闻</title></head>');
	});

	test('the first marker, when there are two', () => {
		expect(readUntil(file('a</head>b</head>c'), '</head>', 4)).toBe('a</head>');
	});

	test('a file without the marker whole, and an empty one empty', () => {
		expect(readUntil(file('没有头部的文字'), '</head>', 4)).toBe('没有头部的文字');
		expect(readUntil(file(''), '</head>')).toBe('');
	});

	test('a marker almost there at the end is no marker', () => {
		expect(readUntil(file('正文</head'), '</head>', 3)).toBe('正文</head');
	});
});

describe('readLines', () => {
	const file = (text: string) => {
		const path = join(folder([]), 'lines.txt');
		writeFileSync(path, text);
		return path;
	};

	test.each([1, 2, 5, 1 << 20])('each line without its newline, whatever the block (%i bytes)', (block) => {
		expect([...readLines(file('第一行\n\n{"第三":"行"}\n'), block)]).toEqual(['第一行', '', '{"第三":"行"}']);
	});

	test('an empty file has no lines; one cut short throws, after the lines before the cut', () => {
		expect([...readLines(file(''))]).toEqual([]);
		const seen: string[] = [];
		expect(() => {
			for (const line of readLines(file('完整的一行\n半行'), 4)) seen.push(line);
		}).toThrow('the last line has no newline');
		expect(seen).toEqual(['完整的一行']);
	});
});

describe('lineFile', () => {
	const path = () => join(folder([]), 'log.jsonl');

	test('its first line, then every line added in order, a batch at a write', () => {
		const log = lineFile(path(), '首行', 2);
		for (let index = 0; index < 5; index++) log.add(`第${index}行`);
		expect(readFileSync(log.path, 'utf8')).toBe('首行\n第0行\n第1行\n第2行\n第3行\n');
		expect([...log.added()]).toEqual(['第0行', '第1行', '第2行', '第3行', '第4行']);
		log.add('第5行');
		log.close();
		expect(readFileSync(log.path, 'utf8')).toBe('首行\n第0行\n第1行\n第2行\n第3行\n第4行\n第5行\n');
	});

	test('restarted, it is its first line again, and goes on from there', () => {
		const log = lineFile(path(), '首行', 2);
		for (let index = 0; index < 5; index++) log.add(`旧${index}`);
		log.restart();
		expect([...log.added()]).toEqual([]);
		log.add('新');
		log.close();
		expect(readFileSync(log.path, 'utf8')).toBe('首行\n新\n');
	});

	test('a line holding a newline is refused, first or added', () => {
		expect(() => lineFile(path(), 'a\nb')).toThrow('a line cannot hold a newline');
		const log = lineFile(path(), '首行');
		expect(() => log.add('a\nb')).toThrow('a line cannot hold a newline');
		log.close();
	});
});

describe('openFilesOfChildren', () => {
	/** A child process that opens `paths` and holds them open until its input ends. */
	async function holding(paths: string[], marker: string) {
		const child = spawn(
			process.execPath,
			[
				'-e',
				`const fs = require('node:fs'); for (const path of ${JSON.stringify(paths)}) fs.openSync(path, 'w'); console.log('open'); process.stdin.on('end', () => process.exit(0)); process.stdin.resume();`,
				marker,
			],
			{ stdio: ['pipe', 'pipe', 'inherit'] },
		);
		await once(child.stdout, 'data');
		return child;
	}

	test('the files under a folder that a matching child holds open, until it ends', async () => {
		const dir = folder([]);
		const outside = folder([]);
		const child = await holding([join(dir, 'a.pf_fragment'), join(dir, 'b.pf_index'), join(outside, 'c')], 'marker-one');
		try {
			expect(
				openFilesOfChildren(/marker-one/, dir)
					?.map((path) => path.slice(path.lastIndexOf('/') + 1))
					.sort(),
			).toEqual(['a.pf_fragment', 'b.pf_index']);
			expect(openFilesOfChildren(/another-command/, dir)).toEqual([]);
		} finally {
			child.stdin.end();
			await once(child, 'exit');
		}
		expect(openFilesOfChildren(/marker-one/, dir)).toEqual([]);
	});
});
