// How a Pyodide memory snapshot names the JavaScript objects Python holds that are not globals:
// Pyodide's own API objects and their functions. snapshot.mjs names them (nameOf), kernel.mjs
// finds them again in the browser (objectOf). Shared by both, so the two never disagree.

/** The name of `obj` (Pyodide's public API, its internal API, or a function of either), or null. */
export function nameOf(pyodide, obj) {
  const owners = { pyodide, api: pyodide._api };
  for (const [owner, o] of Object.entries(owners)) {
    if (obj === o) return { owner };
  }
  if (typeof obj !== "function") return null;
  const bound = obj.name.startsWith("bound ");
  const name = bound ? obj.name.slice("bound ".length) : obj.name;
  for (const [owner, o] of Object.entries(owners)) {
    let value;
    try {
      value = o[name];
    } catch {
      continue;
    }
    if (typeof value === "function" && (bound || value === obj)) return { owner, name, bound };
  }
  return null;
}

/** The object `named` names, given Pyodide's internal API (`Module.API`) while it starts. */
export function objectOf(API, named) {
  const owner = named.owner === "api" ? API : API.public_api;
  if (!owner) throw new Error(`Pyodide changed: no ${named.owner} object while it starts`);
  if (!named.name) return owner;
  const value = owner[named.name];
  if (typeof value !== "function") {
    throw new Error(`Pyodide changed: ${named.owner}.${named.name} is not a function`);
  }
  return named.bound ? value.bind(owner) : value;
}
