/**
 * The web editor's own script (/admin/editor.js, bundled by pipeline/web-editor.ts). Loaded after
 * Decap CMS, it teaches Decap the site's ways, then starts it with /admin/config.yml:
 * - articles are read and written as the site's MDX files (editor/mdx-file.ts);
 * - the body's buttons insert the site's three components (editor/cms-components.ts);
 * - a new article's file name is proposed from its title's pinyin, as `npm run new` does.
 */
import { EDITOR_COMPONENTS } from '../lib/editor/cms-components';
import { FILE_NAME_WIDGET } from '../lib/editor/file-name';
import { readMdxFile, writeMdxFile } from '../lib/editor/mdx-file';
import { articleSlug } from '../lib/editor/scaffold';

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

cms.registerCustomFormat('mdx-frontmatter', 'mdx', { fromFile: readMdxFile, toFile: writeMdxFile });
cms.registerWidget(FILE_NAME_WIDGET, FileNameControl);
for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);
cms.init();
