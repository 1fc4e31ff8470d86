// Benchmark: Civic's search index vs Pagefind 1.6.0 on the same built site (see README.md).
// Usage: node run.mjs [--content DIR | --fixture | --site DIR] [--queries FILE] [--out DIR] [--cold N]
//   default     pages made by content-site.mjs from the `content` branch (git archive, nothing merged), queries.tsv
//   --content   the same from a folder holding data/ and content/
//   --fixture   about 60 pages cut from ../shared/seeds by fixture.mjs, queries-fixture.tsv
//   --site DIR  a built site with docs.json (url, type, district, topics per page)
//   --cold N    cold runs (fresh browser profile each) for N queries spread over the set; default 30
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import http from 'node:http';
import zlib from 'node:zlib';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : 'true']);
  return acc;
}, []));
const out = path.resolve(args.out || path.join(here, 'out'));
const coldLimit = Number(args.cold || 30);
const chromium = args.chromium || '/usr/bin/chromium';

function step(msg) { process.stderr.write(`[bench] ${msg}\n`); }
function run(cmd, argv, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, stdout: r.stdout };
}

// ---------------------------------------------------------------- 1. the site, twice
fs.rmSync(out, { recursive: true, force: true });
const site = path.join(out, 'site');
let queryFile = path.join(here, 'queries.tsv');
if (args.site) fs.cpSync(path.resolve(args.site), site, { recursive: true });
else if (args.fixture) {
  run('node', [path.join(here, 'fixture.mjs'), path.resolve(repo, '../shared/seeds'), site]);
  queryFile = path.join(here, 'queries-fixture.tsv');
} else {
  let content = args.content && path.resolve(args.content);
  if (!content) {
    content = path.join(out, 'content');
    fs.mkdirSync(content, { recursive: true });
    run('bash', ['-c', `git -C "${repo}" archive content data content | tar -x -C "${content}"`]);
  }
  run('node', [path.join(here, 'content-site.mjs'), content, site]);
}
if (args.queries) queryFile = path.resolve(args.queries);
const docs = JSON.parse(fs.readFileSync(path.join(site, 'docs.json'), 'utf8'));
const oursRoot = path.join(out, 'ours');
const pfRoot = path.join(out, 'pagefind');
fs.cpSync(site, oursRoot, { recursive: true });
fs.cpSync(site, pfRoot, { recursive: true });
fs.rmSync(path.join(oursRoot, 'search'), { recursive: true, force: true });
fs.rmSync(path.join(pfRoot, 'search'), { recursive: true, force: true });
// A built site has the English interface under /en/: Pagefind would make a second language index there and the
// harness (lang zh-CN) would query that one. Both engines index the default-language pages only.
fs.rmSync(path.join(pfRoot, 'en'), { recursive: true, force: true });

// ---------------------------------------------------------------- 2. index with both engines
step('pagefind');
const pf = run(path.join(here, 'node_modules/.bin/pagefind'), ['--site', pfRoot]);
step('ours');
run('dotnet', ['build', path.join(here, 'Indexer'), '-c', 'Release', '-v', 'q', '-nologo']);
// Our index carries the repository's synonyms.yml in its manifest, as the build's does; --synonyms DIR takes the
// synonyms.yml of another site root, --synonyms none leaves them out.
const synonymsRoot = args.synonyms === 'none' ? null : path.resolve(args.synonyms || repo);
const useSynonyms = synonymsRoot && fs.existsSync(path.join(synonymsRoot, 'synonyms.yml'));
const ours = run('dotnet', ['run', '--no-build', '-c', 'Release', '--project', path.join(here, 'Indexer'), '--', oursRoot]
  .concat(useSynonyms ? [synonymsRoot] : []));
fs.mkdirSync(path.join(oursRoot, 'assets/js'), { recursive: true });
fs.copyFileSync(path.join(repo, 'themes/default/assets/js/search.js'), path.join(oursRoot, 'assets/js/search.js'));

