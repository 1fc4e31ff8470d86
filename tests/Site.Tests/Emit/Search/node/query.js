// Runs search.js's engine on a built index folder without a browser.
// stdin: [{q, filters, english}] (english: the snippet as the English search page asks for it); stdout: per query the ranked hits, facet counts, the snippet of the top hit and the files
// fetched for it (files already loaded by an earlier query are not fetched again, as in a browser session).
const fs = require('fs');
const path = require('path');
const search = require(process.argv[2]);
const root = process.argv[3];
const requests = JSON.parse(fs.readFileSync(0, 'utf8'));
let fetched = [];
const engine = search.createEngine((file) => {
  fetched.push(file);
  return Promise.resolve(new Uint8Array(fs.readFileSync(path.join(root, file))));
});
(async () => {
  const out = [];
  for (const request of requests) {
    fetched = [];
    const result = await engine.search(request.q, { filters: request.filters || {} });
    const hits = result.hits.map((h) => ({ url: engine.doc(h.doc).url, score: h.score, title: engine.doc(h.doc).title, titleEn: engine.doc(h.doc).titleEn }));
    const snippet = result.hits.length ? await engine.snippet(result.hits[0].doc, result.query, !!request.english) : '';
    const facets = {};
    for (const name of Object.keys(result.facets)) {
      facets[name] = Object.fromEntries(result.facets[name].map((f) => [f.value, f.count]));
    }
    out.push({ mode: result.mode, total: result.total, hits, facets, snippet, fetched });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
