/* Runs the browser search engine (generator/search/assets/search.js) under node
   against a built site: node run_engine.js SITE_DIR < queries.json > results.json
   queries.json: [[query, filters, sort], …]; results: [[url, …], …] per query. */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const site = process.argv[2];
const searchDir = path.join(site, "search");
const lunr = require(path.join(searchDir, "vendor", "lunr.min.js"));
const T = require(path.join(searchDir, "tokenizer.js"));
const engineApi = require(path.join(searchDir, "search.js"));

const sandbox = { window: {} };
vm.createContext(sandbox);
function run(name) {
  vm.runInContext(fs.readFileSync(path.join(searchDir, name), "utf8"), sandbox, { filename: name });
}
run("manifest.js");
const data = sandbox.window.ARCHIVE_SEARCH;
const loaded = [];
const store = {
  manifest: data.manifest,
  get: (name) => data[name],
  load: (name) => {
    if (!data[name]) { run(name); loaded.push(name); }
    return Promise.resolve(data[name]);
  },
};
const engine = engineApi.createEngine(lunr, T, store);
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
(async () => {
  const out = [];
  for (const [q, filters, sort] of queries) {
    const r = await engine.search(q, filters || {}, sort || "relevance");
    out.push({ urls: r.hits.map((h) => h.doc[0]), snippets: r.hits.map((h) => engineApi.snippet(h, r.terms, 120)) });
  }
  process.stdout.write(JSON.stringify({ results: out, loaded: loaded }));
})().catch((e) => { console.error(e); process.exit(1); });
