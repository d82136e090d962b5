#!/usr/bin/env node
// Validates YAML sources against one of the JSON Schemas in schemas/, the way an editor with the
// YAML extension sees them (YAML 1.2 core types), and prints the results as JSON:
//
//   node eng/validate-yaml-schema.mjs schemas/appendix.schema.json input/lemvig/digitaliseringsplan/appendices/*.yml
//   [{"file": "...", "valid": true, "errors": []}, ...]
//
// A Markdown file (chapters/*.md) is checked by its front matter, the fields between the first
// two lines '---'. The other schemas next to the given one are loaded too, so that
// "common.schema.json#/$defs/..." resolves. Exit code: 0 when every file is valid, 1 when one is
// not, 2 on wrong usage. The tests (tests/DigitalStrategy.Content.Tests/Schemas) run it.
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parseAllDocuments } from "yaml";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath) {
  console.error("usage: node eng/validate-yaml-schema.mjs <schema.json> <file.yml|file.md>...");
  process.exit(2);
}

// The schemas also carry the messages and texts the YAML extension shows (patternErrorMessage,
// errorMessage); ajv only has to know that they are words of the schema, not what they mean.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv);
ajv.addVocabulary(["patternErrorMessage", "errorMessage"]);

const folder = dirname(schemaPath);
for (const name of readdirSync(folder).filter((n) => n.endsWith(".schema.json")).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(join(folder, name), "utf8")), name);
}
const validate = ajv.getSchema(basename(schemaPath));
if (!validate) {
  console.error(`no schema ${basename(schemaPath)} in ${folder}`);
  process.exit(2);
}

const results = files.map((file) => check(file));
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
process.exit(results.every((r) => r.valid) ? 0 : 1);

function check(file) {
  let text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  if (file.endsWith(".md")) {
    text = frontMatter(text);
    if (text === null) {
      return failed(file, "the file does not begin with front matter between two lines '---'");
    }
  }

  const documents = parseAllDocuments(text);
  if (documents.length > 1) {
    return failed(file, "YAML: the file holds more than one document (a line '---' in the middle)");
  }
  const document = documents[0];
  const problems = document ? [...document.errors] : [];
  if (problems.length > 0) {
    return failed(file, ...problems.map((e) => `YAML: ${e.message}`));
  }

  const value = document ? document.toJS() : null;
  const valid = validate(value);
  const errors = valid ? [] : validate.errors.map((e) => ({ path: e.instancePath, message: `${e.keyword}: ${explain(e)}` }));
  return { file, valid, errors };
}

/** The Danish message the editor would see, where the schema has one. */
function explain(error) {
  const schema = error.parentSchema ?? {};
  if (error.keyword === "additionalProperties") {
    return `the field '${error.params.additionalProperty}' is not known here`;
  }
  return (error.keyword === "pattern" && schema.patternErrorMessage) || schema.errorMessage || error.message;
}

/** The lines between a first line '---' and the next '---' or '...', as FrontMatter.Split reads them. */
function frontMatter(text) {
  const lines = text.split("\n");
  if (lines[0].trimEnd() !== "---") {
    return null;
  }
  const end = lines.findIndex((line, i) => i > 0 && ["---", "..."].includes(line.trimEnd()));
  return end < 0 ? null : lines.slice(1, end).join("\n");
}

function failed(file, ...messages) {
  return { file, valid: false, errors: messages.map((message) => ({ path: "", message })) };
}
