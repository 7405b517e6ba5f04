import { fileURLToPath } from 'node:url';

/** Where the test build writes the site: apart from the real dist/, git-ignored. */
export const TEST_DIST = fileURLToPath(new URL('../.output/dist/', import.meta.url));
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
