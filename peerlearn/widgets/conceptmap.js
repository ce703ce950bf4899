// peerlearn concept map and timeline: a picture of nodes that a learner can click or key through.
//
// Python builds the whole picture (an escaped SVG string, with a legend and a text version) and
// the HTML of the details panel; this module only inserts them, wires clicks and keys, and toggles
// classes when `selected` changes. No imports, no network: it works offline in JupyterLab and Voila.
//
// Model traits: picture (markup), neighbours ({id: [ids]}), selected (id or ""), details (markup),
// label (the widget's name for screen readers).

const KEYS_NEXT = new Set(["ArrowRight", "ArrowDown"]);
const KEYS_PREV = new Set(["ArrowLeft", "ArrowUp"]);

function render({ model, el }) {
  el.classList.add("pl-picture");
  const root = document.createElement("div");
  root.className = "pl-picture-root";
  // help on top; then the picture, with the details and the legend beside it (CSS puts them
  // under it when the page is narrow)
  const top = document.createElement("div");
  top.className = "pl-picture-top";
  const row = document.createElement("div");
  row.className = "pl-picture-row";
  const body = document.createElement("div");
  body.className = "pl-picture-body";
  const side = document.createElement("div");
  side.className = "pl-picture-side";
  const details = document.createElement("div");
  details.className = "pl-details";
  details.setAttribute("role", "region");
  details.setAttribute("aria-live", "polite");
  details.tabIndex = 0; // it may scroll: the keyboard must reach it
  const legendSlot = document.createElement("div");
  legendSlot.className = "pl-legend-slot";
  side.append(details, legendSlot);
  row.append(body, side);
  root.append(top, row);
  el.append(root);

  let nodes = [];
  let byId = new Map();
  let edges = [];

  function draw() {
    body.innerHTML = model.get("picture");
    top.replaceChildren(...body.querySelectorAll(":scope > .pl-help"));
    legendSlot.replaceChildren(...body.querySelectorAll(":scope > .pl-legend"));
    nodes = Array.from(body.querySelectorAll("[data-node]"));
    byId = new Map(nodes.map((n) => [n.dataset.node, n]));
    edges = Array.from(body.querySelectorAll(".pl-edge"));
    details.setAttribute("aria-label", `${model.get("label")}: details of the selected item`);
    apply();
  }

  function apply() {
    const sel = model.get("selected");
    const linked = new Set((model.get("neighbours") || {})[sel] || []);
    root.classList.toggle("pl-has-selection", Boolean(sel));
    for (const n of nodes) {
      const id = n.dataset.node;
      const isSel = id === sel;
      n.classList.toggle("is-selected", isSel);
      n.classList.toggle("is-linked", linked.has(id));
      n.setAttribute("aria-pressed", isSel ? "true" : "false");
    }
    for (const e of edges) {
      const a = e.dataset.a;
      const b = e.dataset.b;
      e.classList.toggle(
        "is-active",
        Boolean(sel) && ((a === sel && linked.has(b)) || (b === sel && linked.has(a))),
      );
    }
    if (sel && byId.has(sel)) {
      setRoving(byId.get(sel), false);
    }
    if (!sel) {
      details.innerHTML = "";
    }
  }

  function setRoving(target, focus) {
    for (const n of nodes) {
      n.setAttribute("tabindex", n === target ? "0" : "-1");
    }
    if (focus) {
      target.focus();
    }
  }

  function choose(id) {
    if (model.get("selected") !== id) {
      root.dataset.t0 = String(performance.now());
      model.set("selected", id);
      model.save_changes();
      apply();
    }
  }

  function onClick(event) {
    const node = event.target.closest("[data-node]");
    if (node && body.contains(node)) {
      setRoving(node, false);
      choose(node.dataset.node);
    }
  }

  function onKey(event) {
    const node = event.target.closest("[data-node]");
    if (!node) {
      return;
    }
    const i = nodes.indexOf(node);
    let next = null;
    if (event.key === "Enter" || event.key === " " || event.key === "Spacebar") {
      choose(node.dataset.node);
    } else if (event.key === "Escape") {
      choose("");
    } else if (KEYS_NEXT.has(event.key)) {
      next = nodes[(i + 1) % nodes.length];
    } else if (KEYS_PREV.has(event.key)) {
      next = nodes[(i - 1 + nodes.length) % nodes.length];
    } else if (event.key === "Home") {
      next = nodes[0];
    } else if (event.key === "End") {
      next = nodes[nodes.length - 1];
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation(); // keep JupyterLab's notebook shortcuts out of the map
    if (next) {
      setRoving(next, true);
    }
  }

  function showDetails() {
    details.innerHTML = model.get("details");
    if (root.dataset.t0) {
      root.dataset.latency = String(performance.now() - Number(root.dataset.t0));
      delete root.dataset.t0;
    }
  }

  body.addEventListener("click", onClick);
  body.addEventListener("keydown", onKey);
  model.on("change:picture", draw);
  model.on("change:selected", apply);
  model.on("change:neighbours", apply);
  model.on("change:details", showDetails);
  draw();
  showDetails();

  return () => {
    body.removeEventListener("click", onClick);
    body.removeEventListener("keydown", onKey);
    model.off("change:picture", draw);
    model.off("change:selected", apply);
    model.off("change:neighbours", apply);
    model.off("change:details", showDetails);
  };
}

export default { render };
