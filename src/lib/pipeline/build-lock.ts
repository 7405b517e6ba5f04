/**
 * One build at a time in a project folder. Two builds would share the staging folder and the
 * content cache: one could wait forever, or both "succeed" with a half-written site. The lock is
 * a file made with O_EXCL (atomic on every local file system) holding the builder's pid; a lock
 * whose process has gone (a killed build) is taken over. A second build waits a few seconds for
 * the first to finish, then stops with a message saying which process holds the folder.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = '.build.lock';
/** How long a second build waits before it stops. */
export const LOCK_WAIT_MS = 5_000;

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function tryCreate(path: string): boolean {
	try {
		const fd = openSync(path, 'wx');
		writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
		closeSync(fd);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

function holder(path: string): { pid: number; since: string } | undefined {
	try {
		const [pid = '', since = ''] = readFileSync(path, 'utf8').split('\n');
		return { pid: Number(pid), since };
	} catch {
		return undefined;
	}
}

/** Takes the project folder's build lock, or throws once `waitMs` has passed; returns the release. */
export async function acquireBuildLock(
	root: string,
	waitMs: number = LOCK_WAIT_MS,
	say: (message: string) => void = console.warn,
): Promise<() => void> {
	const path = join(root, LOCK_FILE);
	const deadline = Date.now() + waitMs;
	let waiting = false;
	for (;;) {
		if (tryCreate(path)) {
			const release = () => {
				if (holder(path)?.pid === process.pid) rmSync(path, { force: true });
			};
			process.once('exit', release);
			return release;
		}
		const current = holder(path);
		if (current && (!Number.isInteger(current.pid) || current.pid <= 0 || !isAlive(current.pid))) {
			// Left by a build that was killed: nobody holds it.
			rmSync(path, { force: true });
			continue;
		}
		if (Date.now() >= deadline)
			throw new Error(
				`另一个构建正在这个文件夹里运行（进程 ${current?.pid ?? '?'}，开始于 ${current?.since || '?'}），本次构建已停止，网站没有改动。` +
					`等它结束后再构建；若确认没有构建在运行，删除 ${path} 后重试。`,
			);
		if (!waiting)
			say(`另一个构建正在这个文件夹里运行（进程 ${current?.pid ?? '?'}），最多等它 ${Math.round(waitMs / 1000)} 秒……`);
		waiting = true;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
