import { fileURLToPath } from 'node:url';

/** Where the test build writes the site: apart from the real dist/, git-ignored. */
export const TEST_DIST = fileURLToPath(new URL('../.output/dist/', import.meta.url));
/** What the test build printed, for the tests of the build log. */
export const TEST_BUILD_LOG = fileURLToPath(new URL('../.output/site-build.log', import.meta.url));
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The browser suite's own build, so the two suites never share or race on one folder. */
export const BROWSER_DIST = fileURLToPath(new URL('../.output/browser-dist/', import.meta.url));
/** Screenshots and Lighthouse reports, for people to look at. */
export const BROWSER_REPORTS = fileURLToPath(new URL('../.output/browser/', import.meta.url));
