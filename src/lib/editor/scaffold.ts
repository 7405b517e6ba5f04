/** A new article's file, ready for an editor to write into: valid, a draft, dated now. */
import { toIsoBeijing } from '../dates';
import { tagSlug } from '../slug';

/** Long headlines make long URLs: the slug keeps whole syllables up to this length. */
const SLUG_MAX = 60;

/** 全市扫黑除恶专项斗争系列述评之政治站位篇 → quan-shi-sao-hei-chu-e-zhuan-xiang-dou-zheng-xi-lie-shu-ping-zhi */
export function articleSlug(title: string): string {
	const slug = tagSlug(title);
	if (slug.length <= SLUG_MAX) return slug;
	return slug.slice(0, SLUG_MAX + 1).replace(/-[^-]*$/, '');
}

export interface NewArticle {
	title: string;
	section: string;
	series?: string | undefined;
	part?: string | undefined;
	now: Date;
}

export function newArticleMdx({ title, section, series, part, now }: NewArticle): string {
	return [
		'---',
		`title: ${JSON.stringify(title)}`,
		'# 摘要：120 字以内，用于搜索结果、分享卡片和订阅。',
		`summary: ${JSON.stringify(title)}`,
		`pubDate: ${toIsoBeijing(now)}`,
		`section: ${section}`,
		...(series ? [`series: ${series}`] : []),
		...(part ? [`part: ${JSON.stringify(part)}`] : []),
		'# 写完并核对后删去这一行，文章就会在下次构建时发布。',
		'draft: true',
		'---',
		'',
		'',
	].join('\n');
}
