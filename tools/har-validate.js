#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Validates HAR files written by this app with an independent validator: the npm package
// har-validator (the HAR 1.2 JSON schema), plus rules of the HAR 1.2 text that the schema does
// not check (time is the sum of the known phases, send/wait/receive are never negative,
// pagerefs name a page, dates carry milliseconds and an offset, sizes match the content).
//
//   node tools/har-validate.js [--deps DIR] FILE_OR_DIRECTORY...
//
// A directory stands for every *.har file in it (at least one must be there). har-validator is
// installed into DIR (default: a folder under the system's temp directory) the first time,
// so a clean machine only needs node and npm. Exit 0 when every file is valid, 1 otherwise.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const VALIDATOR = 'har-validator@5.1.5';

function parseArguments(argv) {
  const args = { deps: path.join(os.tmpdir(), 'wc-node-tools'), inputs: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--deps') args.deps = argv[++i];
    else args.inputs.push(argv[i]);
  }
  if (!args.deps || args.inputs.length === 0) {
    console.error('usage: har-validate.js [--deps DIR] FILE_OR_DIRECTORY...');
    process.exit(2);
  }
  return args;
}

function requireInstalled(deps, spec) {
  const name = spec.replace(/@[^@]*$/, '');
  const where = path.join(deps, 'node_modules', name);
  try {
    return require(where);
  } catch (error) {
    if (error.code !== 'MODULE_NOT_FOUND') throw error;
  }
  console.log(`installing ${spec} into ${deps}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', deps, spec], { stdio: 'inherit' });
  return require(where);
}

function harFiles(inputs) {
  const files = [];
  for (const input of inputs) {
    if (fs.statSync(input).isDirectory()) {
      const found = fs.readdirSync(input).filter((name) => name.endsWith('.har')).sort();
      if (found.length === 0) throw new Error(`${input}: no .har files`);
      files.push(...found.map((name) => path.join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}

const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$/;

// The rules of the HAR 1.2 text that its JSON schema leaves out.
function specProblems(har) {
  const problems = [];
  const log = har.log;
  const pageIds = new Set();
  (log.pages || []).forEach((page, i) => {
    if (pageIds.has(page.id)) problems.push(`log.pages[${i}].id "${page.id}" is not unique`);
    pageIds.add(page.id);
    if (!DATE.test(page.startedDateTime)) problems.push(`log.pages[${i}].startedDateTime "${page.startedDateTime}"`);
  });
  log.entries.forEach((entry, i) => {
    const at = `log.entries[${i}]`;
    if (entry.pageref !== undefined && !pageIds.has(entry.pageref)) {
      problems.push(`${at}.pageref "${entry.pageref}" names no page`);
    }
    if (!DATE.test(entry.startedDateTime)) problems.push(`${at}.startedDateTime "${entry.startedDateTime}"`);
    const t = entry.timings;
    for (const phase of ['send', 'wait', 'receive']) {
      if (t[phase] < 0) problems.push(`${at}.timings.${phase} is negative`);
    }
    for (const phase of ['blocked', 'dns', 'connect', 'ssl']) {
      if (t[phase] !== undefined && t[phase] < 0 && t[phase] !== -1) problems.push(`${at}.timings.${phase} < -1`);
    }
    if (t.ssl > 0 && !(t.connect >= t.ssl)) problems.push(`${at}.timings.connect does not include ssl`);
    const sum = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive']
      .map((phase) => (t[phase] > 0 ? t[phase] : 0))
      .reduce((a, b) => a + b, 0);
    if (Math.abs(sum - entry.time) > 1e-6) problems.push(`${at}.time ${entry.time} is not the sum of its timings (${sum})`);

    const content = entry.response.content;
    if (content.encoding !== undefined && content.encoding !== 'base64') {
      problems.push(`${at}.response.content.encoding "${content.encoding}"`);
    }
    if (content.text !== undefined) {
      const bytes = Buffer.from(content.text, content.encoding === 'base64' ? 'base64' : 'utf8').length;
      if (bytes !== content.size) problems.push(`${at}.response.content.size ${content.size} != ${bytes} bytes of text`);
    }
    const post = entry.request.postData;
    if (post !== undefined && post.text !== undefined) {
      const bytes = Buffer.from(post.text, post._encoding === 'base64' ? 'base64' : 'utf8').length;
      if (bytes !== entry.request.bodySize) problems.push(`${at}.request.bodySize ${entry.request.bodySize} != ${bytes}`);
    }
  });
  return problems;
}

async function main() {
  const args = parseArguments(process.argv.slice(2));
  const validator = requireInstalled(args.deps, VALIDATOR);
  let passed = 0;
  let failed = 0;
  for (const file of harFiles(args.inputs)) {
    let problems;
    try {
      const har = JSON.parse(fs.readFileSync(file, 'utf8'));
      try {
        await validator.har(har);
        problems = specProblems(har);
      } catch (error) {
        if (!error.errors) throw error;
        problems = error.errors.map((e) => `${e.dataPath || '(root)'}: ${e.message}`);
      }
    } catch (error) {
      problems = [String(error.message || error)];
    }
    if (problems.length === 0) {
      ++passed;
      console.log(`valid: ${file}`);
    } else {
      ++failed;
      console.log(`INVALID: ${file}`);
      for (const problem of problems) console.log(`  ${problem}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
