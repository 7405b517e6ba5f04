import QRCode from 'qrcode';

/** Modules of white border every scanner expects around the code (ISO/IEC 18004). */
const QUIET_ZONE = 4;
/**
 * Side of a code on screen, in CSS pixels: about 160 px scans well from a screen or a printout.
 * The SVG scales to it sharply (crispEdges), whatever the code's module count.
 */
export const QR_DISPLAY_PX = 164;

/** Side of the code printed beside an article's address, in CSS pixels: about 25 mm on A4. */
export const QR_PRINT_PX = 96;
/** Level M survives a smudged print or a cracked phone screen and keeps the code small. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: QUIET_ZONE } as const;

/** Side of the code, quiet zone included, in modules. */
export function qrModules(text: string): number {
	return QRCode.create(text, OPTIONS).modules.size + QUIET_ZONE * 2;
}

/**
 * The QR code as SVG: about 2 KB, sharp at any size and density (crispEdges), and drawn in
 * well under a millisecond, which matters at thousands of articles.
 */
export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { ...OPTIONS, type: 'svg' });
}

/** The response of a QR endpoint: the picture of `text`. */
export async function qrResponse(text: string): Promise<Response> {
	return new Response(await qrSvg(text), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
