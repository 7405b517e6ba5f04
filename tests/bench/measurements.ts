/** What the benchmark measures, as bench/results.json keeps it and the chart draws it. */

export interface Measurement {
	project: 'site' | 'baseline';
	articles: number;
	pages: number;
	wallSeconds: number;
	msPerPage: number;
	peakRssMb: number;
	/** User and system CPU time of the build, all its threads and processes. */
	cpuSeconds: number;
	distMb: number;
	/** What the search index adds at the end: its writing after the last page (it indexes alongside). */
	searchIndexSeconds?: number | undefined;
	/** With --repeat: every run's wall time (wallSeconds is their median) and max − min. */
	runs?: number[];
	spreadSeconds?: number;
}

/** One feature's cost: the full build against the build without it, same count, same run. */
export interface FeatureCost {
	feature: string;
	label: string;
	wallSeconds: number;
	peakRssMb: number;
	/** The median over the rounds of (the site's time − the time without it), same round. */
	savedSeconds: number;
	/** The least and the most it saved in a round. */
	savedRange: [number, number];
	savedMb: number;
}

/** A rebuild with Astro's cache from the build before it. */
export interface WarmBuild {
	articles: number;
	change: string;
	wallSeconds: number;
	ofCold: number;
}
