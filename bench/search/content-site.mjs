// Builds a stand-in for the bundled site from the real content (data/ and content/ of the content branch) while the
// generator cannot render it yet: one simple page per story, community, station, programme, district, topic and
// page, at the site's real URLs, plus docs.json (facets for our indexer). Benchmark use only.
// Usage: node content-site.mjs CONTENT_ROOT OUT_DIR     (CONTENT_ROOT holds data/ and content/)
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const [root, out] = process.argv.slice(2);
const TYPES = { story: '故事', community: '社区', station: '站点', programme: '项目', district: '区', topic: '主题', page: '页面' };

function records(dataset) {
  const dir = path.join(root, 'data', dataset);
  const schema = YAML.parse(fs.readFileSync(path.join(dir, '_dataset.yml'), 'utf8'));
  const list = fs.readdirSync(dir).filter((f) => f.endsWith('.yml') && f !== '_dataset.yml').sort()
    .map((f) => YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  return { schema, list, byId: new Map(list.map((r) => [r.id, r])) };
}
const data = Object.fromEntries(['districts', 'topics', 'communities', 'stations', 'programmes'].map((d) => [d, records(d)]));
const nameOf = (dataset, id) => data[dataset]?.byId.get(id)?.name ?? id;

function frontMatter(file) {
  const text = fs.readFileSync(file, 'utf8');
  const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  return m ? { meta: YAML.parse(m[1]), body: m[2] } : { meta: {}, body: text };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Markdown to plain paragraphs: enough for search text, not a renderer.
function markdown(body) {
  return body.split(/\n\s*\n/).map((block) => {
    const text = block.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '').replace(/^\s*([-*+]|\d+\.)\s+/gm, '').trim();
    if (!text) return '';
    const h = text.match(/^(#{1,6})\s+(.*)$/);
    return h ? `<h2>${esc(h[2])}</h2>` : `<p>${esc(text.replace(/\n/g, ''))}</p>`;
  }).join('\n');
}

const docs = [];
function page(url, type, title, districtId, topicIds, date, bodyHtml) {
  const district = districtId && data.districts.byId.get(districtId) ? { id: districtId, name: nameOf('districts', districtId) } : null;
  const topics = (topicIds || []).filter((t) => data.topics.byId.has(t)).map((t) => ({ id: t, name: nameOf('topics', t) }));
  const meta = [`<span data-pagefind-filter="type">${TYPES[type]}</span>`];
  if (district) meta.push(`<span data-pagefind-filter="district">${esc(district.name)}</span>`);
  topics.forEach((t) => meta.push(`<a href="/topics/${t.id}/">${esc(t.name)}</a>`));
  if (date) meta.push(`<time data-pagefind-sort="date">${esc(date)}</time>`);
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} · 武汉基层治理故事与数据</title></head>
<body><header><nav><a href="/">首页</a> <a href="/stories/">故事</a> <a href="/data/">数据</a></nav></header>
<main data-pagefind-body><article>
<h1>${esc(title)}</h1>
<p class="meta">${meta.join(' · ')}</p>
${bodyHtml}
</article></main>
<footer><p>内容依据公开报道整理。</p></footer></body></html>
`;
  fs.mkdirSync(path.join(out, url), { recursive: true });
  fs.writeFileSync(path.join(out, url, 'index.html'), html);
  docs.push({ url, type, title, district, topics, date: date ? String(date) : null });
}

// Stories
const storyDir = path.join(root, 'content', 'stories');
for (const f of fs.readdirSync(storyDir).filter((f) => f.endsWith('.md') && !f.endsWith('.en.md')).sort()) {
  const { meta, body } = frontMatter(path.join(storyDir, f));
  if (meta.draft) continue;
  page(`stories/${f.slice(0, -3)}/`, 'story', meta.title, meta.district, meta.topics, meta.date,
    `<p class="summary">${esc(meta.summary || '')}</p>\n${markdown(body)}`);
}

// Records: every field the schema declares, as a definition list, references by name.
const SKIP = new Set(['id', 'name', 'name_en', 'summary', 'district', 'topics', 'sources']);
for (const [dataset, type] of [['communities', 'community'], ['stations', 'station'], ['programmes', 'programme']]) {
  for (const r of data[dataset].list) {
    const rows = data[dataset].schema.fields.filter((fl) => !SKIP.has(fl.name) && r[fl.name] != null && !fl.name.endsWith('_en'))
      .map((fl) => {
        const values = [].concat(r[fl.name]).map((v) => fl.reference && data[fl.reference] ? nameOf(fl.reference, v) : v);
        return `<dt>${esc(fl.title.zh)}</dt><dd>${esc(values.join('、'))}${fl.unit ? ' ' + esc(fl.unit.zh) : ''}</dd>`;
      });
    page(`${dataset}/${r.id}/`, type, r.name, r.district, r.topics, r.opened || r.started || null,
      `<p class="summary">${esc(r.summary || '')}</p>\n<dl>${rows.join('')}</dl>`);
  }
}
for (const d of data.districts.list) page(`districts/${d.id}/`, 'district', d.name, d.id, [], null, `<p>${esc(d.description || '')}</p>`);
for (const t of data.topics.list) page(`topics/${t.id}/`, 'topic', t.name, null, [], null, `<p>${esc(t.description || '')}</p>`);
const pageDir = path.join(root, 'content', 'pages');
for (const f of fs.readdirSync(pageDir).filter((f) => f.endsWith('.md') && !f.endsWith('.en.md')).sort()) {
  const { meta, body } = frontMatter(path.join(pageDir, f));
  page(`${f.slice(0, -3)}/`, 'page', meta.title, null, [], null, markdown(body));
}

fs.writeFileSync(path.join(out, 'docs.json'), JSON.stringify(docs, null, 1));
console.log(`content site: ${docs.length} pages in ${out}`);
