/**
 * "是不是 …？": the known name nearest to one an editor mistyped (a field, a section, a series, an
 * ad, a picture), by edit distance. Names are short; anything longer than NEAREST_MAX_LENGTH gets
 * no guess, so the cost stays bounded whatever a file holds.
 */

/** Longest name, in characters, worth a guess. */
export const NEAREST_MAX_LENGTH = 64;

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	const [x, y] = [[...a], [...b]];
	// Three rows of the table: two back (for a swap), the last, and this one.
	let before: number[] = [];
	let last = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const row = [i];
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
			row.push(best);
		}
		[before, last] = [last, row];
	}
	return last[y.length]!;
}

/**
 * The candidate nearest to `name`: the same name in other letter case first, else the one fewest
 * edits away, if that is at most a third of the name's length (at least one edit), else the only
 * candidate that begins with the name (jiangnan-study for jiangnan-study-tour). Undefined when
 * nothing is near enough, or the name is too long to guess at.
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
	if (name === '' || [...name].length > NEAREST_MAX_LENGTH) return undefined;
	const lower = name.toLowerCase();
	const others = [...candidates].filter((candidate) => candidate !== name && [...candidate].length <= NEAREST_MAX_LENGTH);
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of others) {
		const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
		if (!best || distance < best.distance) best = { candidate, distance };
	}
	const allowed = Math.max(1, Math.floor([...name].length / 3));
	if (best && best.distance <= allowed) return best.candidate;
	const longer = others.filter((candidate) => candidate.toLowerCase().startsWith(lower));
	return longer.length === 1 ? longer[0] : undefined;
}

/** The words editors read: "，是不是 summary？", or nothing. */
export const didYouMean = (guess: string | undefined) => (guess === undefined ? '' : `是不是 ${guess}？`);
