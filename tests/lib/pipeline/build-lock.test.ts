import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireBuildLock, LOCK_FILE } from '../../../src/lib/pipeline/build-lock';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => (root = mkdtempSync(join(tmpdir(), 'lock-')));

describe('the build lock: one build at a time in a project folder', () => {
	test('taken, it names this process; released, it is gone', async () => {
		fresh();
		const release = await acquireBuildLock(root);
		expect(readFileSync(join(root, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
		release();
		expect(existsSync(join(root, LOCK_FILE))).toBe(false);
	});

	test('a second build stops within the wait, saying who holds the folder, and takes nothing', async () => {
		fresh();
		const release = await acquireBuildLock(root);
		const started = Date.now();
		const said: string[] = [];
		await expect(acquireBuildLock(root, 600, (message) => said.push(message))).rejects.toThrow(
			new RegExp(`另一个构建正在这个文件夹里运行（进程 ${process.pid}，开始于 .*），本次构建已停止，网站没有改动`),
		);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(said).toEqual([`另一个构建正在这个文件夹里运行（进程 ${process.pid}），最多等它 1 秒……`]);
		expect(readFileSync(join(root, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
		release();
	});

	test('a second build that waits gets the lock when the first ends', async () => {
		fresh();
		const release = await acquireBuildLock(root);
		setTimeout(release, 300);
		const second = await acquireBuildLock(root, 3_000, () => {});
		second();
	});

	test('a lock left by a killed build is taken over', async () => {
		fresh();
		const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		writeFileSync(join(root, LOCK_FILE), `${child.pid}\n2026-01-01T00:00:00.000Z\n`);
		child.kill('SIGKILL');
		await new Promise((resolve) => child.once('exit', resolve));
		const release = await acquireBuildLock(root, 500);
		expect(readFileSync(join(root, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
		release();
	});

	test.each([
		['garbage', 'not a pid\n'],
		['no pid', ''],
		['pid 0 (the process group, not a build)', '0\n2026-01-01T00:00:00.000Z\n'],
		['a negative pid', '-1\n2026-01-01T00:00:00.000Z\n'],
		['a fractional pid', '1.5\n'],
	])('a lock with %s in it is taken over', async (_name, text) => {
		fresh();
		writeFileSync(join(root, LOCK_FILE), text);
		const release = await acquireBuildLock(root, 0, () => {
			throw new Error('took it over without waiting');
		});
		expect(readFileSync(join(root, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
		release();
	});

	test('with no time to wait, a held lock stops the build at once, without the waiting message', async () => {
		fresh();
		const release = await acquireBuildLock(root);
		const said: string[] = [];
		await expect(acquireBuildLock(root, 0, (message) => said.push(message))).rejects.toThrow(
			`另一个构建正在这个文件夹里运行（进程 ${process.pid}，开始于 `,
		);
		expect(said).toEqual([]);
		release();
	});

	test('the message says how to go on: which lock file to delete', async () => {
		fresh();
		writeFileSync(join(root, LOCK_FILE), `${process.pid}\n2026-01-01T00:00:00.000Z\n`);
		await expect(acquireBuildLock(root, 0, () => {})).rejects.toThrow(
			new Error(
				`另一个构建正在这个文件夹里运行（进程 ${process.pid}，开始于 2026-01-01T00:00:00.000Z），本次构建已停止，网站没有改动。` +
					`等它结束后再构建；若确认没有构建在运行，删除 ${join(root, LOCK_FILE)} 后重试。`,
			),
		);
	});

	test('a lock without its start time says ? for it', async () => {
		fresh();
		writeFileSync(join(root, LOCK_FILE), `${process.pid}`);
		await expect(acquireBuildLock(root, 0, () => {})).rejects.toThrow(`（进程 ${process.pid}，开始于 ?），`);
	});

	test('release leaves a lock another build has taken since', async () => {
		fresh();
		const release = await acquireBuildLock(root);
		writeFileSync(join(root, LOCK_FILE), '1\n2026-01-01T00:00:00.000Z\n');
		release();
		expect(readFileSync(join(root, LOCK_FILE), 'utf8')).toBe('1\n2026-01-01T00:00:00.000Z\n');
	});

	test('the lock is released when the process exits', async () => {
		fresh();
		const before = process.listeners('exit').length;
		const release = await acquireBuildLock(root);
		expect(process.listeners('exit')).toHaveLength(before + 1);
		(process.listeners('exit').at(-1) as () => void)();
		expect(existsSync(join(root, LOCK_FILE))).toBe(false);
		process.removeListener('exit', release);
	});

	test('a folder that is not there is an error as it is', async () => {
		fresh();
		await expect(acquireBuildLock(join(root, 'missing'), 0)).rejects.toThrow(/ENOENT/);
	});
});
