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
  const state = { types: {}, rels: {}, article: -1, pinned: null, hood: null, hideIsolated: false };
  const degree = DATA.nodes.map(() => 0);
  DATA.edges.forEach((e) => { degree[e.from] += 1; degree[e.to] += 1; });

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
      color: { color: "#b9b9b9", highlight: "#333333", hover: "#555555" }, width: 1, selectionWidth: 2,
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
    document.body.setAttribute("data-kg-ready", "1");
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
      (!state.hideIsolated || degree[n.id] > 0) && (state.hood === null || state.hood.has(n.id));
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
    if (state.hood !== null) {
      add(hood, el("span", null, "邻域：" + DATA.nodes[state.hoodCentre].name + " "),
        linkButton("清除", () => { state.hood = null; applyFilters(true); }));
    }
    if (fit) network.fit({ nodes: DATA.nodes.filter((x) => shown[x.id]).map((x) => x.id), animation: false });
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
        el("span", "muted", " "), linkButton("证据", () => { network.selectEdges([e.id]); pin({ edge: e.id }); }));
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
  function show(sel) {
    if (sel && sel.node !== undefined) showNode(sel.node);
    else if (sel && sel.edge !== undefined) showEdge(sel.edge);
    else panel.replaceChildren(el("p", "muted", "点击或悬停节点、边，查看规范化取值、别名、来源文章与证据句。"));
  }
  function pin(sel) { state.pinned = sel; show(sel); }
  network.on("click", (p) => {
    if (p.nodes.length) pin({ node: p.nodes[0] });
    else if (p.edges.length) pin({ edge: p.edges[0] });
    else pin(null);
  });
  network.on("hoverNode", (p) => show({ node: p.node }));
  network.on("hoverEdge", (p) => show({ edge: p.edge }));
  network.on("blurNode", () => show(state.pinned));
  network.on("blurEdge", () => show(state.pinned));
  applyFilters(false);
})();
