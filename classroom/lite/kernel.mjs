// peerlearn's start of Pyodide for the site's Python kernel (build.py points the kernel's
// `pyodideUrl` here; this file sits beside Pyodide in static/pyodide).
//
// The Pyodide kernel's worker imports this module and calls its `loadPyodide` as it would
// Pyodide's own. When the site holds a memory snapshot (made at build time by snapshot.mjs: Python
// started with the same lock and preloaded packages, the kernel's imports done), Python is
// restored from it instead of starting afresh and importing the kernel (IPython and the rest)
// again, and the files of the preloaded packages come from one bundle made with it (written into
// Pyodide's file system here) instead of some forty wheels fetched and unpacked one by one.
// Without a snapshot, or if it was made for other packages or cannot be used, Pyodide starts as
// it always does: the site works either way.
//
// A reload need not unzip the snapshot again: once the kernel is up, the unzipped memory and files
// are kept in the browser's Cache Storage under the content hash the build wrote into
// peerlearn-snapshot.json (a rebuilt site has another hash, so a stale memory is never restored;
// older entries are removed). Anything that goes wrong there (no `caches` in this worker, a full
// quota, a private window, an entry cut short) is passed over: the site's gzipped copy is used.
//
// The browser's console says which way it went and where the time went ("peerlearn: kernel
// start: ..."): the saved start fetched, Pyodide's WebAssembly module and standard library ready,
// Python restored, the files written, then the kernel's own start-up Python (its imports); and
// the same moments as clock times ("peerlearn: kernel times {...}", milliseconds since 1970, for
// benchmarks/bench_classroom.py), from the worker's start on.
import createPyodideModule from "./pyodide.asm.mjs";
import { loadPyodide as loadPyodideAfresh } from "./pyodide.mjs";
import { objectOf } from "./kernel-names.mjs";

export { version } from "./pyodide.mjs";

export const SNAPSHOT = "peerlearn-snapshot.bin.gz";
export const FILES = "peerlearn-snapshot.files.gz";
export const INFO = "peerlearn-snapshot.json";

/** Cache Storage's name for the unzipped saved start (one entry per file, keyed by hash). */
export const KEPT = "peerlearn-saved-start";

const seconds = (t) => ((performance.now() - t) / 1000).toFixed(2);
/** This moment as a clock time (milliseconds since 1970), comparable with the page's. */
const clock = () => performance.timeOrigin + performance.now();
/** When this module was evaluated (the worker itself started at performance.timeOrigin). */
const EVALUATED = clock();

/** Pyodide started afresh (no `saved`), or restored from `saved`: {snapshot, files, info}, where
 * the snapshot and the files may be promises still (their fetch overlaps Pyodide's own start:
 * its WebAssembly and standard library are fetched while they come). */
async function start(options, times, saved = null, marks = {}) {
  let module = null;
  let need = 0; // the memory a snapshot needs (Pyodide sizes it for a snapshot of a bare start)
  const t0 = performance.now();
  const snapshot =
    saved &&
    Promise.resolve(saved.snapshot).then((bytes) => {
      need = bytes.length - new Uint32Array(bytes.buffer, bytes.byteOffset, 2)[1];
      times.push(`Python's memory ready ${seconds(t0)} s`);
      marks.memory = clock();
      return bytes;
    });
  snapshot?.catch(() => {}); // Pyodide awaits it; a failure is handled there
  const create = async (settings) => {
    module = await createPyodideModule(settings);
    if (module.HEAP8.length < need) module._emscripten_resize_heap(need);
    if (module.HEAP8.length < need) throw new Error(`could not grow memory to ${need} bytes`);
    times.push(`WebAssembly and standard library ${seconds(t0)} s`);
    marks.wasm = clock();
    return module;
  };
  const extra = saved
    ? {
        _loadSnapshot: snapshot,
        _snapshotDeserializer: (named) => objectOf(module.API, named),
        packages: [], // their files come from the bundle
      }
    : {};
  const pyodide = await loadPyodideAfresh({ ...options, createPyodideModule: create, ...extra });
  if (saved) {
    const { info } = saved;
    times.push(`Python restored ${seconds(t0)} s`);
    marks.restored = clock();
    const files = await saved.files;
    writeFiles(pyodide.FS, info, files);
    // what Pyodide would have recorded loading the packages; Python's own reference to that
    // record (slot 6) was emptied for the snapshot: point it at the real one
    Object.assign(pyodide.loadedPackages, info.loaded);
    pyodide._module.__hiwire_set(6, pyodide.loadedPackages);
    // Pyodide puts '' first on sys.path once more after a restore
    pyodide.runPython("import sys\nif sys.path[:2] == ['', '']: del sys.path[0]");
    times.push(`${info.files.length} files of ${info.packages.length} packages ${seconds(t0)} s`);
    marks.files = clock();
  } else {
    times.push(`Python and ${(options.packages || []).length} packages ${seconds(t0)} s`);
  }
  return pyodide;
}

