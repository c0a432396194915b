// Builds the search index into dist/pagefind with Pagefind's Node API (one index per <html lang>).
import { createIndex, close } from 'pagefind';

const dir = process.argv[2] ?? 'dist';
const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
console.log(`Pagefind: indexed ${added.page_count} pages into ${dir}/pagefind`);
await close();
