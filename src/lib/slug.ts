/**
 * Ids are file names and URL segments: lowercase ASCII kebab-case, because non-ASCII paths
 * break tools (SPEC §3). Chinese lives in fields, never in ids.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
	return ID_PATTERN.test(id);
}

/** The id a content file gets: its path under the collection folder, without extension. */
export function idFromPath(path: string): string {
	const name = path.split('/').pop() ?? path;
	return name.replace(/\.[^.]+$/, '');
}
