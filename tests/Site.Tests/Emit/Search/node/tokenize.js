// Reads a JSON list of strings on stdin and prints, for each, the tokens and query tokens of search.js.
const search = require(process.argv[2]);
const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = inputs.map((text) => ({
  tokens: search.tokenize(text).map((t) => t.term + '@' + t.pos + (t.single ? '~' : '')),
  query: search.tokenizeQuery(text).map((t) => t.term + '@' + t.pos),
}));
process.stdout.write(JSON.stringify(out));
