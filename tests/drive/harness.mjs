// Pyodide in node with JupyterLite's own DriveFS mounted at /drive (the learner's files in a
// JupyterLite site), its contents service emulated in memory. Used by
// tests/test_progress_drive.py and benchmarks/bench_progress_drive.py.
//
//   node harness.mjs SCRIPT.py   with LABEXT (the installed @jupyterlite/pyodide-kernel-extension's
//                                static folder: DriveFS is taken from its source maps, as the
//                                kernel runs it), PYODIDE (pyodide's npm folder), SRC (this
//                                checkout), SITE (a pure-Python site-packages folder, appended to
//                                sys.path), LATENCY (ms per drive request, the service worker's
//                                round trip; default 0)
//
// `/drive2` is the same storage as a second tab sees it (its own DriveFS and node cache).
// Python sees `js.drive_requests()` (requests so far), `js.drive_counts()` (JSON: per method) and
// `js.drive_files()` (JSON: every path in the drive); `js.set_latency(ms)` changes LATENCY (a
// benchmark sets up its files at 0 ms and measures at LATENCY).
// With LOCKS=1, `navigator.locks` is a small in-memory Web Locks manager (Node has none): its
// query() answers 5 ms later; Python sees `js.lock_names()` (JSON: locks held),
// `js.end_worker(name)` (a lock's holder ended: released) and `js.set_query_answers(bool)`.
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function extractDriveFS(staticDir) {
  for (const name of fs.readdirSync(staticDir).filter((n) => n.endsWith('.js.map'))) {
    const map = JSON.parse(fs.readFileSync(path.join(staticDir, name), 'utf8'));
    const at = (end) => map.sources.findIndex((s) => s.endsWith(end));
    const [d, e] = [at('/contents/drivefs.js'), at('/contents/emscripten.js')];
    if (d < 0 || e < 0) continue;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drivefs-'));
    fs.writeFileSync(path.join(dir, 'emscripten.mjs'), map.sourcesContent[e]);
    fs.writeFileSync(path.join(dir, 'drivefs.mjs'), map.sourcesContent[d]
      .replace(/import \{ UUID \} from '@lumino\/coreutils';/,
               'const UUID = { uuid4: () => Math.random().toString(16).slice(2) };')
      .replace("from './emscripten'", "from './emscripten.mjs'"));
    return dir;
  }
  throw new Error(`no DriveFS source in ${staticDir}`);
}

const drivefs = extractDriveFS(process.env.LABEXT);
const { DriveFS, ContentsAPI } = await import(pathToFileURL(`${drivefs}/drivefs.mjs`));
fs.rmSync(drivefs, { recursive: true, force: true }); // loaded: the copy is not needed any more
const { loadPyodide } = await import(pathToFileURL(`${process.env.PYODIDE}/pyodide.mjs`));

let LATENCY = Number(process.env.LATENCY || 0);
const DIR = 0o040000;
const items = new Map([['', { type: 'directory' }]]);
const counts = {};
let requests = 0;

// What JupyterLite's DriveContentsProcessor answers (drivecontents.js), over a Map.
class MemoryContentsAPI extends ContentsAPI {
  request(data) {
    requests += 1;
    counts[data.method] = (counts[data.method] || 0) + 1;
    const until = Date.now() + LATENCY;
    while (Date.now() < until) { /* a synchronous XHR to the service worker */ }
    const path = data.path.replace(/^\/+/, '');
    const item = items.get(path);
    const now = new Date().toISOString();
    switch (data.method) {
      case 'lookup':
        return item ? { ok: true, mode: item.type === 'directory' ? 16895 : 33206 } : { ok: false };
      case 'getmode':
        return item.type === 'directory' ? 16895 : 33206;
      case 'mknod':
        items.set(path, (data.data.mode & 0o170000) === DIR
          ? { type: 'directory' }
          : { type: 'file', content: '', format: 'base64', mtime: now });
        return null;
      case 'getattr': {
        if (!item) throw new this.FS.ErrnoError(this.ERRNO_CODES.ENOENT);
        const size = item.type === 'file' ? Buffer.from(item.content, 'base64').length : 0;
        return { dev: 1, nlink: 1, uid: 0, gid: 0, rdev: 0, size, blksize: 4096, blocks: 1,
                 atime: item.mtime, mtime: item.mtime, ctime: item.mtime, timestamp: 0 };
      }
      case 'get':
        return item && item.type === 'file' ? { content: item.content, format: item.format } : null;
      case 'put':
        items.set(path, { type: 'file', content: data.data.data, format: data.data.format, mtime: now });
        return null;
      case 'readdir': {
        const prefix = path ? `${path}/` : '';
        return [...items.keys()]
          .filter((k) => k.startsWith(prefix) && k !== path && !k.slice(prefix.length).includes('/'))
          .map((k) => k.slice(prefix.length));
      }
      case 'rmdir':
        items.delete(path);
        return null;
      case 'rename': // the contents service: get (a missing file is an error), save, remove
        if (!item) throw new this.FS.ErrnoError(this.ERRNO_CODES.EINVAL);
        items.set(data.data.newPath.replace(/^\/+/, ''), item);
        items.delete(path);
        return null;
      default:
        throw new Error(`no drive request ${data.method}`);
    }
  }
}

class MemoryDriveFS extends DriveFS {
  createAPI(options) {
    return new MemoryContentsAPI(options);
  }
}

const pyodide = await loadPyodide({
  indexURL: `${process.env.PYODIDE}/`,
  packages: JSON.parse(process.env.PACKAGES || '[]'),
});
const { FS, PATH, ERRNO_CODES } = pyodide._module;
FS.mkdir('/drive');
FS.mount(new MemoryDriveFS({ FS, PATH, ERRNO_CODES, driveName: '', mountpoint: '/drive' }), {}, '/drive');
// A second tab: its own DriveFS (its own cache of which files exist) over the same storage.
FS.mkdir('/drive2');
FS.mount(new MemoryDriveFS({ FS, PATH, ERRNO_CODES, driveName: '', mountpoint: '/drive2' }), {}, '/drive2');
for (const [where, root] of [['/src', process.env.SRC], ['/site', process.env.SITE]]) {
  FS.mkdir(where);
  FS.mount(FS.filesystems.NODEFS, { root }, where);
}
globalThis.drive_requests = () => requests;
globalThis.set_latency = (ms) => { LATENCY = ms; };
globalThis.drive_counts = () => JSON.stringify(counts);
globalThis.drive_files = () => JSON.stringify([...items.keys()].filter((k) => items.get(k).type === 'file'));
if (process.env.LOCKS === '1') {
  const held = new Set();
  let answers = true;
  const locks = {
    request(name, callback) { // held until the callback's promise settles (or end_worker)
      held.add(name);
      return Promise.resolve(callback({ name, mode: 'exclusive' })).finally(() => held.delete(name));
    },
    query() {
      if (!answers) return new Promise(() => {});
      const snapshot = () => ({ held: [...held].map((name) => ({ name, mode: 'exclusive' })), pending: [] });
      return new Promise((resolve) => setTimeout(() => resolve(snapshot()), 5));
    },
  };
  Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
  globalThis.lock_names = () => JSON.stringify([...held]);
  globalThis.end_worker = (name) => held.delete(name);
  globalThis.set_query_answers = (on) => { answers = on; };
}
await pyodide.runPythonAsync(
  'import sys; sys.path.insert(0, "/src"); sys.path.append("/site")\n' +
  fs.readFileSync(process.argv[2], 'utf8'),
);
