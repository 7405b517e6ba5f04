/**
 * The limits every editor's file is held to, checked in one pass over its text before any parser
 * sees it, so no file can make the check or the build slow, deep or huge. Each is far above what
 * a newspaper page needs (the reasons are beside the numbers, and in the README's 文章里能写什么).
 */

export const LIMITS = {
	/** The longest feature the paper prints is about 20,000 characters, some 60 KB in UTF-8: four times that. */
	fileBytes: 256 * 1024,
	/** A paragraph is one line; the longest in print run to about 2,000 characters: five times that. */
	lineChars: 10_000,
	/** A file's name: the longest id is an address readers may type; a hundred characters is far past any. */
	fileNameChars: 100,
	/** Lines in a file: an article of 20,000 characters has some 200; twenty-five times that. */
	lines: 5_000,
	/** Table cells (marks |) in an article: a results table in print, 300 rows of 10 columns, three times over. */
	tableCells: 10_000,
	/** Lists and quotes inside each other: a page nests two or three; eight levels. */
	nesting: 8,
	/**
	 * List items in one article: a long list in print (a roll of names, a price table) runs to a
	 * few hundred. Nested lists cost the Markdown parser more than linear time in their items.
	 */
	listItems: 1_000,
	/** Indentation, in columns (a tab is four): eight levels of nested list at four columns, and some. */
	indentColumns: 40,
	/**
	 * Emphasis marks * and _ in one line: sixteen bold phrases (**…**) in one paragraph. Nested
	 * emphasis costs the Markdown parser more than linear time, so their number is bounded.
	 */
	emphasisMarks: 64,
	/** The same in a whole article: five hundred bold phrases. */
	emphasisMarksInFile: 2_000,
	/** Levels of the body's syntax tree (a link in bold in a list in a quote is about eight). */
	treeDepth: 32,
	/**
	 * Paragraphs one `--fix` joins into one across print breaks: a cut falls every column or so,
	 * two or three a paragraph. Each join is checked by parsing the paragraph joined so far, so the
	 * bound keeps that work within this many times the body.
	 */
	printBreakRun: 16,
	/**
	 * A picture file: a 40-megapixel camera's JPEG at its best quality is some 20 MB; a picture
	 * for the web is a tenth of that. Past this, it is not read at all.
	 */
	pictureBytes: 20 * 1024 * 1024,
	/** Brackets [ { inside each other in a YAML value: the fields nest at most three deep. */
	yamlDepth: 8,
} as const;

