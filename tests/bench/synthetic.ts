/**
 * Clearly synthetic articles for the build benchmark: realistic length (~3,000 Chinese
 * characters in 5 sections), spread over 5 sections, some in series, some with the seed's promo
 * and with figures. Deterministic: the same count gives the same files.
 */

const PHRASES = [
	'基准测试用的合成文本',
	'用于衡量构建时间与内存',
	'不代表任何真实报道',
	'乌兰察布市各旗县区',
	'围绕年度重点任务',
	'加强统筹协调',
	'推动各项工作落实',
	'群众满意度持续提升',
	'相关部门密切配合',
	'形成上下联动的工作格局',
];

function random(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 4294967296;
	};
}

export const SECTIONS = [
	{ id: 'politics-law', name: '政法' },
	{ id: 'bench-economy', name: '经济（基准测试）' },
	{ id: 'bench-society', name: '社会（基准测试）' },
	{ id: 'bench-culture', name: '文化（基准测试）' },
	{ id: 'bench-ecology', name: '生态（基准测试）' },
];
export const SERIES_COUNT = 10;
/** Under content/articles/images/, where the content gate expects an article's pictures. */
export const FIGURES = ['images/bench-figure-1.jpg', 'images/bench-figure-2.jpg', 'images/bench-figure-3.jpg'];

function paragraph(next: () => number): string {
	const sentences = 3 + Math.floor(next() * 3);
	return Array.from({ length: sentences }, () => {
		const parts = 4 + Math.floor(next() * 4);
		return `${Array.from({ length: parts }, () => PHRASES[Math.floor(next() * PHRASES.length)]).join('，')}。`;
	}).join('');
}

export function syntheticArticle(index: number): { path: string; text: string } {
	const next = random(index + 1);
	const section = SECTIONS[index % SECTIONS.length]!;
	const inSeries = index % 4 === 0;
	const withPromo = index % 7 === 0;
	const withFigure = index % 5 === 0;
	// Four a day from 1998: 30,000 articles end in 2018, all in the past, so none is held back as
	// scheduled (from 2019, every article past the 11,600th would be dated after the build).
	const day = new Date(Date.UTC(1998, 0, 1) + Math.floor(index / 4) * 86_400_000).toISOString().slice(0, 10);
	const body: string[] = [];
	for (let part = 1; part <= 5; part++) {
		body.push(`## 第${part}部分 基准测试小标题`);
		for (let p = 0; p < 3; p++) body.push(paragraph(next));
		if (part === 2) body.push('<PullQuote>“这是基准测试用的合成引语”。</PullQuote>');
		if (part === 3 && withFigure)
			body.push(`<Figure src="./${FIGURES[index % FIGURES.length]}" alt="基准测试用的合成图片" caption="基准测试图片" />`);
	}
	const fields = [
		`title: 基准测试文章第${index + 1}篇`,
		`summary: 基准测试用的合成文章第${index + 1}篇，不代表任何真实报道。`,
		`pubDate: ${day}`,
		`section: ${section.id}`,
		...(inSeries ? [`series: bench-series-${(index % SERIES_COUNT) + 1}`, `part: 第${Math.floor(index / 4) + 1}篇`] : []),
		'tags:',
		`  - 基准测试${index % 20}`,
		...(withPromo ? ['promos:', '  - jiangnan-study-tour'] : []),
	];
	return {
		path: `content/articles/bench-${String(index + 1).padStart(5, '0')}.mdx`,
		text: `---\n${fields.join('\n')}\n---\n\n${body.join('\n\n')}\n`,
	};
}

export function syntheticSeries(): { path: string; text: string }[] {
	return Array.from({ length: SERIES_COUNT }, (_, index) => ({
		path: `content/series/bench-series-${index + 1}.yaml`,
		text: `title: 基准测试系列${index + 1}\ndescription: 基准测试用的合成系列，不代表任何真实报道。\n`,
	}));
}

export function syntheticSections(): string {
	return SECTIONS.map((section) => `- id: ${section.id}\n  name: ${section.name}\n`).join('');
}
