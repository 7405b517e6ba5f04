/**
 * The build's own file work: walking its folders, writing in the background, reading a file a
 * block at a time (a page's head, a file of lines), a file of lines written in batches, and the
 * files a child process holds open.
 */
import {
	closeSync,
	existsSync,
	ftruncateSync,
	openSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	readSync,
	realpathSync,
	writeSync,
} from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The files under a folder, as paths relative to it with / between names, sorted: one walker for the build's own folders. */
export function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true })
		.flatMap((entry) => {
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			return entry.isDirectory() ? filesUnder(dir, path) : [path];
		})
		.sort();
}

/**
 * Jobs run in the background, at most `limit` at once: `run` returns at once, and `done()` waits
 * for every job and throws the first error.
 */
export function boundedJobs(limit: number): { run(job: () => Promise<unknown>): void; done(): Promise<void> } {
	const queue: (() => Promise<unknown>)[] = [];
	let running = 0;
	let failure: unknown;
	let idle: (() => void) | undefined;
	const pump = () => {
		while (running < limit && queue.length > 0) {
			const job = queue.shift()!;
			running++;
			job()
				.catch((error: unknown) => {
					failure ??= error;
				})
				.finally(() => {
					running--;
					pump();
				});
		}
		if (running === 0 && queue.length === 0) idle?.();
	};
	return {
		run(job) {
			queue.push(job);
			pump();
		},
		async done() {
			if (running > 0 || queue.length > 0) await new Promise<void>((resolve) => (idle = resolve));
			idle = undefined;
			if (failure !== undefined) throw failure;
		},
	};
}

/**
 * Files written in the background, at most `limit` at once (a large site never runs out of file
 * handles). An `atomic` file is written beside its place and renamed into it, so a build stopped
 * midway leaves no half-written file there.
 */
export function backgroundWriter(limit = 16): {
	write(path: string, data: string | Uint8Array, options?: { atomic?: boolean }): void;
	done(): Promise<void>;
} {
	const jobs = boundedJobs(limit);
	let partials = 0;
	return {
		write(path, data, { atomic = false } = {}) {
			jobs.run(async () => {
				if (!atomic) return writeFile(path, data);
				// Its own name beside the place: two writes of one path never share a half-written file.
				const partial = `${path}.${process.pid}-${partials++}.partial`;
				await writeFile(partial, data);
				await rename(partial, path);
			});
		},
		done: () => jobs.done(),
	};
}

/**
 * A file's text up to and including the first `marker`, or all of it when there is none, read a
 * block at a time: a built page's <head> without its body. Each block is searched once, with the
 * few bytes before it that could start the marker.
 */
export function readUntil(path: string, marker: string, block = 16 * 1024): string {
	const wanted = Buffer.from(marker);
	const blocks: Buffer[] = [];
	/** The last bytes read that could start the marker (fewer than its length). */
	let tail = Buffer.alloc(0);
	for (const chunk of blocksOf(path, block)) {
		const searched = Buffer.concat([tail, chunk]);
		const at = searched.indexOf(wanted);
		if (at >= 0) {
			blocks.push(chunk.subarray(0, at + wanted.length - tail.length));
			break;
		}
		blocks.push(chunk);
		tail = searched.subarray(Math.max(0, searched.length - wanted.length + 1));
	}
	return Buffer.concat(blocks).toString('utf8');
}

/** A file's bytes a block at a time, each block a new buffer; the file is closed when the reading stops. */
function* blocksOf(path: string, block: number): Generator<Buffer> {
	const file = openSync(path, 'r');
	try {
		for (;;) {
			const chunk = Buffer.allocUnsafe(block);
			const read = readSync(file, chunk, 0, block, null);
			if (read === 0) return;
			yield chunk.subarray(0, read);
		}
	} finally {
		closeSync(file);
	}
}

/**
 * Each line of a file, without its newline, read a block at a time, so a file larger than one
 * string can hold is read too. A file whose last line has no newline was cut short: that throws.
 */
export function* readLines(path: string, block = 1 << 20): Generator<string> {
	/** Bytes after the last newline so far: the start of a line. */
	let rest = Buffer.alloc(0);
	for (const chunk of blocksOf(path, block)) {
		const bytes = Buffer.concat([rest, chunk]);
		let start = 0;
		for (let end = bytes.indexOf(10, rest.length); end >= 0; end = bytes.indexOf(10, start)) {
			yield bytes.toString('utf8', start, end);
			start = end + 1;
		}
		rest = bytes.subarray(start);
	}
	if (rest.length > 0) throw new Error(`${path}: the last line has no newline (the file was cut short)`);
}

/** A file of lines written in order: its first line, then each line added, a few hundred at a write. */
export interface LineFile {
	readonly path: string;
	add(line: string): void;
	/** The lines added so far, in order (the first line not among them). */
	added(): Generator<string>;
	/** Drops every line added: the file is its first line again. */
	restart(): void;
	close(): void;
}

export function lineFile(path: string, first: string, batch = 256): LineFile {
	if (first.includes('\n')) throw new Error(`${path}: a line cannot hold a newline`);
	const file = openSync(path, 'w');
	const start = writeSync(file, `${first}\n`, 0);
	let size = start;
	let waiting: string[] = [];
	const flush = () => {
		if (waiting.length === 0) return;
		size += writeSync(file, waiting.join(''), size);
		waiting = [];
	};
	return {
		path,
		add(line) {
			if (line.includes('\n')) throw new Error(`${path}: a line cannot hold a newline`);
			waiting.push(`${line}\n`);
			if (waiting.length >= batch) flush();
		},
		*added() {
			flush();
			let first = true;
			for (const line of readLines(path)) {
				if (!first) yield line;
				first = false;
			}
		},
		restart() {
			waiting = [];
			ftruncateSync(file, start);
			size = start;
		},
		close() {
			flush();
			closeSync(file);
		},
	};
}

/** The error code of a failed system call (ENOENT, EACCES), if it is one. */
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * The files under `dir` that child processes of this one, whose command line `command` matches,
 * hold open, read from Linux's /proc; undefined where that cannot be seen (no /proc, or a child's
 * descriptors cannot be read).
 */
export function openFilesOfChildren(command: RegExp, dir: string): string[] | undefined {
	if (!existsSync('/proc/self/fd')) return undefined;
	const under = `${realpathSync(dir)}/`;
	const open: string[] = [];
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		let descriptors: string[];
		try {
			// pid (command) state ppid …: the command may hold spaces and parentheses, so read from the last ")".
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (parent !== process.pid || !command.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
			descriptors = readdirSync(`/proc/${pid}/fd`);
		} catch (error) {
			if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ESRCH') continue; // the process has ended
			return undefined;
		}
		for (const descriptor of descriptors) {
			try {
				const target = readlinkSync(`/proc/${pid}/fd/${descriptor}`);
				if (target.startsWith(under)) open.push(target);
			} catch (error) {
				if (codeOf(error) !== 'ENOENT') return undefined; // ENOENT: closed meanwhile
			}
		}
	}
	return open;
}
