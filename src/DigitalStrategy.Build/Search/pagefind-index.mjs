// Writes the Pagefind index of the site's search records. Called by PagefindIndexer.cs:
//   node pagefind-index.mjs <pagefind module> <records.jsonl> <output folder>
// Each line of records.jsonl is one Pagefind custom record (url, content, language, meta, filters).
// Prints one JSON line with what was indexed; exits non-zero with the reason on stderr.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

const [modulePath, recordsPath, outputPath] = process.argv.slice(2);
const pagefind = await import(pathToFileURL(modulePath).href);

const fail = async (message) => {
  process.stderr.write(message + "\n");
  await pagefind.close();
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: "da" });
if (!index || errors.length) await fail("Pagefind would not start: " + errors.join("; "));

const lines = (await readFile(recordsPath, "utf8")).split("\n").filter((line) => line.length > 0);
const batch = 200;
let words = 0;
for (let i = 0; i < lines.length; i += batch) {
  const results = await Promise.all(lines.slice(i, i + batch).map((line) => index.addCustomRecord(JSON.parse(line))));
  for (const result of results) {
    if (result.errors.length) await fail("Pagefind rejected a record: " + result.errors.join("; "));
    words += result.file.uniqueWords;
  }
}

const written = await index.writeFiles({ outputPath });
if (written.errors.length) await fail("Pagefind could not write the index: " + written.errors.join("; "));
await pagefind.close();
process.stdout.write(JSON.stringify({ records: lines.length, words }) + "\n");