/** Write the saved start's files (`info.files`: path and size, in order in `files`). Each file's
 * node is made in its folder directly, as FS.writeFile would make it with `canOwn` (which also
 * opens and closes it, looking up its path each time: a third of a reload's kernel start);
 * anything unexpected there, and the rest is written by FS.writeFile. */
function writeFiles(FS, info, files) {
  const folders = new Map();
  for (const dir of info.dirs) FS.mkdirTree(dir);
  const folder = (dir) => {
    let node = folders.get(dir);
    if (node === undefined) {
      node = FS.lookupPath(dir).node;
      folders.set(dir, node);
    }
    return node;
  };
  let offset = 0;
  let direct = true;
  const now = Date.now();
  const memfsFolder = FS.filesystems.MEMFS.ops_table?.dir.node;
  for (const [path, size] of info.files) {
    const data = files.subarray(offset, offset + size);
    offset += size;
    if (direct) {
      try {
        const cut = path.lastIndexOf("/");
        const parent = folder(path.slice(0, cut));
        const name = path.slice(cut + 1);
        // a folder of Pyodide's in-memory file system (MEMFS), the name not taken there yet
        if (parent.node_ops !== memfsFolder) throw new Error(`${path}: not in MEMFS`);
        if (!(name in parent.contents)) {
          const node = parent.node_ops.mknod(parent, name, 0o100666, 0);
          node.contents = data;
          node.usedBytes = size;
          node.mtime = node.ctime = now;
          continue;
        }
      } catch (err) {
        console.info("peerlearn: the saved files are written one by one:", err);
        direct = false;
      }
    }
    FS.writeFile(path, data, { canOwn: true });
  }
  if (offset !== files.length) throw new Error("the saved files do not match their list");
}

/** Pyodide restored from `saved` ({snapshot, files, info}: what snapshot.mjs wrote). */
export async function loadPyodideFromSnapshot(options, saved) {
  return start(options, [], saved);
}

function samePackages(a, b) {
  return JSON.stringify([...(a || [])].sort()) === JSON.stringify([...(b || [])].sort());
}

/** The bytes of a gzipped file (a server may have unzipped it already: Content-Encoding). */
async function gunzip(response) {
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  const data = new Uint8Array(await response.arrayBuffer());
  if (data[0] !== 0x1f || data[1] !== 0x8b) return data;
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The address under which the unzipped copy of `url` made for build `hash` is kept. */
export function keptURL(url, hash) {
  const kept = new URL(url);
  kept.searchParams.set("unzipped", hash);
  return kept.href;
}

/** The unzipped memory and files kept by an earlier start of this same build, as promises (read
 * while Pyodide starts), or null. A copy of the wrong size fails its promise (the start then
 * removes it and unzips the site's copy); one that cannot be found or opened is removed. */
async function readKept(cache, urls, info) {
  if (!cache || !info.hash) return null;
  try {
    const got = await Promise.all(urls.map((u) => cache.match(keptURL(u, info.hash))));
    if (!got.every(Boolean)) return null;
    const sizes = [info.bytes, info.filesBytes];
    const [snapshot, files] = got.map(async (r, i) => {
      const data = new Uint8Array(await r.arrayBuffer());
      if (data.length !== sizes[i]) {
        throw new Error(`${urls[i]}: ${data.length} bytes kept, not this build's ${sizes[i]}`);
      }
      return data;
    });
    files.catch(() => {}); // awaited after Python is restored; a failure is handled there
    return { snapshot, files };
  } catch (err) {
    console.info(`${NOT_USABLE}:`, err);
    await forget(cache, urls);
    return null;
  }
}

/** Remove the kept copies of `urls` other than those of build `hash` (all, without it). */
async function forget(cache, urls, hash = null) {
  try {
    const ours = new Set(urls.map((u) => new URL(u).pathname));
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (ours.has(url.pathname) && url.searchParams.get("unzipped") !== hash) {
        await cache.delete(request);
      }
    }
  } catch {
    // nothing kept, or nothing that can be removed: the next start unzips the site's copy
  }
}