function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), base) : [{ rel: path.relative(base, path.join(dir, e.name)), bytes: fs.statSync(path.join(dir, e.name)).size }]);
}
function sum(list) { return list.reduce((a, f) => a + f.bytes, 0); }
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
const oursFiles = files(path.join(oursRoot, 'search'));
const pfFiles = files(path.join(pfRoot, 'pagefind'));
const pfUi = pfFiles.filter((f) => /-ui\.|highlight/.test(f.rel));
const pfSearch = pfFiles.filter((f) => !pfUi.includes(f));
const size = {
  ours: {
    runtime: fs.statSync(path.join(oursRoot, 'assets/js/search.js')).size,
    runtime_gz: gz(path.join(oursRoot, 'assets/js/search.js')),
    meta: sum(oursFiles.filter((f) => f.rel === 'index.json' || f.rel.startsWith('docs.'))),
    index: sum(oursFiles.filter((f) => f.rel.startsWith('t/'))), index_files: oursFiles.filter((f) => f.rel.startsWith('t/')).length,
    text: sum(oursFiles.filter((f) => f.rel.startsWith('x/'))), text_files: oursFiles.filter((f) => f.rel.startsWith('x/')).length,
    files: oursFiles.length + 1,
  },
  pagefind: {
    runtime: sum(pfSearch.filter((f) => /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.)/.test(f.rel))),
    meta: sum(pfSearch.filter((f) => f.rel.endsWith('.pf_meta'))),
    index: sum(pfSearch.filter((f) => f.rel.startsWith('index/'))), index_files: pfSearch.filter((f) => f.rel.startsWith('index/')).length,
    text: sum(pfSearch.filter((f) => f.rel.startsWith('fragment/'))), text_files: pfSearch.filter((f) => f.rel.startsWith('fragment/')).length,
    filters: sum(pfSearch.filter((f) => f.rel.startsWith('filter/'))),
    files: pfSearch.length, ui: sum(pfUi), ui_files: pfUi.length,
  },
  index_ms: { ours: ours.stdout.match(/in (\d+) ms/)?.[1], pagefind: pf.stdout.match(/Finished in ([\d.]+) seconds/)?.[1] },
};
size.ours.total = size.ours.runtime + size.ours.meta + size.ours.index + size.ours.text;
size.pagefind.total = size.pagefind.runtime + size.pagefind.meta + size.pagefind.index + size.pagefind.text + size.pagefind.filters;

