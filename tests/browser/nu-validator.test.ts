import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { sitePages } from '../helpers/browser';
import { BROWSER_DIST } from '../helpers/paths';

/**
 * The W3C Nu checker over every built page: a second validator beside html-validate, which once
 * missed a script emitted after </html>. Needs Java (Debian's default-jre-headless; .ci/run
 * installs it). Filtered: only the checker's own gaps in current CSS, each by its exact message.
 */
/** The checker's jar, from the vnu-jar package (its Java download is switched off in package.json's allowScripts). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const KNOWN_CSS_GAPS = new Set([
	// CSS Text Decoration 4: `under` is valid (and the right place for 着重号 in horizontal Chinese).
	'CSS: “text-emphasis-position”: “under” is not a “text-emphasis-position” value.',
	// CSS Containment 3 container queries, in every current browser; the checker does not know them yet.
	"CSS: “container-type”: Property “container-type” doesn't exist.",
	'CSS: Unrecognized at-rule “@container”',
]);

test('every page passes the W3C Nu checker', () => {
	const files = sitePages().map((path) => join(BROWSER_DIST, path, path.endsWith('/') ? 'index.html' : ''));
	expect(files.length).toBeGreaterThan(10);
	const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	expect(run.error, 'java is needed: sudo apt-get install default-jre-headless').toBeUndefined();
	const { messages } = JSON.parse(run.stderr) as {
		messages: { type: string; url: string; lastLine?: number; message: string }[];
	};
	const problems = messages
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.filter((m) => !KNOWN_CSS_GAPS.has(m.message))
		.map((m) => `${m.url.replace(`file:${BROWSER_DIST}`, '')}:${m.lastLine ?? ''} ${m.message}`);
	expect(problems).toEqual([]);
	// A gap the checker has closed leaves the list, so the filter never hides more than it must.
	for (const gap of KNOWN_CSS_GAPS)
		expect(
			messages.some((m) => m.message === gap),
			gap,
		).toBe(true);
}, 120_000);
