import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a closed network: no background connections, no sandbox as root. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A missing browser is a failure, never a skip: in CI it means the set-up is broken. */
export function assertChromium(): void {
	if (existsSync(CHROMIUM)) return;
	const how = 'install it with: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)';
	throw new Error(
		process.env.CI
			? `CI: Chromium is missing at ${CHROMIUM}; .ci/run must install it (${how})`
			: `Chromium not found at ${CHROMIUM}: ${how}`,
	);
}
