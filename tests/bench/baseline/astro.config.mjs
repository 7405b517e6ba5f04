// The bare minimal Astro site the benchmark compares against: the same MDX, one layout, one page
// per article, nothing else (no search, feed, sitemap, QR codes or checks).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
