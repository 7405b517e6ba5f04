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

	test('a lock with garbage in it is taken over', async () => {
		fresh();
		writeFileSync(join(root, LOCK_FILE), 'not a pid\n');
		(await acquireBuildLock(root, 500))();
	});
});
