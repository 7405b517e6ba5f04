import { writeFileSync } from 'node:fs';
import { buildSite } from '../helpers/build';
import { TEST_BUILD_LOG, TEST_DIST } from '../helpers/paths';

/** Builds the site once for every test over dist/, keeping what it printed. */
export default function setup() {
	writeFileSync(TEST_BUILD_LOG, buildSite(TEST_DIST));
}
