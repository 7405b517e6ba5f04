/**
 * A new article's file name in the web editor: its id and address, so the collection's slug, asked
 * for on its own and never written into the file (mdx-file.ts). Apart from cms-config.ts so the
 * editor's browser script (src/admin/editor.ts) can name it without the schemas.
 */
/** The widget of a new article's file name (src/admin/editor.ts): the title's pinyin, as `npm run new` proposes. */
export const FILE_NAME_WIDGET = 'file-name';

/**
 * An article's file name, which is its id and address: asked for in the editor, never written
 * into the file (editor/mdx-file.ts leaves it out), and the collection's slug.
 */
export const FILE_NAME_FIELD = {
	name: 'fileName',
	label: '文件名（网址）',
	widget: FILE_NAME_WIDGET,
	required: false,
	hint: '文件名就是文章的网址：自动取标题的拼音，可以改短；只能用小写英文字母、数字和连字符，如 wu-lan-ha-da-huo-shan',
	pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', '文件名只能用小写英文字母、数字和连字符，如 wu-lan-ha-da-huo-shan'],
} as const;
