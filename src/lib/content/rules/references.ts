/**
 * References between files resolve: an article's section, series, ads and cover, an ad's QR
 * picture. They are read from each file as written, so a file the schema refused for another
 * field (a wrong date, say) still has its references checked in the same run.
 */
import { posix } from 'node:path';
import { entriesOf, type GateContext, unknownId, usePicture } from './context';

/**
 * The fields other files are named by, read straight from a file as written. A value of the
 * wrong type is left out (the schema has said so already).
 */
export function referencesOf(data: unknown): {
	section: string | undefined;
	series: string | undefined;
	promos: (string | undefined)[];
	cover: string | undefined;
	qrImage: string | undefined;
} {
	const fields = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	const qr = fields['qr'];
	return {
		section: text(fields['section']),
		series: text(fields['series']),
		promos: Array.isArray(fields['promos']) ? fields['promos'].map(text) : [],
		cover: text(fields['cover']),
		qrImage: qr !== null && typeof qr === 'object' ? text((qr as Record<string, unknown>)['image']) : undefined,
	};
}

export function referencesRule(context: GateContext): void {
	const { report } = context;
	for (const entry of entriesOf(context, 'article')) {
		const source = context.sources.get(entry.path);
		if (!source) continue;
		const refs = referencesOf(source.yaml.data);
		const { section } = refs;
		const named = section === undefined ? undefined : context.sectionByName.get(section);
		if (section !== undefined && !context.sectionIds.has(section))
			if (named !== undefined)
				report.field(
					entry.path,
					['section'],
					`栏目要写编号，不写名称：「${section}」栏目的编号是 ${named}`,
					`改为 section: ${named}（--fix 可自动改）`,
				);
			else report.field(entry.path, ['section'], unknownId('找不到栏目', section, [...context.sectionIds.keys()]));
		if (refs.series !== undefined && !context.seriesIds.includes(refs.series))
			report.field(entry.path, ['series'], unknownId('找不到系列', refs.series, context.seriesIds));
		refs.promos.forEach((id, index) => {
			if (id !== undefined && context.promoIds && !context.promoIds.includes(id))
				report.field(entry.path, ['promos', index], unknownId('找不到广告', id, context.promoIds));
		});
		if (refs.cover !== undefined)
			usePicture(context, refs.cover, posix.dirname(entry.path), (problem, suggestion) =>
				report.field(entry.path, ['cover'], problem, suggestion),
			);
	}
	for (const entry of entriesOf(context, 'promo')) {
		const source = context.sources.get(entry.path);
		const image = source && referencesOf(source.yaml.data).qrImage;
		if (image !== undefined)
			usePicture(context, image, posix.dirname(entry.path), (problem, suggestion) =>
				report.field(entry.path, ['qr', 'image'], problem, suggestion),
			);
	}
}
