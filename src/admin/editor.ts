/**
 * The web editor's own script (/admin/editor.js, bundled by pipeline/web-editor.ts). Loaded after
 * Decap CMS, it teaches Decap the site's ways, then starts it with /admin/config.yml:
 * - articles are read and written as the site's MDX files (editor/mdx-file.ts);
 * - the body's buttons insert the site's three components (editor/cms-components.ts);
 * - a new article's file name is proposed from its title's pinyin, as `npm run new` does;
 * - the gate's checks run on the article as it is written (the check panel), and an article
 *   with an error cannot be saved;
 * - the preview draws the article with the site's own markup and styles (preview.ts);
 * - a picture uploaded is renamed as the gate wants, or refused in Chinese (uploads.ts);
 * - on a phone, the fields and the preview each take the whole screen (phone.css).
 */
import type { Diagnostic } from '../lib/content/diagnostics';
import { checkEntry, type KnownIds } from '../lib/content/entry-check';
import { CHECK_WIDGET, markedFieldsStyle, panelLines } from '../lib/editor/check-panel';
import { editorComponents } from '../lib/editor/cms-components';
import { FILE_NAME_WIDGET } from '../lib/editor/file-name';
import { ARTICLE_FIELD_ORDER, readMdxFile, writeMdxFile } from '../lib/editor/mdx-file';
import { articlePreview } from './preview';
import { guardUploads } from './uploads';
import { articleSlug } from '../lib/editor/scaffold';
import { PHONE_SCREEN, RIGHT_PANE } from '../lib/editor/phone-screen';

/** What a widget's control is given (Decap passes Immutable maps; only get/getIn are used). */
interface ControlProps {
	value?: string;
	onChange: (value: string) => void;
	forID: string;
	classNameWrapper: string;
	setActiveStyle: () => void;
	setInactiveStyle: () => void;
	entry: { get: (key: string) => unknown; getIn: (path: string[]) => unknown };
}

/** The sections, series and ads there are when the editor was built (pipeline/web-editor.ts). */
declare const CONTENT_IDS: KnownIds;
/** The ads' titles by id, for their previews. */
declare const PROMO_TITLES: Record<string, string>;

interface Control {
	props: ControlProps;
	/** Whether the editor typed a file name of their own: then the title no longer changes it. */
	typed?: boolean;
	propose: () => void;
}

interface Decap {
	registerCustomFormat: (
		name: string,
		extension: string,
		format: { fromFile: (text: string) => unknown; toFile: (value: Record<string, unknown>) => string },
	) => void;
	registerEditorComponent: (component: unknown) => void;
	registerWidget: (name: string, control: unknown) => void;
	registerPreviewTemplate: (collection: string, component: unknown) => void;
	registerPreviewStyle: (url: string) => void;
	init: () => void;
}

const globals = window as unknown as {
	CMS: Decap;
	createClass: (spec: ThisType<Control> & Record<string, unknown>) => unknown;
	h: (type: string, props: Record<string, unknown>, ...children: unknown[]) => unknown;
};
const { CMS: cms, createClass, h } = globals;

/** A new article's file name: the title's pinyin until the editor types one; an existing article's is shown, fixed. */
const FileNameControl = createClass({
	// Decap renders a widget again only when its own value changes: this one follows the title too.
	shouldComponentUpdate(next: ControlProps) {
		return next.entry !== this.props.entry || next.value !== this.props.value;
	},
	componentDidMount() {
		this.propose();
	},
	componentDidUpdate() {
		this.propose();
	},
	propose() {
		const { value, onChange, entry } = this.props;
		if (!entry.get('newRecord') || this.typed) return;
		const proposed = articleSlug(String(entry.getIn(['data', 'title']) ?? ''));
		if (value !== proposed) onChange(proposed);
	},
	render() {
		const { value, forID, classNameWrapper, setActiveStyle, setInactiveStyle, entry } = this.props;
		if (!entry.get('newRecord'))
			return h('p', { id: forID, className: classNameWrapper }, `${String(entry.get('slug'))}.mdx（已有的文章，文件名不再改动）`);
		return h('input', {
			id: forID,
			className: classNameWrapper,
			value: value ?? '',
			onFocus: setActiveStyle,
			onBlur: setInactiveStyle,
			onChange: (event: { target: { value: string } }) => {
				this.typed = true;
				this.props.onChange(event.target.value);
			},
		});
	},
});