export interface LimitProblem {
	/** Offset in the text scanned. */
	offset: number;
	problem: string;
	suggestion: string;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** A file over the size limit, or undefined. */
export function fileSizeProblem(bytes: number): LimitProblem | undefined {
	if (bytes <= LIMITS.fileBytes) return undefined;
	return {
		offset: 0,
		problem: `文件太大（${kilobytes(bytes)}），每个文件最多 ${kilobytes(LIMITS.fileBytes)}`,
		suggestion: '一篇太长的稿件请分成上下篇，用系列（series）串起来',
	};
}

/** The columns a line's leading spaces and tabs take (a tab is four). */
function indentOf(text: string, start: number): { columns: number; end: number } {
	let columns = 0;
	let index = start;
	// Stryker disable next-line EqualityOperator: past the end, text[index] is undefined and ends the loop the same
	for (; index < text.length; index++) {
		const char = text[index];
		if (char === ' ') columns++;
		else if (char === '\t') columns += 4;
		else break;
	}
	return { columns, end: index };
}

/**
 * How deep a line of Markdown starts: its `>` quote marks and list markers (- * + or 1. 1)
 * followed by a space), read from the line's start while there are any, and its indentation.
 */
function containerDepth(text: string, start: number, end: number): { depth: number; columns: number; markers: number } {
	let depth = 0;
	let markers = 0;
	let columns = 0;
	let index = start;
	// Stryker disable next-line EqualityOperator: at the line's end stands \n or nothing, which no branch below takes
	while (index < end) {
		const indent = indentOf(text, index);
		columns += indent.columns;
		index = indent.end;
		const char = text[index];
		if (char === '>') {
			depth++;
			index++;
			continue;
		}
		let marker = index;
		if (char === '-' || char === '*' || char === '+') marker++;
		else {
			while (marker < end && marker - index < 9 && text[marker]! >= '0' && text[marker]! <= '9') marker++;
			if (marker === index || (text[marker] !== '.' && text[marker] !== ')')) break;
			marker++;
		}
		if (marker < end && text[marker] !== ' ' && text[marker] !== '\t') break;
		depth++;
		markers++;
		index = marker;
	}
	return { depth, columns, markers };
}

/** The first line of an MDX body that is too long, nested too deep or indented too far, or undefined. */
export function bodyLimitProblem(body: string): LimitProblem | undefined {
	let [items, lines, cells, allMarks] = [0, 0, 0, 0];
	for (let start = 0; start <= body.length; ) {
		const newline = body.indexOf('\n', start);
		const end = newline < 0 ? body.length : newline;
		if (++lines > LIMITS.lines)
			return {
				offset: start,
				problem: `正文太长（到这一行已超过 ${LIMITS.lines} 行）`,
				suggestion: '一篇太长的稿件请分成上下篇，用系列（series）串起来',
			};
		if (end - start > LIMITS.lineChars)
			return {
				offset: start,
				problem: `这一行太长（${end - start} 个字符），每行最多 ${LIMITS.lineChars} 个`,
				suggestion: '一段太长请分成几段，段与段之间空一行',
			};
		let marks = 0;
		// Stryker disable next-line EqualityOperator: body[end] is \n or undefined, neither a mark nor a |
		for (let index = start; index < end; index++) {
			const char = body[index];
			if (char === '*' || char === '_') marks++;
			else if (char === '|') cells++;
		}
		allMarks += marks;
		if (cells > LIMITS.tableCells)
			return {
				offset: start,
				problem: `表格太大（到这一行，表格的竖线 | 已超过 ${LIMITS.tableCells} 个）`,
				suggestion: '很大的表格请分成几张，或只列出要点',
			};
		if (allMarks > LIMITS.emphasisMarksInFile)
			return {
				offset: start,
				problem: `全文的 * 和 _ 太多（到这一行已超过 ${LIMITS.emphasisMarksInFile} 个）`,
				suggestion: '粗体、斜体只用在要点上；要写星号本身请用全角 ＊',
			};
		if (marks > LIMITS.emphasisMarks)
			return {
				offset: start,
				problem: `这一行的 * 和 _ 太多（${marks} 个），每行最多 ${LIMITS.emphasisMarks} 个`,
				suggestion: '粗体、斜体每段用几处即可；要写星号本身请用全角 ＊',
			};
		const { depth, columns, markers } = containerDepth(body, start, end);
		items += markers;
		if (items > LIMITS.listItems)
			return {
				offset: start,
				problem: `列表项太多（到这一行已超过 ${LIMITS.listItems} 项）`,
				suggestion: '很长的名单或表格请分成几篇，或只列出要点',
			};
		if (depth > LIMITS.nesting)
			return {
				offset: start,
				problem: `列表或引用嵌套太深（${depth} 层），最多 ${LIMITS.nesting} 层`,
				suggestion: '减少行首的 > 或列表符号 - 1.，把内容拆成几个并列的部分',
			};
		if (columns > LIMITS.indentColumns)
			return {
				offset: start,
				problem: `行首缩进太深（${columns} 格），最多 ${LIMITS.indentColumns} 格`,
				suggestion: '删去行首多余的空格；正文段落不需要缩进',
			};
		start = end + 1;
	}
	return undefined;
}

/** The first line of a YAML text that is too long, indented too far, or whose brackets nest too deep. */
export function yamlLimitProblem(yaml: string): LimitProblem | undefined {
	let depth = 0;
	// Stryker disable next-line EqualityOperator: the line after a last \n is empty, within every limit
	for (let start = 0; start <= yaml.length; ) {
		const newline = yaml.indexOf('\n', start);
		const end = newline < 0 ? yaml.length : newline;
		if (end - start > LIMITS.lineChars)
			return { offset: start, problem: `这一行太长（${end - start} 个字符），每行最多 ${LIMITS.lineChars} 个`, suggestion: '把这个值写短一些' };
		if (indentOf(yaml, start).columns > LIMITS.indentColumns)
			return { offset: start, problem: `行首缩进太深，最多 ${LIMITS.indentColumns} 格`, suggestion: '字段只需缩进两格一层' };
		// Stryker disable next-line EqualityOperator: yaml[end] is \n or undefined, no bracket
		for (let index = start; index < end; index++) {
			const char = yaml[index];
			if (char === '[' || char === '{') depth++;
			else if ((char === ']' || char === '}') && depth > 0) depth--;
			if (depth > LIMITS.yamlDepth)
				return {
					offset: index,
					problem: `方括号或花括号嵌套太深（超过 ${LIMITS.yamlDepth} 层）`,
					suggestion: '字段的值里不要写成层层嵌套的 [ ] 或 { }',
				};
		}
		start = end + 1;
	}
	return undefined;
}

type TreeNode = { children?: readonly unknown[]; position?: { start: { offset?: number | undefined } } | undefined };

/**
 * Where a syntax tree first goes deeper than LIMITS.treeDepth (the offset of the first node below
 * the limit), or undefined; found without recursion, so no tree is walked recursively before this.
 */
export function tooDeep(root: TreeNode): number | undefined {
	const stack: [node: TreeNode, depth: number][] = [[root, 1]];
	for (let top = stack.pop(); top; top = stack.pop()) {
		const [node, depth] = top;
		if (depth > LIMITS.treeDepth) return node.position?.start.offset ?? 0;
		const children = node.children ?? [];
		for (let index = children.length - 1; index >= 0; index--) stack.push([children[index] as TreeNode, depth + 1]);
	}
	return undefined;
}
