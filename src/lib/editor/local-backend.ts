/**
 * The web editor's backend on one machine: Decap's own decap-server, bound to 127.0.0.1 (it asks
 * for no password, so nothing but this computer may reach it), writing straight into the
 * project's content/ (MODE=fs: no branches, no review). /admin/config.yml's `local_backend`
 * points at it; `npm run admin` starts it (commands/admin.ts), and the browser suite drives it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/** The port /admin/config.yml's local_backend names. */
export const LOCAL_BACKEND_PORT = 8081;

export interface LocalBackend {
	/** Resolves with the exit code when the backend stops. */
	exited: Promise<number | null>;
	stop: () => void;
}

/** Starts the backend for the project at `root`; resolves once it listens, or rejects with an Error saying in Chinese why it could not. */
export function startLocalBackend(root: string): Promise<LocalBackend> {
	const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
	const child: ChildProcess = spawn(process.execPath, [server], {
		env: { ...process.env, PORT: String(LOCAL_BACKEND_PORT), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	let output = '';
	return new Promise((resolve, reject) => {
		const listen = (chunk: Buffer) => {
			output += String(chunk);
			if (output.includes('listening')) resolve({ exited, stop: () => child.kill() });
		};
		child.stdout!.on('data', listen);
		child.stderr!.on('data', listen);
		void exited.then(() =>
			reject(
				new Error(
					output.includes('EADDRINUSE')
						? `端口 ${LOCAL_BACKEND_PORT} 已被占用：可能已经有一个 npm run admin 在运行。关掉它（或占用这个端口的程序）后再试。`
						: '网页编辑器的本机后台没有启动。请先运行 npm ci 安装依赖，再试一次。',
				),
			),
		);
	});
}
