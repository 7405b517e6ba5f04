/**
 * What the web editor counts as a phone: a screen narrower than the 800 px Decap lays its editing
 * page out for. /admin/ loads phone.css on such a screen (pipeline/web-editor.ts), and editor.ts
 * starts it on the fields rather than the preview.
 */
export const PHONE_SCREEN = '(max-width: 799px)';

/** Where Decap keeps which pane is open beside the fields ('preview', 'none', …), in localStorage. */
export const RIGHT_PANE = 'cms.right-pane';
