/**
 * Pictures chosen in the web editor's media library, before Decap reads them: each is renamed
 * as the gate wants (editor/upload-name.ts) or refused with the reason in Chinese. Listens to the
 * file inputs' change in the capture phase, so it runs before Decap's own handler, which then
 * reads the renamed file, or never hears of a refused one.
 */
import { uploadVerdict } from '../lib/editor/upload-name';

export function guardUploads(page: Document, alert: (message: string) => void): void {
	page.addEventListener(
		'change',
		(event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
			const files = [...input.files];
			const verdicts = files.map((file) => uploadVerdict(file.name, file.size));
			const refused = verdicts.flatMap((verdict) => ('refused' in verdict ? [verdict.refused] : []));
			if (refused.length > 0) {
				event.stopImmediatePropagation();
				input.value = '';
				alert(refused.join('\n'));
				return;
			}
			const renamed = new DataTransfer();
			files.forEach((file, index) => {
				const { name } = verdicts[index] as { name: string };
				renamed.items.add(
					name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified }),
				);
			});
			input.files = renamed.files;
		},
		true,
	);
}
