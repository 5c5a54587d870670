#!/usr/bin/env node
// A small static file server for the demo and the browser tests (no dependencies).
//   node tools/serve.mjs [--port 8080] [--root .] [--quiet]
// Serves on 127.0.0.1 only. `.wasm` goes out as application/wasm so streaming compile works.
// A page requested with ?csp=strict is sent with a strict Content-Security-Policy, to test
// embedding (e.g. /www/embed.html?csp=strict); with ?csp=nowasm the page may not even run
// WebAssembly (what the browser extension must cope with).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
  '.map': 'application/json', '.ico': 'image/x-icon',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
export const NO_WASM_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
// as a real saved page's: no worker either
export const NO_WORKER_CSP = `${NO_WASM_CSP}; worker-src 'none'`;

/** `mounts` maps URL prefixes to other folders: {'/pages/': '/some/dir'} serves that folder there. */
export function serve({ port = 8080, root = '.', quiet = true, mounts = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.includes('\0')) throw Object.assign(new Error('bad path'), { code: 'ENOENT' });
      let base = resolve(root);
      const prefix = Object.keys(mounts).find((m) => path.startsWith(m));
      if (prefix) {
        base = resolve(mounts[prefix]);
        path = path.slice(prefix.length - 1);
      }
      let file = join(base, path);
      if (!file.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      const st = await stat(file);
      if (st.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
      // (a site's policy covers every file it serves: the worker and the modules a page with
      // ?csp= loads get it too, as their Referer says)
      let csp = url.searchParams.get('csp');
      if (!csp && req.headers.referer) {
        try { csp = new URL(req.headers.referer).searchParams.get('csp'); } catch { /* no referer URL */ }
      }
      if (csp === 'strict') headers['content-security-policy'] = STRICT_CSP;
      if (csp === 'nowasm') headers['content-security-policy'] = NO_WASM_CSP;
      if (csp === 'noworker') headers['content-security-policy'] = NO_WORKER_CSP;
      res.writeHead(200, headers);
      res.end(body);
      if (!quiet) console.log(200, req.url);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end('not found');
      if (!quiet) console.log(404, req.url);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const port = Number(arg('--port', 8080));
  const server = await serve({ port, root: arg('--root', '.'), quiet: process.argv.includes('--quiet') });
  console.log(`skimlight demo: http://127.0.0.1:${server.address().port}/www/index.html`);
  console.log(`try your own text: http://127.0.0.1:${server.address().port}/www/try.html`);
  console.log(`one-tag embed on a reading site: http://127.0.0.1:${server.address().port}/www/embed.html`);
}
