/**
 * The editors' handbook (in Chinese, under docs/): where every message an editor sees sends them
 * for the longer answer. One home for its path and its section names, so messages and the
 * handbook's own test agree.
 */
export const HANDBOOK = {
	path: 'docs/editor-handbook.md',
	/** The section listing every kind of error and how to fix it. */
	errors: '出错了怎么办',
} as const;
