// Builds a fixture site of about 60 simple Chinese pages from the articles in ../shared/seeds, for the benchmark only
// (the real site replaces it once it builds). Writes <out>/**/index.html and <out>/docs.json (facets for our indexer).
// Usage: node fixture.mjs SEEDS_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';

const [seeds, out] = process.argv.slice(2);
const DISTRICTS = [
  ['jiangan', '江岸区'], ['jianghan', '江汉区'], ['qiaokou', '硚口区'], ['hanyang', '汉阳区'], ['wuchang', '武昌区'],
  ['qingshan', '青山区'], ['hongshan', '洪山区'], ['dongxihu', '东西湖区'], ['caidian', '蔡甸区'], ['jiangxia', '江夏区'],
  ['huangpi', '黄陂区'], ['xinzhou', '新洲区'], ['donghu', '东湖高新区'],
];
const TOPICS = [
  ['outdoor-workers', '新就业群体', /骑手|外卖|快递|小哥|新就业|户外工作者|网约车/],
  ['elevators', '加装电梯', /电梯/], ['parking', '停车', /停车|车位/],
  ['volunteers', '志愿服务', /志愿/], ['social-work', '社会工作', /社工|社会工作/],
  ['housing', '小区治理', /小区|物业|业委会/], ['digital', '智慧治理', /数据|智慧|平台|一网统管/],
];
const TYPES = { story: '故事', station: '站点', programme: '项目', community: '社区' };

const isHeading = (p) => p.startsWith('## ') || (p.length >= 6 && p.length <= 32 && !/[。！？；：，”]$/.test(p));
const pages = [];
for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const seed = file.slice(0, 3);
  const paragraphs = fs.readFileSync(path.join(seeds, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').replace(/【\s*】/g, '').trim())
    .filter((p) => p.length > 0);
  let title = null, body = [], size = 0, n = 0;
  const flush = () => {
    if (size < 60) return;
    const text = body.join('');
    const t = title || text.replace(/[“”]/g, '').split(/[，。！？]/)[0].slice(0, 24);
    pages.push({ seed, n: n++, title: t, paragraphs: body });
    body = []; size = 0; title = null;
  };
  for (const p of paragraphs) {
    if (isHeading(p)) {
      if (size >= 250) flush();
      if (size === 0) { title = p.replace(/^##\s*/, ''); continue; }
    }
    body.push(p.replace(/^##\s*/, ''));
    size += p.length;
    if (size >= 420) flush();
  }
  flush();
}

const docs = [];
for (const page of pages) {
  const text = page.title + page.paragraphs.join('');
  const type = /驿站|服务站|公寓|服务中心|小站/.test(page.title) ? 'station'
    : /志愿|项目|计划|队|行动/.test(page.title) ? 'programme'
      : /社区$|社区[^服]/.test(page.title) ? 'community' : 'story';
  const district = DISTRICTS.find(([, name]) => text.includes(name) || text.includes(name.replace(/区$/, '')));
  const topics = TOPICS.filter(([, , re]) => re.test(text)).map(([id, name]) => ({ id, name }));
  const url = `${{ story: 'stories', station: 'stations', programme: 'programmes', community: 'communities' }[type]}/s${page.seed}-${String(page.n).padStart(2, '0')}/`;
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${page.title} · 武汉基层治理</title></head>
<body><header><nav><a href="/">首页</a> <a href="/stories/">故事</a> <a href="/data/">数据</a></nav></header>
<main data-pagefind-body><article>
<h1>${page.title}</h1>
<p class="meta"><span data-pagefind-filter="type">${TYPES[type]}</span>${district ? ` · <span data-pagefind-filter="district">${district[1]}</span>` : ''}${topics.map((t) => ` · <span class="topic">${t.name}</span>`).join('')}</p>
${page.paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
</article></main>
<footer><p>内容依据公开报道整理。</p></footer></body></html>
`;
  fs.mkdirSync(path.join(out, url), { recursive: true });
  fs.writeFileSync(path.join(out, url, 'index.html'), html);
  docs.push({ url, type, district: district ? { id: district[0], name: district[1] } : null, topics, title: page.title });
}
fs.writeFileSync(path.join(out, 'docs.json'), JSON.stringify(docs, null, 1));
console.log(`fixture: ${docs.length} pages in ${out}`);
