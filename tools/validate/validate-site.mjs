#!/usr/bin/env node
// Checks the open-data files of a built Civic site against their published schemas, offline.
// Usage: node validate-site.mjs <site-folder>
// Prints one line per checked file ("ok" or the errors), then "N passed, M failed"; exits 1 on any failure.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = join(here, 'schemas');
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

const site = process.argv[2];
if (!site || !existsSync(site)) {
  console.error('usage: node validate-site.mjs <site-folder>');
  process.exit(2);
}

let passed = 0;
let failed = 0;
let warnedProfile = false;
const report = (file, errors) => {
  const name = relative(site, file) || file;
  if (errors.length === 0) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}`);
    for (const e of errors) console.log(`      ${e}`);
  }
};
const ajvErrors = (validate) =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}
const files = walk(site);

// Draft-07 validator: JSON Feed (whose feed-1 part is written in draft-04 terms that draft-07 reads the same way),
// the Data Package v2 profile, and the record schemas we publish.
const ajv7 = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv7);
// The Data Package profile marks descriptions with format "textarea", an editor hint that constrains nothing.
ajv7.addFormat('textarea', true);
// Ajv 8 refuses draft-04's "id" keyword; the schema is registered under that same URL instead.
const feed1 = readJson(join(schemas, 'jsonfeed', 'feed-1.json'));
delete feed1.id;
ajv7.addSchema(feed1, 'https://json.schemastore.org/feed-1');
const validateFeed = ajv7.compile(readJson(join(schemas, 'jsonfeed', 'feed.json')));

const dpProfile = join(schemas, 'datapackage-2.0', 'datapackage.json');
const validateDataPackage = existsSync(dpProfile) ? ajv7.compile(readJson(dpProfile)) : null;

// Draft-04 validator for Project Open Data 1.1, non-federal profile (see schemas/README.md). The POD vCard
// pattern is not valid under the regular-expression 'u' flag, hence unicodeRegExp: false.
const ajv04 = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv04);
for (const f of ['vcard-nonfederal.json', 'organization.json', 'distribution.json', 'dataset-nonfederal.json']) {
  ajv04.addSchema(readJson(join(schemas, 'pod-1.1', f)));
}
const validatePod = ajv04.compile(readJson(join(schemas, 'pod-1.1', 'catalog.json')));

const sha256 = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');

for (const file of files) {
  if (!file.endsWith('.json') && !file.endsWith('.jsonld')) continue;
  let doc;
  try {
    doc = readJson(file);
  } catch (e) {
    report(file, [`not valid JSON: ${e.message}`]);
    continue;
  }
  const base = file.split('/').pop();
  if (typeof doc?.version === 'string' && doc.version.startsWith('https://jsonfeed.org/version/')) {
    const errors = validateFeed(doc) ? [] : ajvErrors(validateFeed);
    const size = statSync(file).size;
    if (size > 250 * 1024) errors.push(`feed is ${size} bytes, over 250 KB: paginate with next_url`);
    if (doc.version !== 'https://jsonfeed.org/version/1.1') errors.push(`version is ${doc.version}`);
    report(file, errors);
  } else if (base === 'datapackage.json') {
    report(file, checkDataPackage(file, doc));
  } else if (base === 'data.json' && doc?.conformsTo) {
    report(file, validatePod(doc) ? [] : ajvErrors(validatePod));
  } else if (base.endsWith('.schema.json')) {
    const data = file.replace(/\.schema\.json$/, '.json');
    if (!existsSync(data)) {
      report(file, [`no data file ${relative(site, data)} beside the schema`]);
      continue;
    }
    let errors;
    try {
      const validate = ajv7.compile(doc);
      errors = validate(readJson(data)) ? [] : ajvErrors(validate);
    } catch (e) {
      errors = [`schema does not compile: ${e.message}`];
    }
    report(data, errors);
  }
}

// An absolute resource URL of this site maps to the built file with the same path (the base URL may have a
// sub-path, so leading segments are dropped until a file matches).
function localFileOf(url) {
  const segments = new URL(url).pathname.split('/').filter(Boolean).map(decodeURIComponent);
  for (let i = 0; i < segments.length; i++) {
    const p = join(site, ...segments.slice(i));
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

function checkDataPackage(file, doc) {
  const errors = [];
  if (validateDataPackage) {
    if (!validateDataPackage(doc)) errors.push(...ajvErrors(validateDataPackage));
  } else if (!warnedProfile) {
    warnedProfile = true;
    console.log('note  the Data Package v2 profile is not vendored (schemas/datapackage-2.0/datapackage.json): '
      + 'datapackage.json files get only the $schema, path, bytes and hash checks');
  }
  if (doc.$schema !== 'https://datapackage.org/profiles/2.0/datapackage.json') errors.push(`$schema is ${doc.$schema}`);
  for (const r of doc.resources ?? []) {
    if (typeof r.path !== 'string') continue;
    const p = /^https?:/.test(r.path) ? localFileOf(r.path) : resolve(dirname(file), r.path);
    if (!p || !existsSync(p)) {
      errors.push(`resource ${r.name}: ${r.path} does not exist`);
      continue;
    }
    const bytes = statSync(p).size;
    if (r.bytes !== undefined && r.bytes !== bytes) errors.push(`resource ${r.name}: bytes ${r.bytes}, file has ${bytes}`);
    if (r.hash !== undefined && r.hash !== `sha256:${sha256(p)}`) errors.push(`resource ${r.name}: hash does not match the file`);
  }
  return errors;
}

// XML: the sitemap against the sitemaps.org XSD, Atom feeds against RFC 4287's RELAX NG schema.
function runTool(cmd, args, file) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) {
    report(file, [`cannot run ${cmd}: ${r.error.message} (apt-get install -y libxml2-utils jing)`]);
    return;
  }
  const noise = (l) => l.trim() === '' || l.includes('Unable to locate') || / validates$/.test(l);
  const out = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => !noise(l));
  report(file, r.status === 0 ? [] : out.length ? out : [`${cmd} exited with ${r.status}`]);
}
for (const file of files) {
  if (!file.endsWith('.xml')) continue;
  const head = readFileSync(file, 'utf8').slice(0, 400);
  if (head.includes('<urlset')) {
    runTool('xmllint', ['--noout', '--schema', join(schemas, 'sitemaps', 'sitemap.xsd'), file], file);
  } else if (head.includes('http://www.w3.org/2005/Atom') && head.includes('<feed')) {
    runTool('jing', ['-c', join(schemas, 'atom', 'atom.rnc'), file], file);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
