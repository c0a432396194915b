// Dev aid: screenshots of built pages, e.g. `node scripts/screenshot.mjs en/why-blocked/ 320`.
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const [path = '', width = '1280', out = '/tmp/shot.png'] = process.argv.slice(2);
const { server, url } = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: process.env.SCHEME || 'light' });
await page.goto(new URL(path, url).href);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
server.close();
console.log(out);
