import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { PROJECT_ROOT, TEST_DIST } from '../helpers/paths';

/**
 * Builds the site once, through npm like a user would, into a folder of its own.
 * Runs only when a test file over the built site is selected.
 */
export default function setup() {
	rmSync(TEST_DIST, { recursive: true, force: true });
	execFileSync('npm', ['run', 'build', '--silent', '--', '--outDir', TEST_DIST], {
		cwd: PROJECT_ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
}
