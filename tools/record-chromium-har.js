#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Records tests/data/har/chromium.har: Debian's Chromium, driven by Playwright, loads a page from a
// small HTTP server on 127.0.0.1 that fires the kinds of requests webhooks make (GET with a
// query, JSON and form POSTs, a redirect, 404 and 500, a binary body, a refused connection).
//
//   node tools/record-chromium-har.js [--deps DIR] OUT.har
//
// Needs `apt-get install chromium`; installs the npm package playwright-core into DIR (default:
// a folder under the system's temp directory) if it is not there yet. Playwright never downloads
// a browser here: it drives /usr/bin/chromium.
'use strict';

const { execFileSync } = require('child_process');
const http = require('http');
const os = require('os');
const path = require('path');

const PLAYWRIGHT = 'playwright-core@1.65.1';

function parseArguments(argv) {
  const args = { deps: path.join(os.tmpdir(), 'wc-node-tools'), out: null };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--deps') args.deps = argv[++i];
    else args.out = argv[i];
  }
  if (!args.out) {
    console.error('usage: record-chromium-har.js [--deps DIR] OUT.har');
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
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', deps, spec], { stdio: 'inherit' });
  return require(where);
}

// A 1x1 transparent PNG: a body that is not text, so the HAR keeps it as base64.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Webhook fixture</title></head>
<body><p>Firing webhooks...</p>
<script>
async function fire(url, options) {
  try { const response = await fetch(url, options); await response.arrayBuffer(); }
  catch (error) { /* a refused connection is part of the fixture */ }
}
(async () => {
  await fire('/append?phone=%2B15551234567&source_id=pub1&api_key=fixture-secret-1');
  await fire('/conversion?call_id=CA123&call_revenue=12.5', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer fixture-token-2' },
    body: JSON.stringify({ phone: '+15551234567', revenue: 12.5, nested: { access_token: 'fixture-token-3' } }) });
  await fire('/postback', {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'sale=yes&amount=12.50&note=caf%C3%A9+au+lait' });
  await fire('/redirect');
  await fire('/missing');
  await fire('/server-error');
  await fire('/pixel.png');
  await fire(window.REFUSED_URL);
  window.done = true;
})();
</script></body></html>`;

function handle(request, response) {
  const url = new URL(request.url, 'http://127.0.0.1');
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    const json = (status, value) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    switch (url.pathname) {
    case '/':
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(PAGE.replace('window.REFUSED_URL', JSON.stringify(handle.refusedUrl)));
      return;
    case '/append': return json(200, { first_name: 'Jason', geo: 'us-10101' });
    case '/conversion': return json(200, { ok: true, received: JSON.parse(body || '{}').revenue });
    case '/postback':
      response.writeHead(204);
      response.end();
      return;
    case '/redirect':
      response.writeHead(302, { Location: '/final?step=2' });
      response.end();
      return;
    case '/final':
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('arrived after a redirect');
      return;
    case '/server-error': return json(500, { error: 'internal' });
    case '/pixel.png':
      response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': PNG.length });
      response.end(PNG);
      return;
    default: return json(404, { error: 'not found' });
    }
  });
}

// A port that was just free: connecting to it is refused.
function refusedPort() {
  return new Promise((resolve) => {
    const probe = http.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function main() {
  const args = parseArguments(process.argv.slice(2));
  const { chromium } = requireInstalled(args.deps, PLAYWRIGHT);

  handle.refusedUrl = `http://127.0.0.1:${await refusedPort()}/refused`;
  const server = http.createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ recordHar: { path: path.resolve(args.out), content: 'embed' } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.done === true, null, { timeout: 20000 });
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`recorded ${args.out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
