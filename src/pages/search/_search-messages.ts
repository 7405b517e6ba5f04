/**
 * What the search page's script says, in the interface's words: the page hands these to the
 * script in data-messages, and the script fills in {count}, {total} and {term}.
 */
import { STRINGS } from '../../strings';

export const SEARCH_MESSAGES = {
	searching: STRINGS.searching,
	results: STRINGS.searchResults('{count}', '{term}'),
	resultsSoFar: STRINGS.searchResultsSoFar('{count}', '{total}', '{term}'),
	none: STRINGS.searchNone('{term}'),
	failed: STRINGS.searchFailed,
	ellipsis: STRINGS.ellipsis,
	metaSeparator: STRINGS.kickerSeparator,
	sectionFilter: STRINGS.sectionFilter,
};

export type SearchMessages = typeof SEARCH_MESSAGES;
