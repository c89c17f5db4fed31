/* govnews-kg offline graph view. All document text goes into the DOM through
   textContent / createTextNode only; the data comes from the JSON script block. */
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";
  const STYLE = {};
  DATA.types.forEach((t) => { STYLE[t.type] = t; });
  const REL_ZH = {};
  DATA.rels.forEach((r) => { REL_ZH[r.rel] = r.zh; });
  const byId = (id) => document.getElementById(id);
  const panel = byId("kg-panel");
  const OV = DATA.overview || null;
  const OV_IDS = new Set(OV ? OV.nodes.map((r) => r[0]) : []);
  const degree = DATA.nodes.map(() => 0);
  DATA.edges.forEach((e) => { degree[e.from] += 1; degree[e.to] += 1; });
  /* a big physics view starts without the nodes that have no relation, when enough others remain */
  const connected = degree.filter((d) => d > 0).length;
  const state = { types: {}, rels: {}, article: -1, pinned: null, hood: null,
                  hideIsolated: !OV && DATA.nodes.length > 300 && connected >= 30, overview: OV !== null };
  /* the best-connected nodes keep a readable label at any zoom (others show theirs when zoomed in) */
  const TOP_LABELS = 30;
  const LABEL_PX = 15;
  const topNodes = DATA.nodes.map((n) => n.id).filter((id) => degree[id] > 0 &&
    DATA.nodes[id].type !== "Status" && DATA.nodes[id].type !== "Position" && DATA.nodes[id].type !== "Article")
    .sort((a, b) => degree[b] - degree[a] || a - b).slice(0, TOP_LABELS);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, ...children) { children.forEach((c) => parent.appendChild(c)); return parent; }
  function articleName(i) {
    const a = DATA.articles[i];
    return a ? (a.title || "（无标题）") + " — " + a.source + "#" + a.index : "（未知文章）";
  }

  /* ---------- vis data ---------- */
  function visNode(n) {
    const s = STYLE[n.type];
    const node = {
      id: n.id, label: n.label, shape: s.shape, size: n.size, title: el("div", null, n.name + "（" + s.zh + "）"),
      color: { background: s.color, border: s.color, highlight: { background: s.color, border: "#222" },
               hover: { background: s.color, border: "#222" } },
      font: { face: FONT, size: 14, color: "#1d1d1d", strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1, borderWidthSelected: 3,
    };
    if (n.type === "Article") {
      node.font = { face: FONT, size: 13, color: "#ffffff" };
      node.margin = 6;
    }
    if (n.type === "Status" || n.type === "Position") node.font.size = 11;
    if ("x" in n) { node.x = n.x; node.y = n.y; }
    return node;
  }
  function visEdge(e) {
    const tip = DATA.nodes[e.from].name + " —" + e.rel + "（" + (REL_ZH[e.rel] || e.rel) + "）→ " + DATA.nodes[e.to].name;
    return {
      id: e.id, from: e.from, to: e.to, label: e.rel, title: el("div", null, tip), arrows: "to",
      font: { face: FONT, size: 10, color: "#555555", strokeWidth: 2, strokeColor: "#ffffff", align: "middle" },
      color: { color: "#b9b9b9", highlight: "#e8590c", hover: "#555555" }, width: 1, selectionWidth: 3,
    };
  }
  const nodes = new vis.DataSet(DATA.nodes.map(visNode));
  const edges = new vis.DataSet(DATA.edges.map(visEdge));
  const physics = DATA.frozen ? false : {
    solver: "forceAtlas2Based",
    forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.012, springLength: 90,
                        springConstant: 0.07, damping: 0.5, avoidOverlap: 0.3 },
    stabilization: { enabled: true, iterations: 500, updateInterval: 25, fit: true },
    minVelocity: 1.5,
  };
  const network = new vis.Network(byId("kg-network"), { nodes, edges }, {
    layout: { randomSeed: 7, improvedLayout: DATA.nodes.length <= 200 },
    physics,
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: DATA.nodes.length > 300, multiselect: false },
    edges: { smooth: false },
  });
  function ready() {
    network.setOptions({ physics: false });
    byId("kg-progress").textContent = "";
    if (state.overview) enterOverview();
    else if (state.hideIsolated) applyFilters(true);
    openOnFocus();
    scaleTopLabels();
    network.on("afterDrawing", scaleTopLabels);  // after any zoom, also moveTo and fit
    document.body.setAttribute("data-kg-ready", "1");
  }
  let labelScale = null;
  function scaleTopLabels() {
    if (state.overview) return;
    const scale = network.getScale();
    const size = Math.min(Math.max(LABEL_PX / scale, 14), 120);
    if (labelScale !== null && Math.abs(size - labelScale) < 0.5) return;
    labelScale = size;
    nodes.update(topNodes.map((id) => ({ id, font: { face: FONT, size, color: "#111111", strokeWidth: Math.max(3, size / 5),
      strokeColor: "#ffffff", bold: { face: FONT } } })));
  }
  if (DATA.frozen || DATA.nodes.length === 0) {
    network.once("afterDrawing", ready);
  } else {
    network.on("stabilizationProgress", (p) => {
      byId("kg-progress").textContent = "布局中… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", ready);
  }

  /* ---------- filters ---------- */
  function nodeVisible(n) {
    return state.types[n.type] && (state.article < 0 || n.articles.indexOf(state.article) >= 0) &&
      (!state.hideIsolated || degree[n.id] > 0) && (state.hood === null || state.hood.has(n.id)) &&
      (!state.overview || OV_IDS.has(n.id));
  }
  function applyFilters(fit) {
    const shown = DATA.nodes.map(nodeVisible);
    nodes.update(DATA.nodes.map((n) => ({ id: n.id, hidden: !shown[n.id] })));
    const edgeShown = DATA.edges.map((e) => state.rels[e.rel] && shown[e.from] && shown[e.to] &&
      (state.article < 0 || e.articles.indexOf(state.article) >= 0));
    edges.update(DATA.edges.map((e) => ({ id: e.id, hidden: !edgeShown[e.id] })));
    const n = shown.filter(Boolean).length;
    const m = edgeShown.filter(Boolean).length;
    byId("kg-stats").textContent = "显示 " + n + " / " + DATA.nodes.length + " 个节点，" +
      m + " / " + DATA.edges.length + " 条边" + (DATA.note ? "。" + DATA.note : "");
    const hood = byId("kg-hood");
    hood.replaceChildren();
    if (state.overview) {
      add(hood, el("span", null, "概览：每类被最多文章提及的实体。点击类别标题看该类全部，或 "),
        linkButton("显示全部", () => { leaveOverview(); applyFilters(true); }));
    }
    if (state.hood !== null) {
      add(hood, el("span", null, "邻域：" + DATA.nodes[state.hoodCentre].name + " "),
        linkButton("清除", () => { state.hood = null; applyFilters(true); }));
    }
    if (fit) {
      network.fit({ nodes: DATA.nodes.filter((x) => shown[x.id]).map((x) => x.id), animation: false });
      scaleTopLabels();
    }
  }
  function checkbox(container, key, store, glyph, color, text, count) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = key;
    store[key] = true;
    box.addEventListener("change", () => { store[key] = box.checked; applyFilters(false); });
    add(label, box);
    if (glyph) { const g = el("span", "glyph", glyph); g.style.color = color; add(label, g); }
    add(label, el("span", null, text), el("span", "count", count));
    add(container, label);
  }
  DATA.types.forEach((t) => checkbox(byId("kg-types"), t.type, state.types, t.glyph, t.color,
    t.zh + " " + t.type, t.count));
  DATA.rels.forEach((r) => checkbox(byId("kg-rels"), r.rel, state.rels, null, null, r.rel + " " + r.zh, r.count));
  document.querySelectorAll("button[data-all]").forEach((b) => b.addEventListener("click", () => {
    const boxes = byId(b.getAttribute("data-all")).querySelectorAll("input");
    const target = !Array.from(boxes).every((x) => x.checked);
    boxes.forEach((x) => { x.checked = target; x.dispatchEvent(new Event("change")); });
  }));
  byId("kg-isolated").addEventListener("change", (ev) => { state.hideIsolated = ev.target.checked; applyFilters(false); });
  function showHood(id) {
    leaveOverview();
    state.hood = new Set([id]);
    state.hoodCentre = id;
    DATA.edges.forEach((e) => { if (e.from === id) state.hood.add(e.to); if (e.to === id) state.hood.add(e.from); });
    applyFilters(true);
  }
  const artSel = byId("kg-article");
  DATA.articles.forEach((a, i) => {
    const o = el("option", null, (a.title || "（无标题）") + "（" + a.source + "#" + a.index + "）");
    o.value = String(i);
    artSel.appendChild(o);
  });
  function setArticle(i) {
    artSel.value = i < 0 ? "" : String(i);
    state.article = i;
    applyFilters(true);
  }
  artSel.addEventListener("change", () => setArticle(artSel.value === "" ? -1 : Number(artSel.value)));

  /* ---------- search ---------- */
  const names = new Map();
  DATA.nodes.forEach((n) => [n.name].concat(n.aliases).forEach((s) => { if (!names.has(s)) names.set(s, n.id); }));
  const datalist = byId("kg-names");
  Array.from(names.keys()).sort().forEach((s) => { const o = el("option"); o.value = s; datalist.appendChild(o); });
  function findNode(q) {
    if (names.has(q)) return names.get(q);
    const hit = DATA.nodes.find((n) => n.name.indexOf(q) >= 0 || n.aliases.some((a) => a.indexOf(q) >= 0));
    return hit ? hit.id : null;
  }
  function search() {
    const q = byId("kg-search").value.trim();
    const msg = byId("kg-search-msg");
    if (!q) { msg.textContent = ""; return; }
    const id = findNode(q);
    if (id === null) { msg.textContent = "未找到：" + q; return; }
    const n = DATA.nodes[id];
    if (!nodeVisible(n)) {
      leaveOverview();
      state.types[n.type] = true;
      state.hood = null;
      state.hideIsolated = false;
      byId("kg-isolated").checked = false;
      byId("kg-types").querySelector("input[value='" + n.type + "']").checked = true;
      setArticle(-1);
    }
    msg.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.0, animation: { duration: 400 } });
    pin({ node: id });
  }
  byId("kg-search").addEventListener("change", search);
  byId("kg-search").addEventListener("keydown", (ev) => { if (ev.key === "Enter") search(); });

  /* ---------- info panel ---------- */
  function factsTable(rows) {
    const t = el("table", "facts");
    rows.forEach((r) => { const tr = el("tr"); add(tr, el("th", null, r[0]), el("td", null, r[1])); t.appendChild(tr); });
    return t;
  }
  function evidenceBox(ev) {
    const box = el("div", "ev");
    const meta = [ev.source + " [" + ev.start + "–" + ev.end + ")"];
    if (ev.a >= 0) meta.push(articleName(ev.a));
    if (ev.rule) meta.push("规则 " + ev.rule);
    if (ev.confidence !== null && ev.confidence !== undefined) meta.push("置信度 " + ev.confidence);
    return add(box, el("div", "sentence", ev.sentence || ""), el("div", "meta", meta.join(" · ")));
  }
  function linkButton(text, onClick) {
    const b = el("button", "link", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function header(title, type) {
    const s = STYLE[type];
    const badge = el("span", "badge", s.zh + " " + type);
    badge.style.background = s.color;
    return [badge, el("h2", "name", title)];
  }
  function neighbourList(id) {
    const ul = el("ul", "plain");
    DATA.edges.filter((e) => e.from === id || e.to === id).slice(0, 80).forEach((e) => {
      const out = e.from === id;
      const other = DATA.nodes[out ? e.to : e.from];
      const li = el("li");
      add(li, el("span", "muted", (out ? "→ " : "← ") + e.rel + " "),
        linkButton(other.name, () => { network.selectNodes([other.id]); network.focus(other.id, { animation: true });
          pin({ node: other.id }); }),
        el("span", "muted", " "), linkButton("证据", () => focusEdge(e.id)));
      ul.appendChild(li);
    });
    return ul;
  }
  function showNode(id) {
    const n = DATA.nodes[id];
    panel.replaceChildren(...header(n.name, n.type));
    add(panel, linkButton("只显示它和它的邻居", () => showHood(id)));
    if (n.facts.length) add(panel, factsTable(n.facts));
    if (n.aliases.length) add(panel, el("h3", null, "别名"), el("div", null, n.aliases.join("、")));
    if (n.articles.length) {
      const ul = el("ul", "plain");
      n.articles.forEach((i) => add(ul, add(el("li"), linkButton(articleName(i), () => setArticle(i)))));
      add(panel, el("h3", null, "来源文章（点击只看该文）"), ul);
    }
    if (n.obs.length) {
      add(panel, el("h3", null, "观测数据（" + n.obs.length + (n.obsn ? " / " + n.obsn : "") + "）"));
      n.obs.forEach((o) => {
        const head = [o.indicator, o.measure].filter(Boolean).join(" · ");
        const line = o.value + (o.period ? "（" + o.period + "）" : "");
        const more = add(el("details"), el("summary", null, "证据"), evidenceBox(o.ev));
        panel.appendChild(add(el("div", "obs"), el("div", "head", head), el("div", "value", line), more));
      });
    }
    if (degree[id] > 0) add(panel, el("h3", null, "关系（" + degree[id] + "）"), neighbourList(id));
    else add(panel, el("h3", null, "关系"), el("div", "muted", "（无）"));
  }
  function showEdge(id) {
    const e = DATA.edges[id];
    const from = DATA.nodes[e.from];
    const to = DATA.nodes[e.to];
    const rel = el("span", "badge", e.rel + "（" + (REL_ZH[e.rel] || e.rel) + "）");
    rel.style.background = "#555";
    panel.replaceChildren(rel, el("h2", "name", from.name + " → " + to.name));
    add(panel, factsTable([["头实体", from.name + "（" + STYLE[from.type].zh + "）"],
      ["尾实体", to.name + "（" + STYLE[to.type].zh + "）"]]));
    add(panel, el("h3", null, "证据句（" + e.ev.length + (e.evn ? " / " + e.evn : "") + "）"));
    e.ev.forEach((ev) => panel.appendChild(evidenceBox(ev)));
  }
  /* the evidence of an edge: show both ends, select (highlight) the edge and centre it */
  function focusEdge(id) {
    const e = DATA.edges[id];
    if (edges.get(id).hidden) {
      leaveOverview();
      state.hood = null; state.article = -1; artSel.value = "";
      state.rels[e.rel] = true; state.types[DATA.nodes[e.from].type] = true; state.types[DATA.nodes[e.to].type] = true;
      document.querySelectorAll("#kg-types input, #kg-rels input").forEach((b) => { b.checked = state.types[b.value] || state.rels[b.value] || false; });
      applyFilters(false);
    }
    network.setSelection({ nodes: [e.from, e.to], edges: [id] }, { unselectAll: true, highlightEdges: false });
    const pos = network.getPositions([e.from, e.to]);
    const mid = { x: (pos[e.from].x + pos[e.to].x) / 2, y: (pos[e.from].y + pos[e.to].y) / 2 };
    network.moveTo({ position: mid, scale: Math.max(network.getScale(), 1.0), animation: false });
    document.body.setAttribute("data-kg-edge", String(id));
    pin({ edge: id });
  }
  function show(sel) {
    if (sel && sel.node !== undefined) showNode(sel.node);
    else if (sel && sel.edge !== undefined) showEdge(sel.edge);
    else panel.replaceChildren(el("p", "muted", "点击或悬停节点、边，查看规范化取值、别名、来源文章与证据句。"));
  }
  function pin(sel) { state.pinned = sel; show(sel); }
  network.on("click", (p) => {
    if (p.nodes.length && typeof p.nodes[0] === "string") { openGroup(p.nodes[0].slice(3)); return; }
    if (p.nodes.length) pin({ node: p.nodes[0] });
    else if (p.edges.length) pin({ edge: p.edges[0] });
    else pin(null);
  });
  network.on("hoverNode", (p) => { if (typeof p.node !== "string") show({ node: p.node }); });
  network.on("hoverEdge", (p) => show({ edge: p.edge }));
  network.on("blurNode", () => show(state.pinned));
  network.on("blurEdge", () => show(state.pinned));
  /* ---------- overview of a large build ---------- */
  function enterOverview() {
    state.overview = true;
    nodes.update(OV.nodes.map(([id, x, y]) => {
      const n = DATA.nodes[id];
      const s = STYLE[n.type];
      return { id, x, y, shape: "box", label: n.name.length > 12 ? n.name.slice(0, 11) + "…" : n.name, margin: 5,
               borderWidth: 2, color: { background: "#ffffff", border: s.color,
                                        highlight: { background: "#fff8e0", border: "#111111" } },
               font: { face: FONT, size: 15, color: "#1d1d1d", strokeWidth: 0 } };
    }));
    edges.update(DATA.edges.map((e) => ({ id: e.id, label: " ", color: { color: "#e3e3e3", highlight: "#e8590c" } })));
    nodes.add(OV.groups.map((g) => ({ id: "ov:" + g.type, x: g.x, y: g.y, shape: "text",
      label: STYLE[g.type].zh + " " + g.type + "（前 " + g.shown + " / 共 " + g.total + "）▸",
      font: { face: FONT, size: 18, color: STYLE[g.type].color, bold: true } })));
    applyFilters(true);
  }
  function leaveOverview() {
    if (!state.overview) return;
    state.overview = false;
    nodes.remove(OV.groups.map((g) => "ov:" + g.type));
    nodes.update(OV.nodes.map(([id]) => visNode(DATA.nodes[id])));
    edges.update(DATA.edges.map(visEdge));
    labelScale = null;
  }
  function openGroup(type) {
    leaveOverview();
    Object.keys(state.types).forEach((t) => { state.types[t] = t === type; });
    document.querySelectorAll("#kg-types input").forEach((b) => { b.checked = b.value === type; });
    applyFilters(true);
    scaleTopLabels();
  }
  /* ---------- a focused view opens on its focus ---------- */
  function openOnFocus() {
    if (!DATA.focus) return;
    const id = findNode(DATA.focus);
    if (id === null) return;
    network.selectNodes([id]);
    pin({ node: id });
  }
  if (state.hideIsolated) byId("kg-isolated").checked = true;
  applyFilters(false);
  window.kgView = Object.freeze({ network, nodes, edges });
})();
