// Make a Pyodide memory snapshot of a started Pyodide kernel (build.py runs this with node).
//
//   node snapshot.mjs PYODIDE_DIR OUT_FILE CONFIG_JSON     (OUT_FILE: NAME.bin.gz)
//
// PYODIDE_DIR is the site's self-hosted Pyodide (static/pyodide: the npm package's runtime, the
// site's lock and wheels); CONFIG_JSON is {"packages": [...], "imports": "python code",
// "check": "python code"}. The
// snapshot is Pyodide started with the same lock and the same preloaded packages as the site's
// kernel, after the kernel's pure-Python imports ("imports"); kernel.mjs loads it in the browser.
//
// What a memory snapshot holds: the WebAssembly memory (Python's heap: every imported module).
// What it does not: the file system (JavaScript's side). So the files are kept beside it, in one
// bundle (NAME.files.gz): the preloaded packages as unpacked in site-packages and what the
// imports wrote; NAME.json lists them (path, size), the folders, the packages, and the sha256 of
// both gzipped files ("hash": the browser keeps unzipped copies under it). Both gzipped.
// JavaScript objects Python holds must be found again in the browser: the globals by their path
// (Pyodide records it), Pyodide's own API functions by name (the serializer here, the deserializer
// in kernel.mjs); anything else makes this script fail, and the site is built without a snapshot.
// Before writing OUT_FILE, the snapshot is checked: Pyodide restored from it (kernel.mjs, as in
// the browser) runs the kernel's start and the "check" cell.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

import { nameOf } from "./kernel-names.mjs";

const [pyodideDir, outFile, configFile] = process.argv.slice(2);
// Python's sys.argv and its environment's "_" come from node's arguments: leave none of this
// machine's paths in the snapshot (the browser's Pyodide has "./this.program")
process.argv.splice(1);
const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
const indexURL = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(indexURL, "pyodide.mjs")).href);

const t0 = performance.now();
const pyodide = await loadPyodide({
  indexURL,
  packages: config.packages,
  _makeSnapshot: true,
  stdout: () => {},
  stderr: (s) => console.error(s),
});
const t1 = performance.now();
const before = listTree(pyodide.FS, "/home/pyodide").concat(listTree(pyodide.FS, "/tmp"));
await pyodide.runPythonAsync(config.imports);
const t2 = performance.now();
const made = listTree(pyodide.FS, "/home/pyodide")
  .concat(listTree(pyodide.FS, "/tmp"))
  .filter((p) => !before.includes(p));
// the files the browser needs again: the preloaded packages as unpacked (site-packages), and
// what the imports wrote; one bundle, written into Pyodide's file system by kernel.mjs
const sitePackages = pyodide._api.sitepackages;
const isDir = (p) => pyodide.FS.isDir(pyodide.FS.stat(p).mode);
const kept = listTree(pyodide.FS, sitePackages).concat(made);
const dirs = [sitePackages, ...kept.filter(isDir)];
const files = kept.filter((p) => !isDir(p)).map((p) => [p, pyodide.FS.readFile(p)]);
const bundle = new Uint8Array(files.reduce((n, [, data]) => n + data.length, 0));
let offset = 0;
for (const [, data] of files) {
  bundle.set(data, offset);
  offset += data.length;
}

const serializer = (obj) => {
  const name = nameOf(pyodide, obj);
  if (name === null) {
    const what = typeof obj === "function" ? `function ${obj.name}` : Object.keys(obj).slice(0, 8);
    throw new Error(`the snapshot would hold a JavaScript object it cannot name: ${what}`);
  }
  return name;
};
// Pyodide's snapshot expects its record of loaded packages (a JavaScript object Python holds,
// slot 6 of its table) empty, as before any package is loaded: it is emptied for the snapshot
// (kernel.mjs fills it again in the browser, where the same packages are loaded).
const loaded = pyodide._module.__hiwire_get(6);
if (loaded !== pyodide.loadedPackages) {
  throw new Error("Pyodide changed: its slot 6 is not loadedPackages; update snapshot.mjs");
}
const saved = { ...loaded };
for (const key of Object.keys(loaded)) delete loaded[key];
let snapshot;
try {
  snapshot = pyodide.makeMemorySnapshot({ serializer });
} finally {
  Object.assign(loaded, saved);
}
const info = {
  pyodide: pyodide.version,
  packages: config.packages,
  loaded: { ...pyodide.loadedPackages },
  dirs,
  files: files.map(([p, data]) => [p, data.length]),
  seconds: { start: (t1 - t0) / 1000, imports: (t2 - t1) / 1000 },
  bytes: snapshot.length,
  filesBytes: bundle.length,
};

// the check: a Pyodide restored from it runs the kernel's start and a cell, as in the browser
const { loadPyodideFromSnapshot } = await import(pathToFileURL(path.join(indexURL, "kernel.mjs")).href);
const t3 = performance.now();
const restored = await loadPyodideFromSnapshot(
  { indexURL, packages: config.packages, stdout: () => {}, stderr: (s) => console.error(s) },
  { snapshot, files: bundle, info },
);
await restored.runPythonAsync(config.imports);
const kernel = restored.globals.get("pyodide_kernel").kernel_instance;
const reply = (await kernel.run(config.check)).toJs({ dict_converter: Object.fromEntries });
if (reply.status !== "ok") {
  throw new Error(`a cell failed in Python restored from the snapshot: ${JSON.stringify(reply)}`);
}
info.seconds.restore = (performance.now() - t3) / 1000;
// gzip: the memory is mostly zeros and the files Python source (75 MB become about 20)
const gzipped = [zlib.gzipSync(snapshot), zlib.gzipSync(bundle)];
// the build's content hash: kernel.mjs keeps the unzipped copies in the browser under it, so a
// rebuilt site (another hash) never restores a memory kept from an older build
const hash = createHash("sha256");
for (const data of gzipped) hash.update(data);
info.hash = hash.digest("hex");
fs.writeFileSync(outFile, gzipped[0]);
fs.writeFileSync(outFile.replace(/\.bin\.gz$/, ".files.gz"), gzipped[1]);
fs.writeFileSync(outFile.replace(/\.bin\.gz$/, ".json"), JSON.stringify(info));
const { loaded: _, ...brief } = info;
console.log(JSON.stringify({ ...brief, dirs: info.dirs.length, files: info.files.length }));

function listTree(FS, root) {
  const out = [];
  let names;
  try {
    names = FS.readdir(root);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === "." || name === "..") continue;
    const p = `${root}/${name}`;
    out.push(p);
    if (FS.isDir(FS.stat(p).mode)) out.push(...listTree(FS, p));
  }
  return out;
}