/** The article as it would be saved: its path under content/ (none before it has a name) and its file's text. */
function articleFile(entry: ControlProps['entry']): { path: string | undefined; text: string } {
	const data = (entry.get('data') as { toJS: () => Record<string, unknown> }).toJS();
	const name = entry.get('newRecord') ? String(data['fileName'] ?? '') : String(entry.get('slug'));
	return { path: name ? `content/articles/${name}.mdx` : undefined, text: writeMdxFile(data) };
}

/** What the panel says of a new article before it has a name: the check starts once it has one. */
const UNNAMED: Diagnostic = {
	file: '（新文章）',
	line: 1,
	column: 1,
	severity: 'error',
	field: 'fileName',
	problem: '还没有文件名',
	suggestion: '先填写标题：文件名（网址）由标题的拼音自动生成，检查随后开始',
};

interface CheckControl {
	props: ControlProps & { getEntry: () => ControlProps['entry'] };
	state: { diagnostics: Diagnostic[]; checked: string };
	setState: (state: Partial<CheckControl['state']>) => void;
	timer?: ReturnType<typeof setInterval>;
	check: () => Diagnostic[];
}

/** How often the panel looks at the article (Decap redraws a widget for its own value only). */
const CHECK_EVERY_MS = 300;

/** The check panel: the gate's lines for the article as written, the fields they name marked. */
const CheckPanel = createClass({
	getInitialState() {
		return { diagnostics: [], checked: '' };
	},
	componentDidMount(this: CheckControl) {
		this.check();
		this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
	},
	componentWillUnmount(this: CheckControl) {
		clearInterval(this.timer);
	},
	/** The article as it is now, checked once for each version of it; what the check says. */
	check(this: CheckControl) {
		const { path, text } = articleFile(this.props.getEntry());
		const key = `${path}\n${text}`;
		if (key === this.state.checked) return this.state.diagnostics;
		const diagnostics = path ? checkEntry(path, text, CONTENT_IDS) : [UNNAMED];
		this.setState({ diagnostics, checked: key });
		return diagnostics;
	},
	/** Decap asks before saving (and only then): an error stops the save, and the panel is brought into view. */
	isValid(this: CheckControl) {
		const { errors } = panelLines(this.check());
		if (errors === 0) return true;
		document.getElementById(this.props.forID)?.scrollIntoView({ block: 'center' });
		return { error: { message: `发稿前检查有 ${errors} 个错误，改好才能保存（见本栏）` } };
	},
	render(this: CheckControl) {
		const { forID, classNameWrapper } = this.props;
		const { diagnostics } = this.state;
		const { lines, errors, summary } = panelLines(diagnostics);
		return h(
			'div',
			{ id: forID, className: classNameWrapper },
			h(
				'div',
				{ role: 'status', 'data-errors': String(errors) },
				h('p', { style: { margin: '0 0 8px', fontWeight: 600 } }, summary),
				lines.length > 0 &&
					h(
						'ul',
						{ style: { margin: 0, paddingLeft: '1.2em', lineHeight: 1.6, overflowWrap: 'anywhere' } },
						...lines.map((line, index) =>
							h('li', { key: index, style: { color: diagnostics[index]!.severity === 'error' ? '#b00020' : '#7a5200' } }, line),
						),
					),
			),
			h('style', {}, markedFieldsStyle(diagnostics, ['body', 'fileName', ...ARTICLE_FIELD_ORDER])),
		);
	},
});

cms.registerCustomFormat('mdx-frontmatter', 'mdx', { fromFile: readMdxFile, toFile: writeMdxFile });
cms.registerWidget(FILE_NAME_WIDGET, FileNameControl);
cms.registerWidget(CHECK_WIDGET, CheckPanel);
for (const component of editorComponents(PROMO_TITLES)) cms.registerEditorComponent(component);
guardUploads(document, (message) => window.alert(message));
cms.registerPreviewTemplate(
	'articles',
	articlePreview(createClass as (spec: Record<string, unknown>) => unknown, h, CONTENT_IDS),
);
cms.registerPreviewStyle(new URL('preview.css', location.href).href);
// On a phone the preview takes the whole screen in place of the fields (phone.css), so a phone
// starts on the fields; the eye button switches, and Decap remembers the choice.
if (window.matchMedia(PHONE_SCREEN).matches && localStorage.getItem(RIGHT_PANE) === null)
	localStorage.setItem(RIGHT_PANE, 'none');
cms.init();
