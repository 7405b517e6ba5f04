/** An annotation as GitHub reads it: one line, `::severity file=…,line=…,col=…,title=…::message`. */
const ANNOTATION = /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),title=([^,:]+)::([^\r\n]+)$/;
const unescape = (text: string) => text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => decodeURIComponent(`%${code}`));

/** A GitHub annotation line read back into its parts; throws on one that is not well formed. */
export function readAnnotation(annotation: string) {
	const match = ANNOTATION.exec(annotation);
	if (!match) throw new Error(`not a well-formed annotation: ${annotation}`);
	const [, severity, file, line, col, title, message] = match as unknown as string[];
	return {
		severity,
		file: unescape(file!),
		line: Number(line),
		column: Number(col),
		title: unescape(title!),
		message: unescape(message!),
	};
}
