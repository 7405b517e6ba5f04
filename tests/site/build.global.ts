import { buildSite } from '../helpers/build';
import { TEST_DIST } from '../helpers/paths';

/** Builds the site once for every test over dist/. */
export default function setup() {
	buildSite(TEST_DIST);
}
