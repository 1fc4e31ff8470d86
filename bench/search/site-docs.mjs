// Writes docs.json (url, type, district, topics, date per page) into a site built by `civic build`, so that
// `node run.mjs --site DIR` can index the real pages. The facts come from the published data/<dataset>.json files
// and, for stories, from the district and topic links of the page; the same ones the build's own index uses.
// Usage: node site-docs.mjs SITE_DIR
import fs from 'node:fs';
import path from 'node:path';

const site = path.resolve(process.argv[2] || '_site');
const json = (p) => JSON.parse(fs.readFileSync(path.join(site, p), 'utf8'));
const records = (ds) => Object.fromEntries(json(`data/${ds}.json`).records.map((r) => [r.id, r]));
const districts = records('districts');
const topics = records('topics');
const facet = (list, id) => (id && list[id] ? { id, name: list[id].name } : null);
const byType = { communities: 'community', stations: 'station', programmes: 'programme' };
const data = Object.fromEntries(Object.keys(byType).map((ds) => [ds, records(ds)]));
const datasets = fs.readdirSync(path.join(site, 'data')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'feed.json').map((f) => f.slice(0, -5));

const docs = [];
for (const first of fs.readdirSync(site).sort()) {
  const dir = path.join(site, first);
  if (!fs.statSync(dir).isDirectory() || ['en', 'search', 'assets'].includes(first)) continue;
  if (fs.existsSync(path.join(dir, 'index.html')) && ['about', 'licence', 'contributing'].includes(first)) {
    docs.push({ url: `${first}/`, type: 'page', district: null, topics: [] });
  }
  for (const second of fs.readdirSync(dir).sort()) {
    const page = path.join(dir, second, 'index.html');
    if (!fs.existsSync(page) || second === 'page') continue;
    const url = `${first}/${second}/`;
    if (first === 'stories') {
      const html = fs.readFileSync(page, 'utf8');
      const article = html.slice(html.indexOf('<article'), html.indexOf('<section class="related"') > 0 ? html.indexOf('<section class="related"') : undefined);
      const district = /href="\/districts\/([a-z0-9-]+)\/"/.exec(article)?.[1];
      const topicIds = [...new Set([...article.matchAll(/href="\/topics\/([a-z0-9-]+)\/"/g)].map((m) => m[1]))];
      const date = /<time datetime="([0-9-]+)"/.exec(article)?.[1];
      docs.push({ url, type: 'story', district: facet(districts, district), topics: topicIds.map((t) => facet(topics, t)).filter(Boolean), date });
    } else if (byType[first] && data[first][second]) {
      const r = data[first][second];
      docs.push({ url, type: byType[first], district: facet(districts, r.district), topics: (r.topics || []).map((t) => facet(topics, t)).filter(Boolean) });
    } else if (first === 'districts' && districts[second]) {
      docs.push({ url, type: 'district', district: facet(districts, second), topics: [] });
    } else if (first === 'topics' && topics[second]) {
      docs.push({ url, type: 'topic', district: null, topics: [facet(topics, second)] });
    } else if (first === 'data' && datasets.includes(second)) {
      docs.push({ url, type: 'dataset', district: null, topics: [] });
    }
  }
}
fs.writeFileSync(path.join(site, 'docs.json'), JSON.stringify(docs, null, 1));
console.log(`docs.json: ${docs.length} pages`);
