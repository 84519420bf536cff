// Renders /openapi.json as a page, offline (FastAPI's own docs page loads from a CDN).
"use strict";

(function () {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) {
      if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  function schemaText(s) {
    if (!s) return "";
    if (s.anyOf) return s.anyOf.map(schemaText).filter(t => t !== "null").join(" | ");
    if (s.enum) return s.enum.join(" | ");
    const bits = [s.type || (s.$ref ? s.$ref.split("/").pop() : "")];
    if (s.pattern) bits.push("pattern " + s.pattern);
    if (s.minimum !== undefined) bits.push("≥ " + s.minimum);
    if (s.maximum !== undefined) bits.push("≤ " + s.maximum);
    if (s.maxLength !== undefined) bits.push("max length " + s.maxLength);
    if (s.default !== undefined) bits.push("default " + JSON.stringify(s.default));
    return bits.join(", ");
  }
  async function main() {
    const spec = await (await fetch("/openapi.json")).json();
    const root = document.getElementById("docs");
    const parts = [el("h1", { text: `${spec.info.title} ${spec.info.version}` }), el("p", { text: spec.info.description || "" })];
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = op.parameters || [];
        const card = el("div", { class: "card" },
          el("h2", {}, el("code", { text: `${method.toUpperCase()} ${path}` })),
          el("p", { text: op.summary || "" }));
        if (params.length) {
          card.append(el("table", { class: "list" },
            el("tr", {}, el("th", { text: "parameter" }), el("th", { text: "in" }), el("th", { text: "required" }), el("th", { text: "schema" })),
            params.map(p => el("tr", {}, el("td", {}, el("code", { text: p.name })), el("td", { text: p.in }),
              el("td", { text: p.required ? "yes" : "" }), el("td", { text: schemaText(p.schema) })))));
        }
        if (op.requestBody) card.append(el("p", { class: "small muted", text: "JSON body: " + Object.keys(op.requestBody.content || {}).join(", ") + " (see openapi.json)" }));
        if (method === "get" && !path.includes("{")) card.append(el("p", { class: "small" }, el("a", { href: path, text: "try " + path })));
        parts.push(card);
      }
    }
    root.replaceChildren(...parts);
  }
  window.addEventListener("DOMContentLoaded", () => main().catch(err => {
    document.getElementById("docs").textContent = "Could not load /openapi.json: " + err.message;
  }));
})();
