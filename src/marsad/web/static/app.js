// marsad observatory page: plain JavaScript, no libraries, no network but this server.
// Article text is untrusted: every piece of data enters the DOM through textContent or
// setAttribute; no HTML-parsing sink (the HTML string setters, writes to the document) is ever used.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const STATUSES = ["asserted", "reported", "alleged", "denied", "alleged-and-denied", "background"];
  const ENT_TYPES = ["PER", "ORG", "GPE", "LOC", "MISC"];
  const view = () => document.getElementById("view");

  // --- DOM helpers -------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    for (const c of children.flat()) if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    return node;
  }
  const en = (text, tag) => el(tag || "span", { lang: "en", dir: "ltr", class: "en", text });
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }
  function link(href, text, attrs) { return el("a", Object.assign({ href }, attrs || {}), text); }
  const artLink = (id, text) => link("#/article/" + encodeURIComponent(id), text || id.slice(0, 12));
  const actorLink = (code, text) => code ? link("#/actor/" + encodeURIComponent(code), text || code, { class: "ltr" }) : en("?");
  function setView(...nodes) { const v = view(); v.replaceChildren(...nodes.flat().filter(Boolean)); window.scrollTo(0, 0); }
  function gsClass(g) { return g === null || g === undefined ? "" : g >= 0 ? "gs-pos" : "gs-neg"; }

  async function api(path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
    const url = "/api/" + path + (qs.toString() ? "?" + qs : "");
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) {
      let detail = r.status + " " + r.statusText;
      try { const j = await r.json(); if (j && j.detail) detail = typeof j.detail === "string" ? j.detail : "invalid parameters"; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return r.json();
  }
  function failed(err) { setView(el("p", { class: "error", lang: "en", dir: "ltr", text: "Error: " + err.message })); }

  // --- routing -----------------------------------------------------------------------------
  function parseHash() {
    const h = location.hash.replace(/^#\/?/, "");
    const [path, query] = h.split("?");
    const decode = x => { try { return decodeURIComponent(x); } catch (e) { return x; } };  // a hand-typed "%" must not stop the page
    const parts = (path || "").split("/").filter(Boolean).map(decode);
    return { parts, params: new URLSearchParams(query || "") };
  }
  function go(parts, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "" && v !== 0) qs.set(k, v);
    location.hash = "#/" + parts.map(encodeURIComponent).join("/") + (qs.toString() ? "?" + qs : "");
  }
  function route() {
    hideTip();
    const { parts, params } = parseHash();
    const page = parts[0] || "search";
    for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.id === "nav-" + page);
    const pages = { search: searchPage, article: articlePage, actor: actorPage, actors: actorsPage, dyad: dyadPage, stories: storiesPage };
    const hash = location.hash;
    delete view().dataset.loaded;
    // data-loaded tells scripts (and tests) which route the view shows once it is drawn
    (pages[page] || searchPage)(parts.slice(1), params).catch(failed)
      .finally(() => { if (location.hash === hash) view().dataset.loaded = hash || "#/"; });
  }

  // --- search ------------------------------------------------------------------------------
  async function searchPage(_parts, params) {
    const p = Object.fromEntries(["q", "actor", "code", "since", "until", "status", "site", "story"].map(k => [k, params.get(k) || ""]));
    const offset = parseInt(params.get("offset") || "0", 10) || 0;
    const field = (name, label, attrs) => el("label", { lang: "en" }, label, el("input", Object.assign({ name, value: p[name] }, attrs)));
    const status = el("select", { name: "status" }, el("option", { value: "", text: "any" }),
      STATUSES.map(s => el("option", { value: s, text: s, selected: s === p.status })));
    const form = el("form", { class: "filters card", id: "search-form", role: "search" },
      el("div", { class: "row" },
        el("label", { lang: "en" }, "Search (Arabic words, or English names)", el("input", { type: "search", name: "q", id: "q", value: p.q, placeholder: "صاروخ، كوريا الشمالية، \"عبارة كاملة\"، Putin", maxlength: 500 })),
        field("actor", "Actor (CAMEO)", { size: 8, placeholder: "RUS" }),
        field("code", "Event code", { size: 5, placeholder: "19" }),
        field("since", "From", { type: "date" }),
        field("until", "To", { type: "date" }),
        el("label", { lang: "en" }, "Status", status),
        field("site", "Site", { size: 14 }),
        el("button", { type: "submit", id: "search-go", lang: "en", text: "Search" })));
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      const data = Object.fromEntries(new FormData(form).entries());
      go(["search"], data);
    });
    const out = el("div", { id: "results" });
    const parts = [form, out];
    const anyFilter = Object.values(p).some(Boolean);
    if (!anyFilter && !offset) {
      const stats = await api("stats");
      parts.splice(1, 0, el("div", { class: "card", lang: "en", dir: "ltr", id: "stats" },
        ...[["articles", stats.articles], ["stories", stats.stories], ["entities", stats.entities], ["dates", stats.timexes],
            ["quotes", stats.quotes], ["events", stats.events], ["merged events", stats.merged_events]]
          .map(([k, v]) => el("span", { class: "stat" }, el("b", { text: String(v) }), " " + k)),
        el("div", { class: "small muted", text: stats.first ? `published ${stats.first} – ${stats.last}` : "the store is empty: run marsad ingest" })));
    }
    setView(...parts);
    const data = await api(p.q ? "search" : "articles", Object.assign({}, p, { limit: 20, offset }));
    out.replaceChildren(
      p.story ? el("p", { lang: "en", dir: "ltr", text: "The articles of one story (near-duplicates grouped)" }) : "",
      el("p", { class: "muted small", lang: "en", dir: "ltr", id: "result-count", text: `${data.total} article${data.total === 1 ? "" : "s"}` + (p.q ? " found" : "") }),
      ...data.items.map(resultCard),
      pager(data, off => go(["search"], Object.assign({}, p, { offset: off }))));
  }
  function resultCard(item) {
    const meta = el("div", { class: "meta" },
      item.published ? el("span", { class: "ltr", text: item.published }) : null,
      item.site ? el("span", { class: "ltr", text: item.site }) : null,
      item.story_size > 1 ? el("span", { lang: "en" }, link("#/search?story=" + item.story_id, `story of ${item.story_size} articles`)) : null,
      el("span", { lang: "en", dir: "ltr", text: `${item.n_entities} entities, ${item.n_events} events, ${item.n_quotes} quotes` }));
    const card = el("div", { class: "card result" }, el("h3", {}, artLink(item.id, item.title || "(untitled)")), meta);
    if (item.snippet) card.appendChild(el("p", { class: "snippet" }, marked(item.snippet.text, item.snippet.hits)));
    return card;
  }
  function marked(text, hits) {
    const out = [];
    let at = 0;
    for (const [s, e] of hits || []) {
      if (s < at) continue;
      if (s > at) out.push(text.slice(at, s));
      out.push(el("mark", { text: text.slice(s, e) }));
      at = e;
    }
    out.push(text.slice(at));
    const span = el("span");
    for (const c of out) span.append(c);
    return span;
  }
  function pager(page, goto) {
    const prev = el("button", { class: "plain", lang: "en", text: "← Previous", disabled: page.offset <= 0 });
    const next = el("button", { class: "plain", lang: "en", text: "Next →", disabled: page.offset + page.limit >= page.total });
    prev.addEventListener("click", () => goto(Math.max(0, page.offset - page.limit)));
    next.addEventListener("click", () => goto(page.offset + page.limit));
    const from = page.total ? page.offset + 1 : 0;
    return el("div", { class: "pager", dir: "ltr" }, prev, en(`${from}–${Math.min(page.offset + page.limit, page.total)} of ${page.total}`), next);
  }

  // --- article -----------------------------------------------------------------------------
  function factsOf(rec) {
    const facts = [];
    (rec.entities || []).forEach((e, i) => facts.push({ kind: "ent", cls: "f-ent-" + (ENT_TYPES.includes(e.type) ? e.type : "MISC"), start: e.start, end: e.end, i, data: e }));
    (rec.timexes || []).forEach((t, i) => facts.push({ kind: "timex", cls: "f-timex", start: t.start, end: t.end, i, data: t }));
    (rec.quotes || []).forEach((q, i) => facts.push({ kind: "quote", cls: "f-quote", start: q.start, end: q.end, i, data: q }));
    (rec.claims || []).forEach((c, i) => facts.push({ kind: "claim", cls: "f-claim", start: c.start, end: c.end, i, data: c }));
    // an event also outlines its actors' words when its line in the side list is hovered
    const spanOf = a => a && Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end ? [[a.start, a.end]] : [];
    (rec.events || []).forEach((ev, i) => { if (ev.evidence) facts.push({ kind: "event", cls: "f-event", start: ev.evidence.start, end: ev.evidence.end, i, data: ev, extra: [...spanOf(ev.source), ...spanOf(ev.target)] }); });
    (rec.quotes || []).forEach(q => { const f = facts.find(g => g.kind === "quote" && g.data === q); if (f) f.extra = [...spanOf(q.cue), ...spanOf(q.speaker)]; });
    const n = (rec.text || "").length;
    return facts.filter(f => Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start < f.end && f.end <= n);
  }
  function factLines(f) {
    const d = f.data;
    const lines = [];
    const who = a => a ? `${a.canonical || a.text || "?"}${a.actor ? " [" + a.actor + "]" : ""}` : "—";
    if (f.kind === "ent") lines.push(["Entity", `${d.type}${d.actor ? " · " + d.actor : ""}${d.canonical ? " · " + d.canonical : ""}`]);
    if (f.kind === "timex") lines.push(["Date", `${d.value || "unresolved"} (${d.granularity || "?"})`]);
    if (f.kind === "claim") lines.push(["Claim", `${d.status}${d.by ? " · by " + d.by : ""}${d.negated ? " · negated" : ""}${d.hedged ? " · hedged" : ""}`]);
    if (f.kind === "quote") lines.push(["Quote", `${d.kind}${d.speaker ? " · speaker: " + (d.speaker.canonical || d.speaker.text) : " · speaker unknown"}${d.via ? " · via " + d.via : ""}${d.status ? " · " + d.status : ""}`]);
    if (f.kind === "event") lines.push(["Event", `${d.code} ${d.label || ""} · Goldstein ${d.goldstein ?? "?"} · ${d.status}${d.method === "learned" ? " · learned" : ""}${d.confidence != null ? " · confidence " + d.confidence : ""}`],
      ["", `${who(d.source)} → ${who(d.target)}${d.date ? " · " + d.date : ""}`]);
    return lines;
  }
  function showTip(x, y, facts, text) {
    const tip = document.getElementById("tip");
    const nodes = [];
    facts.forEach((f, k) => {
      if (k) nodes.push(el("hr"));
      for (const [kind, line] of factLines(f)) nodes.push(el("div", { dir: "ltr", lang: "en" }, kind ? el("span", { class: "t-kind", text: kind + " " }) : null, line));
      nodes.push(el("div", { class: "t-ev", dir: "rtl", text: `«${text.slice(f.start, f.end)}»` }),
        el("div", { class: "t-off", dir: "ltr", lang: "en", text: `evidence: characters ${f.start}–${f.end} of the text` }));
    });
    tip.replaceChildren(...nodes);
    tip.hidden = false;
    const w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x - w / 2, window.innerWidth - w - 4)) + "px";
    tip.style.top = (y + 18 + h > window.innerHeight ? y - h - 12 : y + 18) + "px";
  }
  function hideTip() { const tip = document.getElementById("tip"); if (tip) tip.hidden = true; }

  function renderText(text, facts) {
    const cuts = new Set([0, text.length]);
    const extras = facts.flatMap(f => f.extra || []).filter(([a, b]) => 0 <= a && a < b && b <= text.length);
    for (const f of facts) { cuts.add(f.start); cuts.add(f.end); }
    for (const [a, b] of extras) { cuts.add(a); cuts.add(b); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = el("div", { class: "article-text", id: "article-text", lang: "ar" });
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      const covering = facts.filter(f => f.start <= s && f.end >= e);
      if (!covering.length) {
        // words a fact points at without being one (a quote's cue, an event's actor): outlined on focus only
        const inExtra = extras.some(([a, b]) => a <= s && e <= b);
        box.appendChild(inExtra ? el("span", { class: "seg", "data-start": s, "data-end": e, text: text.slice(s, e) }) : document.createTextNode(text.slice(s, e)));
        continue;
      }
      const span = el("span", { class: "fact " + [...new Set(covering.map(f => f.cls))].join(" "), "data-start": s, "data-end": e, text: text.slice(s, e) });
      // the hover card lists the facts of the kinds shown (the legend's toggles)
      const tip = ev => {
        const shown = covering.filter(f => !box.classList.contains("hide-" + f.kind));
        if (shown.length) showTip(ev.clientX, ev.clientY, shown, text); else hideTip();
      };
      span.addEventListener("mouseenter", tip);
      span.addEventListener("mousemove", tip);
      span.addEventListener("mouseleave", hideTip);
      box.appendChild(span);
    }
    return box;
  }
  function focusSpan(box, group, on) {
    const ranges = group.flatMap(f => [[f.start, f.end], ...(f.extra || [])]);
    for (const s of box.querySelectorAll("[data-start]")) {
      const a = +s.dataset.start, b = +s.dataset.end;
      s.classList.toggle("focus", on && ranges.some(([x, y]) => a >= x && b <= y));
    }
  }

  async function articlePage(parts) {
    const data = await api("articles/" + encodeURIComponent(parts[0] || ""));
    const rec = data.record;
    const facts = factsOf(rec);
    const textBox = renderText(rec.text || "", facts);
    const url = safeUrl(rec.source && rec.source.url);
    const pub = rec.dates && rec.dates.publication;
    const meta = el("div", { class: "meta" },
      rec.source && rec.source.site ? el("span", { class: "ltr", text: rec.source.site }) : null,
      el("span", { lang: "en", dir: "ltr" }, "published ", el("b", { text: data.published || "unknown" }),
        pub && pub.confidence !== undefined ? ` (confidence ${pub.confidence})` : ""),
      url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", lang: "en", text: "original page" }) : null,
      el("span", { class: "ltr small", text: "id " + rec.id.slice(0, 16) + "…" }));
    const legend = el("div", { class: "legend", lang: "en", dir: "ltr", id: "legend" },
      ...[["ent", "Entities", "var(--per)"], ["timex", "Dates", "var(--timex)"], ["quote", "Quotes", "var(--quote)"], ["event", "Events", "var(--event)"], ["claim", "Claims", "var(--claim)"]]
        .map(([k, label, color]) => {
          // claims cover whole clauses: off at first, so the other facts stay readable
          const on = k !== "claim";
          const box = el("input", { type: "checkbox", checked: on, id: "toggle-" + k });
          if (!on) textBox.classList.add("hide-" + k);
          box.addEventListener("change", () => textBox.classList.toggle("hide-" + k, !box.checked));
          const sw = el("span", { class: "swatch" }); sw.style.background = color;
          const n = facts.filter(f => f.kind === k).length;
          return el("label", {}, box, sw, `${label} (${n})`);
        }));
    const side = el("aside", { id: "facts" });
    // one line per distinct fact (an entity named five times is one line, ×5); hovering it outlines every span
    const section = (title, kind, render, keyOf) => {
      const items = facts.filter(f => f.kind === kind);
      const groups = new Map();
      for (const f of items) {
        const key = keyOf ? keyOf(f.data) : `${f.start}:${f.end}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(f);
      }
      const list = el("ul");
      for (const group of groups.values()) {
        const li = el("li", { class: "fact-item", "data-kind": kind }, render(group[0].data),
          group.length > 1 ? el("span", { class: "badge", lang: "en", text: "×" + group.length }) : null);
        li.addEventListener("mouseenter", () => focusSpan(textBox, group, true));
        li.addEventListener("mouseleave", () => focusSpan(textBox, group, false));
        li.addEventListener("click", () => { const s = textBox.querySelector(`.fact[data-start="${group[0].start}"]`); if (s) s.scrollIntoView({ block: "center" }); });
        list.appendChild(li);
      }
      side.appendChild(el("div", { class: "card facts" }, el("h2", { lang: "en", text: `${title} (${items.length})` }),
        items.length ? list : el("p", { class: "muted small", lang: "en", text: "none found in this article" })));
    };
    const side_ = a => a && a.actor ? actorLink(a.actor, a.canonical ? `${a.canonical} (${a.actor})` : a.actor) : en(a && a.text ? a.text : "—");
    section("Events", "event", d => el("span", {},
      el("div", { dir: "ltr", lang: "en", class: "ev-head" },
        el("b", { class: gsClass(d.goldstein), text: `${d.code} ${d.label || ""}` }),
        ` · Goldstein ${d.goldstein ?? "?"}`, el("span", { class: "badge", text: d.status }), el("br"),
        side_(d.source), " → ", side_(d.target), d.date ? ` · ${d.date}` : ""),
      el("div", { class: "evidence", text: d.evidence.text })));
    section("Entities", "ent", d => el("span", {}, el("span", { text: d.text }), " ",
      el("span", { class: "badge", lang: "en", text: d.type }), d.actor ? " " : null, d.actor ? actorLink(d.actor, d.actor + (d.canonical ? " · " + d.canonical : "")) : null),
      d => [d.type, d.actor || "", d.canonical || d.text].join("|"));
    section("Dates", "timex", d => el("span", {}, el("span", { text: d.text }), " → ", el("b", { class: "ltr", text: d.value || "?" })));
    section("Quotes", "quote", d => el("span", {},
      el("span", { class: "badge", lang: "en", text: d.kind }), " ",
      el("b", { text: d.speaker ? (d.speaker.canonical || d.speaker.text) : "—" }), ": ",
      el("span", { text: d.text.length > 160 ? d.text.slice(0, 160) + "…" : d.text })));
    section("Claims", "claim", d => el("span", {},
      el("span", { class: "badge", lang: "en", text: d.status + (d.by ? " · " + d.by : "") }), " ",
      el("span", { text: d.text.length > 140 ? d.text.slice(0, 140) + "…" : d.text })));
    if (data.story && data.story.others && data.story.others.length) {
      side.appendChild(el("div", { class: "card", id: "story" }, el("h2", { lang: "en", text: `Same story (${data.story.others.length + 1} articles)` }),
        el("ul", {}, data.story.others.map(o => el("li", {}, artLink(o.id, o.title), " ", el("span", { class: "meta ltr", text: (o.site || "") + " " + (o.published || "") }))))));
    }
    setView(el("h1", { id: "article-title", text: rec.title || "(untitled)" }), meta, legend,
      el("div", { class: "grid" }, textBox, side));
  }

  // --- charts ------------------------------------------------------------------------------
  // A Goldstein chart: x = date, y = Goldstein score (-10..10); one dot per date and series
  // (size: number of events), joined by a line of the daily mean.
  function goldsteinChart(series, title) {
    const W = 860, H = 280, L = 44, R = 16, T = 26, B = 34;
    // event dates may be a year or a month ("2023", "2023-06"): plot them on their first day
    const t = d => Date.parse((/^\d{4}$/.test(d) ? d + "-01-01" : /^\d{4}-\d{2}$/.test(d) ? d + "-01" : String(d).slice(0, 10)) + "T00:00:00Z");
    const plottable = p => p.date && !Number.isNaN(t(p.date)) && p.goldstein !== null && p.goldstein !== undefined;
    const all = series.flatMap(s => s.points).filter(plottable);
    const root = svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title, id: "goldstein-chart" });
    root.appendChild(svg("title", {}, title));
    const y = g => T + (10 - g) / 20 * (H - T - B);
    for (const g of [-10, -5, 0, 5, 10]) {
      root.appendChild(svg("line", { x1: L, x2: W - R, y1: y(g), y2: y(g), stroke: g === 0 ? "#889" : "#e3e7eb" }));
      root.appendChild(svg("text", { x: L - 6, y: y(g) + 4, "text-anchor": "end" }, String(g)));
    }
    root.appendChild(svg("text", { x: L, y: 16 }, "Goldstein score (cooperation > 0 > conflict)"));
    if (!all.length) {
      root.appendChild(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no dated events"));
      return root;
    }
    let t0 = Math.min(...all.map(p => t(p.date))), t1 = Math.max(...all.map(p => t(p.date)));
    if (t0 === t1) { t0 -= 86400000 * 3; t1 += 86400000 * 3; }
    const x = d => L + (t(d) - t0) / (t1 - t0) * (W - L - R);
    const day = ms => new Date(ms).toISOString().slice(0, 10);
    [[t0, "start"], [(t0 + t1) / 2, "middle"], [t1, "end"]].forEach(([ms, anchor]) =>
      root.appendChild(svg("text", { x: x(day(ms)), y: H - 10, "text-anchor": anchor }, day(ms))));
    series.forEach(s => {
      const pts = s.points.filter(plottable).sort((a, b) => t(a.date) - t(b.date));
      if (pts.length > 1) root.appendChild(svg("polyline", { points: pts.map(p => `${x(p.date).toFixed(1)},${y(p.goldstein).toFixed(1)}`).join(" "), fill: "none", stroke: s.color, "stroke-width": 1.5, opacity: .7 }));
      for (const p of pts) {
        const c = svg("circle", { cx: x(p.date).toFixed(1), cy: y(p.goldstein).toFixed(1), r: (3 + 2.2 * Math.sqrt(p.n_events || 1)).toFixed(1), fill: s.color, opacity: .75, class: "point" });
        c.appendChild(svg("title", {}, `${s.label}: ${p.date}: ${p.n_events} event(s), mean Goldstein ${p.goldstein}`));
        root.appendChild(c);
      }
    });
    series.forEach((s, k) => {
      root.appendChild(svg("circle", { cx: W - R - 180, cy: 14 + k * 14 - 4, r: 5, fill: s.color }));
      root.appendChild(svg("text", { x: W - R - 170, y: 14 + k * 14 }, s.label));
    });
    return root;
  }

  function eventList(page, goto) {
    const rows = page.items.map(ev => el("div", { class: "card event-item" },
      el("div", { dir: "ltr", lang: "en" },
        el("b", { class: gsClass(ev.goldstein), dir: "ltr", text: `${ev.code} ${ev.label || ""}` }), " ",
        actorLink(ev.source_actor, ev.source_name ? `${ev.source_name} (${ev.source_actor})` : ev.source_actor), " → ",
        actorLink(ev.target_actor, ev.target_name ? `${ev.target_name} (${ev.target_actor})` : ev.target_actor)),
      el("div", { class: "meta", lang: "en", dir: "ltr" },
        el("span", { text: ev.date || "undated" }), el("span", { text: `Goldstein ${ev.goldstein ?? "?"}` }),
        el("span", { text: `${ev.n_articles} article(s), ${ev.n_sources} source(s)` }), el("span", { text: ev.status || "" }),
        ev.method === "learned" ? el("span", { class: "badge", title: "coded by the learned clause models only (marsad ingest --learned-events)", text: "learned" }) : null),
      ...ev.evidence.map(e => el("div", { class: "evidence" }, el("span", { text: e.text }), " ",
        el("span", { class: "meta" }, artLink(e.article, e.site || e.title), el("span", { class: "badge", lang: "en", text: e.status }),
          e.method === "learned" ? el("span", { class: "badge", lang: "en", text: "learned" }) : null)))));
    return el("div", { id: "events" }, el("h2", { lang: "en", text: `Events (${page.total}, merged across articles)` }),
      page.total ? rows : el("p", { class: "muted", lang: "en", text: "no events stored for this selection" }),
      goto ? pager(page, goto) : null);
  }

  // --- actors ------------------------------------------------------------------------------
  async function actorsPage(_parts, params) {
    const q = params.get("q") || "";
    const offset = parseInt(params.get("offset") || "0", 10) || 0;
    const form = el("form", { class: "filters card row" }, el("label", { lang: "en" }, "Actor code or name", el("input", { name: "q", value: q })),
      el("button", { type: "submit", lang: "en", text: "Find" }));
    form.addEventListener("submit", ev => { ev.preventDefault(); go(["actors"], { q: new FormData(form).get("q") }); });
    const page = await api("actors", { q, limit: 50, offset });
    const table = el("table", { class: "list", id: "actors" },
      el("tr", { lang: "en" }, el("th", { text: "Code" }), el("th", { text: "Name" }), el("th", { text: "Articles" }), el("th", { text: "Events" })),
      page.items.map(a => el("tr", {}, el("td", {}, actorLink(a.actor)), el("td", { text: a.canonical || "" }), el("td", { text: String(a.n_articles) }), el("td", { text: String(a.n_events) }))));
    setView(el("h1", { lang: "en", text: "Actors" }), form,
      page.total ? table : el("p", { class: "muted", lang: "en", text: "no actors stored yet (entities and events carry actor codes)" }),
      pager(page, off => go(["actors"], { q, offset: off })));
  }

  async function actorPage(parts, params) {
    const code = (parts[0] || "").toUpperCase();
    const offset = parseInt(params.get("offset") || "0", 10) || 0;
    const [actor, events] = await Promise.all([api("actors/" + encodeURIComponent(code)), api("events", { actor: code, limit: 20, offset })]);
    const name = actor.names.find(n => n.canonical);
    const partners = el("div", { class: "card" }, el("h2", { lang: "en", text: "Partners (open the dyad)" }),
      actor.partners.length ? el("ul", {}, actor.partners.map(p => el("li", {}, link(`#/dyad/${encodeURIComponent(code)}/${encodeURIComponent(p.other)}`, `${code} ↔ ${p.other}`, { class: "ltr" }), ` (${p.n_events})`)))
        : el("p", { class: "muted small", lang: "en", text: "no events with another actor" }));
    const names = el("div", { class: "card" }, el("h2", { lang: "en", text: "Names and codes" }),
      el("ul", {}, actor.names.map(n => el("li", {}, el("span", { class: "ltr", text: n.actor }), " ", el("span", { text: n.canonical || "" }), el("span", { class: "badge", lang: "en", text: `${n.n_articles} articles` })))));
    const mentions = el("div", { class: "card" }, el("h2", { lang: "en", text: "Recent mentions" }),
      el("ul", {}, actor.mentions.map(m => el("li", {}, el("span", { text: m.text }), " — ", artLink(m.article_id, m.title)))));
    setView(el("h1", { id: "actor-title" }, el("span", { class: "ltr", text: code }), " ", el("span", { text: name ? name.canonical : "" })),
      el("p", { class: "meta", lang: "en", dir: "ltr", text: `${actor.n_articles} articles · ${actor.n_events} merged events` }),
      goldsteinChart([{ label: code, color: "#0b6e69", points: actor.timeline }], `Goldstein scores of events involving ${code}`),
      el("div", { class: "grid" }, eventList(events, off => go(["actor", code], { offset: off })), el("div", {}, partners, names, mentions)));
  }

  // --- dyads -------------------------------------------------------------------------------
  async function dyadPage(parts) {
    const a = (parts[0] || "").toUpperCase(), b = (parts[1] || "").toUpperCase();
    const form = el("form", { class: "filters card row", id: "dyad-form" },
      el("label", { lang: "en" }, "Actor A", el("input", { name: "a", value: a, placeholder: "RUS", size: 10 })),
      el("label", { lang: "en" }, "Actor B", el("input", { name: "b", value: b, placeholder: "PRK", size: 10 })),
      el("button", { type: "submit", lang: "en", text: "Show" }));
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      const f = new FormData(form);
      go(["dyad", String(f.get("a") || "").trim(), String(f.get("b") || "").trim()]);
    });
    if (!a || !b) { setView(el("h1", { lang: "en", text: "Dyad: two actors' events over time" }), form); return; }
    const d = await api("dyads", { a, b, limit: 50 });
    setView(el("h1", { id: "dyad-title", lang: "en", dir: "ltr" }, actorLink(a), " ↔ ", actorLink(b)), form,
      goldsteinChart([{ label: `${a} → ${b}`, color: "#0b6e69", points: d.a_to_b }, { label: `${b} → ${a}`, color: "#b9770e", points: d.b_to_a }],
        `Goldstein scores of events between ${a} and ${b}`),
      eventList(d.events));
  }

  // --- stories -----------------------------------------------------------------------------
  async function storiesPage(_parts, params) {
    const offset = parseInt(params.get("offset") || "0", 10) || 0;
    const page = await api("stories", { limit: 20, offset });
    setView(el("h1", { lang: "en", text: "Stories: near-duplicate articles grouped" }),
      page.total ? page.items.map(s => el("div", { class: "card" },
        el("h3", {}, link("#/search?story=" + s.story_id, s.title)),
        el("div", { class: "meta", lang: "en", dir: "ltr", text: `${s.n_articles} articles from ${s.n_sources} sources · ${s.first || "?"} – ${s.last || "?"}` }),
        el("ul", {}, s.articles.map(m => el("li", {}, artLink(m.id, m.title), " ", el("span", { class: "meta ltr", text: `${m.site || ""} ${m.similarity !== null ? "similarity " + m.similarity : ""}` }))))))
        : el("p", { class: "muted", lang: "en", text: "no story has more than one article yet" }),
      pager(page, off => go(["stories"], { offset: off })));
  }

  window.addEventListener("hashchange", route);
  window.addEventListener("DOMContentLoaded", route);
  window.addEventListener("scroll", hideTip, { passive: true });
})();
