/**
 * The gate's rules that read text, in the order they run. Each reads the files as the schema left
 * them (the context) and adds its problems to one report. Order matters in one place: the article
 * bodies are parsed before any rule reads their trees. The picture files' own rule
 * (picture-files.ts, which decodes them) runs after all of these, once every use is noted
 * (gate.ts); the web editor's check runs these alone. Where a new rule goes: README, “The content gate”.
 */
import { articleBodyRule } from './article-body';
import type { TextRule } from './context';
import { figureCaptionsRule } from './figure-captions';
import { houseStyleRule } from './house-style';
import { printBreaksRule } from './print-breaks';
import { promoDetailsRule } from './promo-details';
import { promoExpiryRule } from './promo-expiry';
import { referencesRule } from './references';
import { sectionsRule } from './sections';
import { uniqueTitlesRule } from './unique-titles';

export const TEXT_RULES: readonly TextRule[] = [
	// Between files: what one file names is there.
	sectionsRule,
	articleBodyRule,
	referencesRule,
	uniqueTitlesRule,
	promoDetailsRule,
	// House style: how the paper writes Chinese and lays out a page.
	houseStyleRule,
	printBreaksRule,
	figureCaptionsRule,
	promoExpiryRule,
];
