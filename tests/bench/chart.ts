/** A small SVG chart of build time and peak memory against article count, site and baseline. */
import type { FeatureCost, Measurement, WarmBuild } from './measurements';

const WIDTH = 720;
const HEIGHT = 300;
const PAD = { left: 64, right: 16, top: 36, bottom: 44 };

function panel(
	results: readonly Measurement[],
	value: (m: Measurement) => number,
	title: string,
	unit: string,
	offsetX: number,
): string {
	const counts = [...new Set(results.map((r) => r.articles))].sort((a, b) => a - b);
	const max = Math.max(...results.map(value)) * 1.1 || 1;
	const w = WIDTH / 2 - PAD.left - PAD.right;
	const h = HEIGHT - PAD.top - PAD.bottom;
	const most = Math.max(...counts);
	// A linear scale: time and memory against the real article count.
	const x = (count: number) => offsetX + PAD.left + (count / most) * w;
	const y = (v: number) => PAD.top + h - (v / max) * h;
	const line = (project: Measurement['project'], colour: string) => {
		const points = results.filter((r) => r.project === project).sort((a, b) => a.articles - b.articles);
		const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.articles).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ');
		const dots = points
			.map(
				(p) =>
					`<circle cx="${x(p.articles).toFixed(1)}" cy="${y(value(p)).toFixed(1)}" r="3" fill="${colour}"><title>${p.articles}: ${value(p)} ${unit}</title></circle>`,
			)
			.join('');
		return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>${dots}`;
	};
	const ticks = [0, 0.5, 1]
		.map((f) => `<text x="${offsetX + PAD.left - 6}" y="${y(max * f) + 4}" text-anchor="end">${Math.round(max * f)}</text>`)
		.join('');
	const labels = counts.map((c) => `<text x="${x(c)}" y="${HEIGHT - PAD.bottom + 18}" text-anchor="middle">${c}</text>`).join('');
	return `<g><text x="${offsetX + PAD.left}" y="20" font-weight="bold">${title} (${unit})</text>
<line x1="${offsetX + PAD.left}" y1="${PAD.top + h}" x2="${offsetX + PAD.left + w}" y2="${PAD.top + h}" stroke="#999"/>
<line x1="${offsetX + PAD.left}" y1="${PAD.top}" x2="${offsetX + PAD.left}" y2="${PAD.top + h}" stroke="#999"/>
${ticks}${labels}${line('site', '#b0161b')}${line('baseline', '#1a5fb4')}
<text x="${offsetX + PAD.left + w / 2}" y="${HEIGHT - 8}" text-anchor="middle">articles</text></g>`;
}

/** Horizontal bars, one a row: what each feature costs, or what a warm rebuild takes. */
function bars(rows: readonly { label: string; value: number; note: string }[], title: string, top: number): string {
	if (rows.length === 0) return '';
	const max = Math.max(...rows.map((r) => r.value), 0.1);
	const left = 300;
	const w = WIDTH - left - 110;
	const body = rows
		.map((r, i) => {
			const y = top + 24 + i * 20;
			const width = Math.max(0, (r.value / max) * w);
			return `<text x="${left - 8}" y="${y + 11}" text-anchor="end">${r.label}</text><rect x="${left}" y="${y}" width="${width.toFixed(1)}" height="14" fill="#b0161b"/><text x="${left + width + 6}" y="${y + 11}">${r.note}</text>`;
		})
		.join('\n');
	return `<g><text x="${PAD.left}" y="${top + 14}" font-weight="bold">${title}</text>\n${body}</g>`;
}

const barsHeight = (rows: number) => (rows > 0 ? 34 + rows * 20 : 0);

export function chart(
	results: readonly Measurement[],
	features: readonly FeatureCost[] = [],
	warm: readonly WarmBuild[] = [],
): string {
	const featureRows = features.map((f) => ({
		label: f.label,
		value: Math.max(0, f.savedSeconds),
		note: `${f.savedSeconds} s (${f.savedRange[0]} to ${f.savedRange[1]}), ${f.savedMb} MB`,
	}));
	const warmRows = warm.map((w) => ({
		label: `${w.articles}: ${w.change}`,
		value: w.wallSeconds,
		note: `${w.wallSeconds} s (${w.ofCold}×)`,
	}));
	const featuresTop = HEIGHT + 30;
	const warmTop = featuresTop + barsHeight(featureRows.length);
	const height = warmTop + barsHeight(warmRows.length);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${panel(results, (m) => m.wallSeconds, 'Cold build time', 's', 0)}
${panel(results, (m) => m.peakRssMb, 'Peak memory', 'MB', WIDTH / 2)}
<g transform="translate(${PAD.left},${HEIGHT + 14})"><rect width="12" height="4" y="-4" fill="#b0161b"/><text x="16" y="0">this site</text>
<rect x="90" width="12" height="4" y="-4" fill="#1a5fb4"/><text x="106" y="0">bare Astro, same MDX</text></g>
${bars(featureRows, `What each feature costs at ${features.length > 0 ? (results[0]?.articles ?? '') : ''} articles (build time saved with it off)`, featuresTop)}
${bars(warmRows, 'Rebuilds with the cache kept', warmTop)}
</svg>
`;
}
