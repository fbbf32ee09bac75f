// Loads kg_gen's neo4j-admin CSV into Kuzu, times Q1-Q8 there and prints one
// JSON object: {"import_ms": .., "open_q1_ms": .., "queries": {Qn: {"ms": [..],
// "rows": [..]}}}. Run by bench/kuzu/compare.sh, which installs the package.
//
// Kuzu has one label per node table, so the graph is one node table N whose
// `labels` column holds kg's label set; a pattern's label becomes a
// list_contains() filter. Relationship types become relationship tables.
//
// usage: node compare.js CSV_DIR DB_DIR REPS PERSON_NAME PREFIX
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const kuzu = require("kuzu");

const [csvDir, dbDir, repsText, personName, prefix] = process.argv.slice(2);
const reps = Number(repsText);

async function convert() {
  // kg_gen writes `:ID,:LABEL,name,score:long` and
  // `:START_ID,:END_ID,:TYPE,since:long`; names never hold a comma or quote.
  const out = path.join(dbDir + ".csv");
  fs.mkdirSync(out, { recursive: true });
  const nodes = fs.createWriteStream(path.join(out, "nodes.csv"));
  let first = true;
  for await (const line of readline.createInterface({
    input: fs.createReadStream(path.join(csvDir, "nodes.csv")),
  })) {
    if (first) { first = false; continue; }
    const [id, labels, name, score] = line.split(",");
    if (!nodes.write(`${id},"[${labels.split(";").join(",")}]",${name},${score}\n`)) {
      await new Promise((r) => nodes.once("drain", r));
    }
  }
  await new Promise((r) => nodes.end(r));
  const rels = new Map();
  first = true;
  for await (const line of readline.createInterface({
    input: fs.createReadStream(path.join(csvDir, "relationships.csv")),
  })) {
    if (first) { first = false; continue; }
    const [from, to, type, since] = line.split(",");
    if (!rels.has(type)) {
      rels.set(type, fs.createWriteStream(path.join(out, `${type}.csv`)));
    }
    const w = rels.get(type);
    if (!w.write(`${from},${to},${since}\n`)) {
      await new Promise((r) => w.once("drain", r));
    }
  }
  for (const w of rels.values()) await new Promise((r) => w.end(r));
  return { out, types: [...rels.keys()].sort() };
}

function ms(start) {
  const [s, ns] = process.hrtime(start);
  return s * 1e3 + ns / 1e6;
}

const has = (v, l) => `list_contains(${v}.labels, '${l}')`;
const QUERIES = {
  Q1: `MATCH (n:N {name: $name}) WHERE ${has("n", "Person")} RETURN n.score`,
  Q2: `MATCH (n:N {name: $name})-[]->(m:N) WHERE ${has("n", "Person")} RETURN m.name`,
  Q3: `MATCH (n:N {name: $name})-[]->(:N)-[]->(m:N) WHERE ${has("n", "Person")} RETURN count(m)`,
  Q4: `MATCH (n:N {name: $name})-[* TRAIL 1..3]->(m:N) WHERE ${has("n", "Person")} RETURN count(m)`,
  Q5: `MATCH (n:N) UNWIND n.labels AS label RETURN label, count(*) AS count ORDER BY label`,
  Q6: `MATCH (p:N) WHERE ${has("p", "Person")} AND p.name STARTS WITH $prefix RETURN p.name AS name ORDER BY name LIMIT 10`,
  Q7: `MATCH (e:N)-[:MENTIONED_IN]->(d:N) WHERE ${has("d", "Document")} WITH e, count(*) AS mentions ORDER BY mentions DESC, e.name ASC LIMIT 10 RETURN e.name AS name, mentions`,
  Q8: `MATCH (p1:N)-[:MENTIONED_IN]->(d:N)<-[:MENTIONED_IN]-(p2:N), (p1)-[:MET_WITH]->(p2) WHERE ${has("p1", "Person")} AND ${has("d", "Document")} AND ${has("p2", "Person")} RETURN count(*) AS triples`,
};

async function run(conn, text) {
  const ps = await conn.prepare(text);
  const params = {};
  if (text.includes("$name")) params.name = personName;
  if (text.includes("$prefix")) params.prefix = prefix;
  const result = await conn.execute(ps, params);
  const rows = await result.getAll();
  return rows.map((r) => Object.values(r).map((v) => (typeof v === "bigint" ? Number(v) : v)));
}

(async () => {
  fs.rmSync(dbDir, { recursive: true, force: true });
  const { out, types } = await convert();
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db);
  await conn.query("CREATE NODE TABLE N(id INT64, labels STRING[], name STRING, score INT64, PRIMARY KEY(id))");
  for (const t of types) await conn.query(`CREATE REL TABLE ${t}(FROM N TO N, since INT64)`);
  let start = process.hrtime();
  await conn.query(`COPY N FROM '${path.join(out, "nodes.csv")}' (HEADER=false)`);
  for (const t of types) {
    await conn.query(`COPY ${t} FROM '${path.join(out, t + ".csv")}' (HEADER=false)`);
  }
  const importMs = ms(start);
  const report = { import_ms: importMs, queries: {} };
  for (const [q, text] of Object.entries(QUERIES)) {
    const times = [];
    let rows;
    for (let i = 0; i < reps; ++i) {
      start = process.hrtime();
      rows = await run(conn, text);
      times.push(ms(start));
    }
    report.queries[q] = { ms: times, rows };
  }
  process.stdout.write(JSON.stringify(report) + "\n");
  process.exit(0);
})().catch((e) => {
  process.stderr.write(`compare.js: ${e.stack || e}\n`);
  process.exit(1);
});
