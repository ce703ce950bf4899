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
// The browser's console says which way it went and where the time went ("peerlearn: kernel
// start: ..."): Pyodide's WebAssembly module and standard library ready, Python ready with the
// preloaded packages, then the kernel's own start-up Python (its imports).
import createPyodideModule from "./pyodide.asm.mjs";
import { loadPyodide as loadPyodideAfresh } from "./pyodide.mjs";
import { objectOf } from "./kernel-names.mjs";

export { version } from "./pyodide.mjs";

export const SNAPSHOT = "peerlearn-snapshot.bin.gz";
export const FILES = "peerlearn-snapshot.files.gz";
export const INFO = "peerlearn-snapshot.json";

const seconds = (t) => ((performance.now() - t) / 1000).toFixed(2);

/** Pyodide started afresh (no `saved`), or restored from `saved`: {snapshot, files, info}. */
async function start(options, times, saved = null) {
  const { snapshot, files, info } = saved || {};
  let module = null;
  // the memory a snapshot needs (Pyodide sizes it for a snapshot of a bare start only)
  const need = snapshot
    ? snapshot.length - new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2)[1]
    : 0;
  const t0 = performance.now();
  const create = async (settings) => {
    module = await createPyodideModule(settings);
    if (module.HEAP8.length < need) module._emscripten_resize_heap(need);
    if (module.HEAP8.length < need) throw new Error(`could not grow memory to ${need} bytes`);
    times.push(`WebAssembly and standard library ${seconds(t0)} s`);
    return module;
  };
  const extra = snapshot
    ? {
        _loadSnapshot: snapshot,
        _snapshotDeserializer: (named) => objectOf(module.API, named),
        packages: [], // their files come from the bundle
      }
    : {};
  const pyodide = await loadPyodideAfresh({ ...options, createPyodideModule: create, ...extra });
  if (snapshot) {
    times.push(`Python restored ${seconds(t0)} s`);
    const { FS } = pyodide;
    for (const dir of info.dirs) FS.mkdirTree(dir);
    let offset = 0;
    for (const [path, size] of info.files) {
      FS.writeFile(path, files.subarray(offset, offset + size), { canOwn: true });
      offset += size;
    }
    if (offset !== files.length) throw new Error("the saved files do not match their list");
    // what Pyodide would have recorded loading the packages; Python's own reference to that
    // record (slot 6) was emptied for the snapshot: point it at the real one
    Object.assign(pyodide.loadedPackages, info.loaded);
    pyodide._module.__hiwire_set(6, pyodide.loadedPackages);
    // Pyodide puts '' first on sys.path once more after a restore
    pyodide.runPython("import sys\nif sys.path[:2] == ['', '']: del sys.path[0]");
    times.push(`${info.files.length} files of ${info.packages.length} packages ${seconds(t0)} s`);
  } else {
    times.push(`Python and ${(options.packages || []).length} packages ${seconds(t0)} s`);
  }
  return pyodide;
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
  const data = new Uint8Array(await response.arrayBuffer());
  if (data[0] !== 0x1f || data[1] !== 0x8b) return data;
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function fetchSnapshot() {
  const urls = [SNAPSHOT, FILES, INFO].map((name) => new URL(name, import.meta.url));
  const got = await Promise.all(urls.map((u) => fetch(u)));
  if (!got.every((r) => r.ok)) return null;
  const [snapshot, files, info] = await Promise.all([gunzip(got[0]), gunzip(got[1]), got[2].json()]);
  return { snapshot, files, info };
}

/** Log how long the kernel's own start-up Python (its next `calls` runs) takes. */
function timeKernelStart(pyodide, times, t0, calls = 2) {
  const run = pyodide.runPythonAsync.bind(pyodide);
  let n = 0;
  pyodide.runPythonAsync = async (...args) => {
    const t = performance.now();
    try {
      return await run(...args);
    } finally {
      n += 1;
      times.push(`kernel's start-up Python (${n}) ${seconds(t)} s`);
      if (n === calls) {
        pyodide.runPythonAsync = run;
        console.log(`peerlearn: kernel start: ${times.join("; ")}; in all ${seconds(t0)} s`);
      }
    }
  };
}

/** What the Pyodide kernel's worker calls: Pyodide from the snapshot if it can, else afresh. */
export async function loadPyodide(options = {}) {
  const t0 = performance.now();
  let times = [];
  let saved = null;
  try {
    saved = await fetchSnapshot();
  } catch (err) {
    console.warn("peerlearn: no saved Python start could be fetched:", err);
  }
  if (saved && !samePackages(saved.info.packages, options.packages)) {
    console.warn("peerlearn: the saved Python start is for other packages; starting afresh");
    saved = null;
  }
  let pyodide = null;
  if (saved) {
    times.push(`saved start fetched ${seconds(t0)} s`);
    try {
      pyodide = await start(options, times, saved);
      times.unshift("restored from the site's saved start");
    } catch (err) {
      console.warn("peerlearn: the saved Python start could not be used; starting afresh:", err);
      times = [];
    }
  }
  if (pyodide === null) {
    pyodide = await start(options, times);
    times.unshift("started afresh");
  }
  timeKernelStart(pyodide, times, t0);
  return pyodide;
}
