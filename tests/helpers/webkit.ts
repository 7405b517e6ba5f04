import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';
import { createServer } from 'node:net';
import sharp from 'sharp';

/**
 * WebKit, the engine of every browser on an iPhone (WeChat's included), driven over W3C WebDriver:
 * Debian's WebKitGTK (`webkit2gtk-driver`) runs its MiniBrowser in a virtual X display (Xvfb).
 * MiniBrowser's window is never narrower than about 450 px (its toolbar), so a page is opened in an
 * iframe of the phone's width: the page's media queries, layout and line breaking then see the
 * phone's viewport, as they do in a phone's browser.
 */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

function miniBrowser(): string | undefined {
	return globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser').sort().at(-1);
}

/** A missing WebKit is a failure, never a skip: in CI it means the set-up is broken. */
export function assertWebKit(): void {
	const missing = [
		!existsSync(WEBKIT_DRIVER) && `WebKitWebDriver at ${WEBKIT_DRIVER}`,
		!miniBrowser() && 'MiniBrowser (webkit2gtk)',
		!existsSync('/usr/bin/Xvfb') && 'Xvfb',
	].filter(Boolean);
	if (missing.length === 0) return;
	const how = 'install them with: sudo apt-get install webkit2gtk-driver xvfb fonts-noto-cjk';
	throw new Error(`${process.env.CI ? 'CI: .ci/run must install WebKit; ' : ''}missing ${missing.join(', ')}: ${how}`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts Xvfb on a free display number; resolves with it once the display is up. */
function startDisplay(): Promise<{ display: string; process: ChildProcess }> {
	return new Promise((resolve, reject) => {
		// A tall screen: a whole page is drawn at once for its screenshot.
		const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x8400x24', '-nolisten', 'tcp'], {
			stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
		});
		let stderr = '';
		xvfb.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		xvfb.stdio[3]!.once('data', (chunk: Buffer) => resolve({ display: `:${chunk.toString().trim()}`, process: xvfb }));
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
	});
}

export interface WebKit {
	/** Opens a WebDriver session: one MiniBrowser window, in dark mode when asked (one at a time: close the last first). */
	session(options?: { dark?: boolean }): Promise<WebKitSession>;
	stop(): Promise<void>;
}

/** Starts a virtual display and WebKitWebDriver; `stop` ends both. */
export async function startWebKit(): Promise<WebKit> {
	assertWebKit();
	const { display, process: xvfb } = await startDisplay();
	const port = await freePort();
	const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
		env: { ...process.env, DISPLAY: display },
		stdio: 'ignore',
	});
	const url = `http://127.0.0.1:${port}`;
	for (let tries = 0; ; tries++) {
		try {
			const status = (await (await fetch(`${url}/status`)).json()) as { value: { ready: boolean } };
			if (status.value.ready) break;
		} catch {
			if (tries > 100) throw new Error(`WebKitWebDriver did not answer on ${url}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	let last: WebKitSession | undefined;
	return {
		async session({ dark = false } = {}) {
			const created = await command<{ sessionId: string }>(url, 'POST', '/session', {
				capabilities: {
					alwaysMatch: {
						'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation', ...(dark ? ['--dark-mode'] : [])] },
					},
				},
			});
			last = new WebKitSession(`${url}/session/${created.sessionId}`);
			return last;
		},
		async stop() {
			await last?.close().catch(() => undefined);
			driver.kill();
			xvfb.kill();
		},
	};
}

async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${base}${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
	if (value && typeof value === 'object' && 'error' in value && value.error)
		throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
	return value;
}

/**
 * One MiniBrowser window. `open` loads a page of the site into a phone-sized iframe and moves
 * WebDriver into it, so `run` executes in the page itself.
 */
export class WebKitSession {
	constructor(private readonly base: string) {}

	private send<T>(method: string, path: string, body?: unknown): Promise<T> {
		return command<T>(this.base, method, path, body);
	}

	/** Runs a self-contained function in the page (as Playwright's `page.evaluate` does) and returns its result. */
	run<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>> {
		return this.send<Awaited<T>>('POST', '/execute/async', {
			script: `const done = arguments[arguments.length - 1];
				Promise.resolve((${fn.toString()})(arguments[0])).then(done, (error) => done({ __error: String(error) + ' ' + (error && error.stack) }));`,
			args: [arg ?? null],
		}).then((value) => {
			if (value && typeof value === 'object' && '__error' in value) throw new Error(String(value.__error));
			return value;
		});
	}

	/**
	 * Opens `pageUrl` in an iframe `width`×`height` at the top left of the window, on a blank page
	 * of the same site (`harnessUrl`), and switches into it.
	 */
	async open(harnessUrl: string, pageUrl: string, viewport: { width: number; height: number }): Promise<void> {
		await this.send('POST', '/frame', { id: null });
		await this.send('POST', '/window/rect', { width: Math.max(viewport.width + 100, 800), height: viewport.height + 200 });
		await this.send('POST', '/url', { url: harnessUrl });
		await this.send('POST', '/execute/async', {
			script: `const [src, width, height, done] = arguments;
				document.body.replaceChildren();
				document.body.style.margin = '0';
				const frame = document.createElement('iframe');
				frame.id = 'phone';
				Object.assign(frame.style, { border: '0', display: 'block', width: width + 'px', height: height + 'px' });
				frame.onload = () => done(true);
				frame.src = src;
				document.body.append(frame);`,
			args: [pageUrl, viewport.width, viewport.height],
		});
		const frame = await this.send<Record<string, string>>('POST', '/element', { using: 'css selector', value: '#phone' });
		await this.send('POST', '/frame', { id: frame });
	}

	/**
	 * The whole page as a PNG: the iframe is made as tall as the page (at most 8,000 px), the window
	 * with it, and the window's picture cut to the iframe. Leaves WebDriver inside the page again.
	 */
	async screenshot(): Promise<{ png: Buffer; width: number; height: number }> {
		const { width, height } = await this.run(() => ({
			width: window.innerWidth,
			height: Math.min(document.documentElement.scrollHeight, 8000),
		}));
		await this.send('POST', '/frame/parent', {});
		await this.send('POST', '/window/rect', { width: Math.max(width + 100, 800), height: height + 200 });
		await this.send('POST', '/execute/sync', {
			script: `document.getElementById('phone').style.height = arguments[0] + 'px';`,
			args: [height],
		});
		await new Promise((resolve) => setTimeout(resolve, 300));
		const shot = Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
		const drawn = await sharp(shot).metadata();
		const png = await sharp(shot)
			.extract({ left: 0, top: 0, width: Math.min(width, drawn.width), height: Math.min(height, drawn.height) })
			.png()
			.toBuffer();
		const frame = await this.send<Record<string, string>>('POST', '/element', { using: 'css selector', value: '#phone' });
		await this.send('POST', '/frame', { id: frame });
		return { png, width, height };
	}

	async close(): Promise<void> {
		await command(this.base, 'DELETE', '');
	}
}
