// Run a Python file in Pyodide under node, with folders of this machine mounted at their own paths
// (build.py: precompile.py, so that the wheels' bytecode is that of the browser's Python).
//
//   node pyodide_run.mjs PYODIDE_DIR SCRIPT.py DIRS_JSON [ARG ...]
//
// PYODIDE_DIR holds pyodide.mjs and its runtime; DIRS_JSON is a JSON list of absolute folders to
// mount (the script's own and those of its arguments); the script sees ARG... in sys.argv.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pyodideDir, script, dirsJson, ...args] = process.argv.slice(2);
const indexURL = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(indexURL, 'pyodide.mjs')).href);
const pyodide = await loadPyodide({ indexURL });
const { FS } = pyodide;
for (const dir of JSON.parse(dirsJson)) {
  FS.mkdirTree(dir);
  FS.mount(FS.filesystems.NODEFS, { root: dir }, dir);
}
pyodide.globals.set('_argv', pyodide.toPy([path.resolve(script), ...args]));
const code = await pyodide.runPythonAsync(`
import runpy, sys
sys.argv = list(_argv)
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
    code = 0
except SystemExit as e:
    code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    if not isinstance(e.code, int) and e.code is not None:
        print(e.code, file=sys.stderr)
code
`);
process.exit(code);
