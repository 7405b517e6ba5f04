import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 375, height: 667 } });
await p.goto('http://127.0.0.1:8123/articles/saohei-zhengzhi-zhanwei/', { waitUntil: 'networkidle' });
await p.emulateMedia({ media: 'print' });
writeFileSync('/tmp/a.pdf', await p.pdf({ preferCSSPageSize: true }));
await b.close();
