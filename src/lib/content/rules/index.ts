/**
 * The gate's rules, in the order they run. Each reads the files as the schema left them (the
 * context) and adds its problems to one report. Order matters in two places only: the article
 * bodies are parsed before any rule reads their trees, and the picture files are judged after
 * every rule that notes a picture's use. Where a new rule goes: README, “The content gate”.
 */
import { articleBodyRule } from './article-body';
import type { Rule } from './context';
import { figureCaptionsRule } from './figure-captions';
import { houseStyleRule } from './house-style';
import { pictureFilesRule } from './picture-files';
import { printBreaksRule } from './print-breaks';
import { promoDetailsRule } from './promo-details';
import { promoExpiryRule } from './promo-expiry';
import { referencesRule } from './references';
import { sectionsRule } from './sections';
import { uniqueTitlesRule } from './unique-titles';

export const RULES: readonly Rule[] = [
	// Between files: what one file names is there.
	sectionsRule,
	articleBodyRule,
	referencesRule,
	uniqueTitlesRule,
	promoDetailsRule,
	pictureFilesRule,
	// House style: how the paper writes Chinese and lays out a page.
	houseStyleRule,
	printBreaksRule,
	figureCaptionsRule,
	promoExpiryRule,
];