// ---------------------------------------------------------------- 3. queries and literal labels
const fold = (s) => s.normalize('NFKC').toLowerCase();
const pageText = new Map(docs.map((d) => {
  const html = fs.readFileSync(path.join(site, d.url, 'index.html'), 'utf8');
  const main = (html.match(/<main[^>]*>([\s\S]*)<\/main>/) || [, html])[1];
  // Tags become line breaks, as block boundaries do in both engines' text: words of two elements never join.
  return [d.url, fold(main.replace(/<[^>]+>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))];
}));
const TYPE_LABELS = { story: '故事', community: '社区', station: '站点', programme: '项目', district: '区', topic: '主题', page: '页面' };
const queries = fs.readFileSync(queryFile, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((line, i) => {
    const [q, cls, filterText, relevant] = line.split('\t');
    const filters = {}, pfFilters = {};
    for (const part of (filterText || '').split(',').filter(Boolean)) {
      const [k, v] = part.split('=');
      filters[k] = [v];
      pfFilters[k] = k === 'type' ? TYPE_LABELS[v] : docs.find((d) => d.district && d.district.id === v).district.name;
    }
    const pass = (d) => Object.entries(filters).every(([k, [v]]) => k === 'type' ? d.type === v : d.district && d.district.id === v);
    const parts = fold(q).split(/\s+/).filter(Boolean);
    const literal = docs.filter((d) => pass(d) && parts.every((p) => pageText.get(d.url).includes(p))).map((d) => d.url);
    const expected = relevant === 'literal' || !relevant ? literal : relevant.trim().split(/\s+/).map((u) => u.replace(/^\//, ''));
    for (const u of expected) {
      if (!docs.some((d) => d.url === u)) throw new Error(`queries: ${q}: no page ${u}`);
      if (!literal.includes(u) && cls !== 'synonym') step(`note: ${q}: expected ${u} does not contain the query`);
    }
    return { id: 'q' + i, q, cls, filters, pfFilters, rel: expected, ok: [...new Set([...expected, ...literal])] };
  });

// ---------------------------------------------------------------- 4. a logging server and headless Chromium
const HARNESS = {
  ours: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script>
(async () => {
  const params = new URLSearchParams(location.search), queries = JSON.parse(params.get('qs')), passes = +params.get('passes');
  const t0 = performance.now();
  await fetch('/__mark?phase=init');
  await new Promise((ok, fail) => { const s = document.createElement('script'); s.src = '/assets/js/search.js';
    s.setAttribute('data-search-root', '/search/'); s.onload = ok; s.onerror = fail; document.head.appendChild(s); });
  const engine = window.CivicSearch.engine, tInit = performance.now(), out = [];
  for (let pass = 0; pass < passes; pass++) for (const item of queries) {
    await fetch('/__mark?pass=' + pass + '&id=' + item.id);
    const s0 = performance.now();
    const r = await engine.search(item.q, { filters: item.filters });
    const s1 = performance.now();
    const top = await Promise.all(r.hits.slice(0, 5).map(async (h) => ({ url: engine.doc(h.doc).url, excerpt: await engine.snippet(h.doc, r.query) })));
    out.push({ pass, id: item.id, total: r.total, top: top.map((t) => t.url), ms_search: s1 - s0, ms_top5: performance.now() - s0 });
  }
  await fetch('/__mark?phase=done');
  await fetch('/__report', { method: 'POST', body: JSON.stringify({ run: params.get('run'), t_init_ms: tInit - t0, results: out }) });
})();
</script></body></html>`,
  pagefind: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script type="module">
const params = new URLSearchParams(location.search), queries = JSON.parse(params.get('qs')), passes = +params.get('passes');
const t0 = performance.now();
await fetch('/__mark?phase=init');
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init();
const tInit = performance.now(), out = [];
for (let pass = 0; pass < passes; pass++) for (const item of queries) {
  await fetch('/__mark?pass=' + pass + '&id=' + item.id);
  const s0 = performance.now();
  const r = await pagefind.search(item.q, Object.keys(item.pfFilters).length ? { filters: item.pfFilters } : {});
  const s1 = performance.now();
  const top = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  out.push({ pass, id: item.id, total: r.results.length, top: top.map((d) => d.url.replace(/^\\//, '')), ms_search: s1 - s0, ms_top5: performance.now() - s0 });
}
await fetch('/__mark?phase=done');
await fetch('/__report', { method: 'POST', body: JSON.stringify({ run: params.get('run'), t_init_ms: tInit - t0, results: out }) });
</script></body></html>`,
};
fs.writeFileSync(path.join(oursRoot, 'search-test.html'), HARNESS.ours);
fs.writeFileSync(path.join(pfRoot, 'search-test.html'), HARNESS.pagefind);

const log = [];
const waiting = new Map();
let served = oursRoot;
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://127.0.0.1');
  if (u.pathname === '/__report') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { const r = JSON.parse(body); res.writeHead(204).end(); waiting.get(r.run)?.(r); });
    return;
  }
  if (u.pathname === '/__mark') { log.push({ t: Date.now(), mark: Object.fromEntries(u.searchParams) }); res.writeHead(204).end(); return; }
  let file = path.join(served, decodeURIComponent(u.pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(served) || !fs.existsSync(file)) { res.writeHead(404).end(); log.push({ t: Date.now(), path: u.pathname, bytes: 0, status: 404 }); return; }
  let data = fs.readFileSync(file);
  const ext = path.extname(file);
  const headers = { 'Cache-Control': 'no-cache', 'Content-Type': { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.wasm': 'application/wasm' }[ext] || 'application/octet-stream' };
  // Text types are compressed on the fly as static hosts do; index files are gzip'd by both engines already.
  if (['.js', '.css', '.html', '.json'].includes(ext) && /gzip/.test(req.headers['accept-encoding'] || '')) {
    data = zlib.gzipSync(data, { level: 6 });
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = data.length;
  res.writeHead(200, headers).end(data);
  log.push({ t: Date.now(), path: u.pathname, bytes: data.length, status: 200 });
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const port = server.address().port;

let runCounter = 0;
async function browse(engine, items, passes) {
  served = engine === 'ours' ? oursRoot : pfRoot;
  const runId = engine + '-' + (++runCounter);
  const qs = items.map((x) => ({ id: x.id, q: x.q, filters: x.filters, pfFilters: x.pfFilters }));
  const url = `http://127.0.0.1:${port}/search-test.html?run=${runId}&passes=${passes}&qs=${encodeURIComponent(JSON.stringify(qs))}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-bench-chromium-'));
  const from = log.length;
  const child = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, url], { detached: true, stdio: 'ignore' });
  const report = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('no report from ' + runId)), 120000);
    waiting.set(runId, (r) => { clearTimeout(timer); ok(r); });
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
  fs.rmSync(profile, { recursive: true, force: true });
  // Split the request log at the marks: bytes and requests per query.
  const perQuery = new Map();
  let current = null;
  for (const e of log.slice(from)) {
    if (e.mark) { current = e.mark.phase === 'init' ? 'init' : e.mark.phase === 'done' ? null : `${e.mark.pass}:${e.mark.id}`; continue; }
    if (!current || e.path === '/search-test.html' || e.path === '/favicon.ico') continue;
    const s = perQuery.get(current) || { bytes: 0, requests: 0 };
    s.bytes += e.bytes; s.requests += 1;
    perQuery.set(current, s);
  }
  return { report, perQuery };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN; };
const mean = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;

const results = {};
for (const engine of ['ours', 'pagefind']) {
  step(`${engine}: warm session`);
  const warm = await browse(engine, queries, 2);
  step(`${engine}: cold runs`);
  const cold = [];
  const stride = Math.max(1, queries.length / coldLimit);
  const sample = queries.filter((_, i) => Math.floor(i % stride) === 0).slice(0, coldLimit);
  {
    for (const item of sample) {
      const { report, perQuery } = await browse(engine, [item], 1);
      const init = perQuery.get('init') || { bytes: 0, requests: 0 };
      const q = perQuery.get(`0:${item.id}`) || { bytes: 0, requests: 0 };
      cold.push({ id: item.id, bytes: init.bytes + q.bytes, requests: init.requests + q.requests, ms: report.t_init_ms + report.results[0].ms_top5 });
    }
  }
  const first = warm.report.results.filter((r) => r.pass === 0);
  const second = warm.report.results.filter((r) => r.pass === 1);
  const increments = queries.slice(1).map((item) => (warm.perQuery.get(`0:${item.id}`) || { bytes: 0 }).bytes);
  const perQ = queries.map((item) => {
    const top = first.find((r) => r.id === item.id).top;
    const hit = top.filter((u) => item.rel.includes(u)).length;
    const right = top.filter((u) => item.ok.includes(u)).length;
    return {
      q: item.q, cls: item.cls, filters: item.filters, relevant: item.rel.length, returned: first.find((r) => r.id === item.id).total, top,
      recall: item.rel.length ? hit / Math.min(5, item.rel.length) : null,
      precision: top.length ? right / top.length : null,
    };
  });
  const scored = perQ.filter((p) => p.cls !== 'synonym');
  results[engine] = {
    cold_bytes_median: median(cold.map((c) => c.bytes)), cold_bytes_p95: p95(cold.map((c) => c.bytes)), cold_bytes_max: Math.max(...cold.map((c) => c.bytes)),
    cold_requests_median: median(cold.map((c) => c.requests)), cold_ms_median: median(cold.map((c) => c.ms)),
    warm_increment_bytes_mean: mean(increments), warm_increment_bytes_p95: p95(increments),
    warm_repeat_bytes: [...warm.perQuery.entries()].filter(([k]) => k.startsWith('1:')).reduce((a, [, v]) => a + v.bytes, 0),
    warm_ms_median: median(second.map((r) => r.ms_top5)), warm_ms_p95: p95(second.map((r) => r.ms_top5)), warm_ms_max: Math.max(...second.map((r) => r.ms_top5)),
    recall_at_5: mean(scored.filter((p) => p.recall !== null).map((p) => p.recall)),
    precision_at_5: mean(scored.filter((p) => p.precision !== null).map((p) => p.precision)),
    zero_result_rate: scored.filter((p) => p.relevant > 0 && p.returned === 0).length / scored.filter((p) => p.relevant > 0).length,
    false_hits_on_empty: scored.filter((p) => p.relevant === 0 && p.returned > 0).length,
    by_class: Object.fromEntries([...new Set(queries.map((q) => q.cls))].map((cls) => [cls, {
      recall: mean(perQ.filter((p) => p.cls === cls && p.recall !== null).map((p) => p.recall)),
      precision: mean(perQ.filter((p) => p.cls === cls && p.precision !== null).map((p) => p.precision)),
    }])),
    cold, queries: perQ,
  };
}
server.close();

const meta = {
  date: new Date().toISOString(), pages: docs.length, queries: queries.length, scored: queries.filter((q) => q.cls !== 'synonym').length,
  cold_runs: Math.min(coldLimit, queries.length), source: args.site ? 'site' : args.fixture ? 'fixture (seeds)' : 'content branch', cpus: os.cpus().length,
  chromium: spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim(), pagefind: '1.6.0',
  commit: spawnSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
};
fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ meta, size, results }, null, 1));

const o = results.ours, p = results.pagefind, kb = (b) => (b / 1024).toFixed(1) + ' KB', f2 = (x) => x.toFixed(2), ms = (x) => x.toFixed(1) + ' ms';
const lines = [
  `${meta.source}: ${meta.pages} pages, ${meta.queries} queries (${meta.scored} scored, synonyms apart), ${meta.cold_runs} cold runs per engine, ${meta.chromium}, ${meta.cpus} CPUs, commit ${meta.commit}, HTTP gzip for .js/.json/.html`,
  '',
  '| metric | ours | Pagefind 1.6.0 | ratio |',
  '| --- | --- | --- | --- |',
  `| cold bytes/query, median (p95, max) | ${kb(o.cold_bytes_median)} (${kb(o.cold_bytes_p95)}, ${kb(o.cold_bytes_max)}) | ${kb(p.cold_bytes_median)} (${kb(p.cold_bytes_p95)}, ${kb(p.cold_bytes_max)}) | ${f2(o.cold_bytes_median / p.cold_bytes_median)} |`,
  `| cold requests/query, median | ${o.cold_requests_median} | ${p.cold_requests_median} | |`,
  `| cold time to top 5, median (loopback) | ${ms(o.cold_ms_median)} | ${ms(p.cold_ms_median)} | |`,
  `| warm bytes/query in a session, mean (p95) | ${kb(o.warm_increment_bytes_mean)} (${kb(o.warm_increment_bytes_p95)}) | ${kb(p.warm_increment_bytes_mean)} (${kb(p.warm_increment_bytes_p95)}) | |`,
  `| warm query, search + top 5, median (p95, max) | ${ms(o.warm_ms_median)} (${ms(o.warm_ms_p95)}, ${ms(o.warm_ms_max)}) | ${ms(p.warm_ms_median)} (${ms(p.warm_ms_p95)}, ${ms(p.warm_ms_max)}) | |`,
  `| recall@5 (expected pages in the top 5) | ${f2(o.recall_at_5)} | ${f2(p.recall_at_5)} | |`,
  `| precision@5 (top 5 expected or containing the query) | ${f2(o.precision_at_5)} | ${f2(p.precision_at_5)} | |`,
  `| zero-result rate (queries with a relevant page) | ${f2(o.zero_result_rate)} | ${f2(p.zero_result_rate)} | |`,
  `| results for queries no page contains | ${o.false_hits_on_empty} queries | ${p.false_hits_on_empty} queries | |`,
  `| index on disk: runtime / meta / index / texts | ${kb(size.ours.runtime)} / ${kb(size.ours.meta)} / ${kb(size.ours.index)} (${size.ours.index_files} shards) / ${kb(size.ours.text)} (${size.ours.text_files} blocks) | ${kb(size.pagefind.runtime)} / ${kb(size.pagefind.meta)} / ${kb(size.pagefind.index)} (${size.pagefind.index_files} chunks) / ${kb(size.pagefind.text)} (${size.pagefind.text_files} fragments) | |`,
  `| search-relevant total on disk (files) | ${kb(size.ours.total)} (${size.ours.files}) | ${kb(size.pagefind.total)} (${size.pagefind.files}; + ${kb(size.pagefind.ui)} optional UI) | ${f2(size.ours.total / size.pagefind.total)} |`,
  `| indexing time | ${size.index_ms.ours} ms | ${size.index_ms.pagefind} s | |`,
  '',
  '| class | ours recall@5 | ours precision@5 | Pagefind recall@5 | Pagefind precision@5 |',
  '| --- | --- | --- | --- | --- |',
  ...Object.keys(o.by_class).map((c) => `| ${c} | ${f2(o.by_class[c].recall)} | ${f2(o.by_class[c].precision)} | ${f2(p.by_class[c].recall)} | ${f2(p.by_class[c].precision)} |`),
];
fs.writeFileSync(path.join(out, 'results.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