/** Keep the unzipped memory and files for the next start of this build. Called once the kernel
 * has been quiet for a while (writing 91 MB takes this worker's time: done at once, it held up
 * the kernel's first *Idle* and the first cells on a loaded machine), and written in slices, one
 * task each, so that a cell run meanwhile waits for one slice at most. */
async function keep(cache, urls, info, snapshot, files) {
  await quiet();
  const t = performance.now();
  try {
    await forget(cache, urls, info.hash);
    // each copied slice by slice (the files belong to Pyodide's file system now); a start finds
    // both, or does not use either
    for (const [i, data] of [snapshot, files].entries()) {
      await cache.put(keptURL(urls[i], info.hash), new Response(slices(data)));
    }
    console.log(`peerlearn: saved start kept in this browser for a reload (${seconds(t)} s)`);
  } catch (err) {
    console.info("peerlearn: the saved start could not be kept in this browser:", err);
    await forget(cache, urls);
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stream of copies of `data`, `size` bytes each, each made in a task of its own. */
function slices(data, size = 1 << 20) {
  let at = 0;
  return new ReadableStream({
    async pull(controller) {
      await pause(0);
      if (at >= data.length) {
        controller.close();
        return;
      }
      controller.enqueue(data.slice(at, at + size));
      at += size;
    },
  });
}

/** Resolves once this worker has been free for `ms` on end (Python runs a cell in this worker,
 * so while the kernel is busy a timer comes late). */
async function quiet(ms = 2000, tick = 250) {
  let free = 0;
  while (free < ms) {
    const t = performance.now();
    await pause(tick);
    free = performance.now() - t < tick * 1.5 ? free + tick : 0;
  }
}

const KEPT_HERE = "kept in this browser";
const NOT_USABLE =
  "peerlearn: the saved start kept in this browser is not usable (the site's own is unzipped)";

/** The addresses of the site's saved start: its memory, its files, its list. */
const siteURLs = () => [SNAPSHOT, FILES, INFO].map((name) => new URL(name, import.meta.url).href);

/** Remove every kept copy of this site's saved start. */
async function forgetKept() {
  const cache = await openKept();
  if (cache) await forget(cache, siteURLs().slice(0, 2));
}

async function openKept() {
  try {
    return typeof caches === "undefined" ? null : await caches.open(KEPT);
  } catch {
    return null; // a private window, storage switched off: unzip each time
  }
}

/** The site's saved start: {info, snapshot, files, from, keep}, the snapshot and the files as
 * promises (from this browser's Cache Storage when an earlier start kept them for this build, else
 * fetched and unzipped: `from` says which); `keep` keeps them for the next start, or is null. */
async function savedStart(useKept = true) {
  const urls = siteURLs();
  const got = urls.map((u) => fetch(u));
  const cache = useKept ? openKept() : Promise.resolve(null);
  got.forEach((r) => r.catch(() => {}));
  const infoResponse = await got[2];
  if (!infoResponse.ok) return null;
  const info = await infoResponse.json();
  const pair = urls.slice(0, 2);
  const found = await readKept(await cache, pair, info);
  if (found) {
    for (const r of got.slice(0, 2)) r.then((x) => x.body?.cancel()).catch(() => {});
    return { info, ...found, from: KEPT_HERE, keep: null };
  }
  const snapshot = got[0].then(gunzip);
  const files = got[1].then(gunzip);
  snapshot.catch(() => {});
  files.catch(() => {});
  const keepIt = async () => {
    const c = await openKept();
    if (c && info.hash) await keep(c, pair, info, await snapshot, await files);
  };
  return { info, snapshot, files, from: "unzipped", keep: keepIt };
}

/** Start compiling Pyodide's WebAssembly now, beside the saved start's fetch (Pyodide itself
 * compiles it only once the snapshot is in hand): Pyodide's own `instantiateStreaming` of that
 * file is answered with this module. Anything unexpected falls back to Pyodide's own way. */
function compileEarly() {
  const url = new URL("pyodide.asm.wasm", import.meta.url).href;
  if (typeof WebAssembly.compileStreaming !== "function") return;
  const compiled = WebAssembly.compileStreaming(fetch(url));
  compiled.catch(() => {});
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async function (source, imports) {
    const response = await source;
    if (response?.url === url) {
      try {
        const module = await compiled;
        const instance = await WebAssembly.instantiate(module, imports);
        response.body?.cancel().catch(() => {});
        return { module, instance };
      } catch (err) {
        console.info("peerlearn: WebAssembly compiled early could not be used:", err);
      }
    }
    return instantiateStreaming.call(this, response, imports);
  };
}

/** Log how long the kernel's own start-up Python (its next `calls` runs) takes; then `done()`. */
function timeKernelStart(pyodide, times, t0, marks, done, calls = 2) {
  const run = pyodide.runPythonAsync.bind(pyodide);
  let n = 0;
  pyodide.runPythonAsync = async (...args) => {
    const t = performance.now();
    try {
      return await run(...args);
    } finally {
      n += 1;
      times.push(`kernel's start-up Python (${n}) ${seconds(t)} s`);
      marks[`python${n}`] = clock();
      if (n === calls) {
        pyodide.runPythonAsync = run;
        console.log(`peerlearn: kernel start: ${times.join("; ")}; in all ${seconds(t0)} s`);
        console.log(`peerlearn: kernel times ${JSON.stringify(marks)}`);
        // after the kernel is up (and quiet: see keep): never in the way of its first start
        setTimeout(done, 0);
      }
    }
  };
}

/** What the Pyodide kernel's worker calls: Pyodide from the snapshot if it can, else afresh. */
export async function loadPyodide(options = {}) {
  const t0 = performance.now();
  const marks = { worker: performance.timeOrigin, evaluated: EVALUATED, called: clock() };
  compileEarly();
  let times = [];
  let pyodide = null;
  let done = () => {};
  // the copy kept in this browser first; if Python cannot be restored from it, the site's own
  for (const useKept of [true, false]) {
    let saved = null;
    try {
      saved = await savedStart(useKept);
    } catch (err) {
      console.warn("peerlearn: no saved Python start could be fetched:", err);
    }
    if (saved && !samePackages(saved.info.packages, options.packages)) {
      console.warn("peerlearn: the saved Python start is for other packages; starting afresh");
      saved = null;
    }
    if (!saved) break;
    times.push(`saved start's list fetched ${seconds(t0)} s`);
    marks.info = clock();
    try {
      pyodide = await start(options, times, saved, marks);
      times.unshift(`restored from the site's saved start (${saved.from})`);
      done = saved.keep || done;
      break;
    } catch (err) {
      times = [];
      if (saved.from === KEPT_HERE) {
        console.info(`${NOT_USABLE}:`, err);
        await forgetKept();
        continue;
      }
      console.warn("peerlearn: the saved Python start could not be used; starting afresh:", err);
      break;
    }
  }
  if (pyodide === null) {
    pyodide = await start(options, times, null, marks);
    times.unshift("started afresh");
  }
  timeKernelStart(pyodide, times, t0, marks, done);
  return pyodide;
}
