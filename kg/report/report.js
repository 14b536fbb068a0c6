/* kg analyze report: sortable tables and the network view (graphology + sigma.js, inlined above). */
(function () {
  "use strict";

  /* ---------- sortable tables ---------- */
  function cellValue(cell) {
    var raw = cell.getAttribute("data-sort");
    var text = raw !== null ? raw : cell.textContent.trim();
    var num = Number(text);
    return text !== "" && !isNaN(num) ? num : text.toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th, column) {
      th.title = "Click to sort";
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var ascending = !th.classList.contains("sorted-asc");
        table.querySelectorAll("th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
        th.classList.add(ascending ? "sorted-asc" : "sorted-desc");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[column]), y = cellValue(b.cells[column]);
          if (typeof x !== typeof y) { x = String(x); y = String(y); }
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  /* ---------- network view ---------- */
  var container = document.getElementById("kg-graph");
  var dataNode = document.getElementById("kg-network-data");
  if (!container || !dataNode || !window.Sigma || !window.graphology) { return; }
  var started = performance.now();
  var data = JSON.parse(dataNode.textContent);
  var typeColors = JSON.parse(document.getElementById("kg-type-colors").textContent);
  var panel = document.getElementById("kg-panel");
  var nodes = data.nodes, links = data.links;
  /* firstRenderMs: from this script's start; firstPaintAt: from navigation start (performance.now()) */
  var api = { ready: false, drawnNodes: 0, drawnLinks: 0, firstRenderMs: null, firstPaintAt: null, renders: 0 };
  window.kgNetwork = api;

  var communityHues = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"];
  var colorMode = "type";
  function colorOf(n) {
    if (colorMode === "community") {
      return n.community === null || n.community === undefined ? "#999" : communityHues[n.community % communityHues.length];
    }
    return typeColors[n.type] || "#7f7f7f";
  }

  /* the graph: node keys are indexes into data.nodes, edge keys into data.links */
  var graph = new graphology.MultiGraph();
  var maxRank = 0;
  nodes.forEach(function (n) { maxRank = Math.max(maxRank, n.pagerank || 0); });
  var adjacency = nodes.map(function () { return []; });
  nodes.forEach(function (n, i) {
    graph.addNode(String(i), {
      x: n.x, y: n.y, label: n.name, color: colorOf(n),
      size: 2 + 10 * Math.sqrt(maxRank > 0 ? (n.pagerank || 0) / maxRank : 0)
    });
  });
  links.forEach(function (l, i) {
    adjacency[l.source].push(i); adjacency[l.target].push(i);
    graph.addEdgeWithKey(String(i), String(l.source), String(l.target), { size: 1, color: "#c5cbd6" });
  });

  /* ---------- filters: type, country, date; the selection and its neighbourhood ---------- */
  var filter = { types: {}, country: "", date: null, undated: true };
  var shown = new Uint8Array(nodes.length);
  var selected = -1, near = null;
  function dateOk(date) { return date ? filter.date === null || date.slice(0, 10) <= filter.date : filter.undated; }
  function applyFilters() {
    var count = 0;
    nodes.forEach(function (n, i) {
      var ok = !filter.types[n.type] && dateOk(n.date) &&
        (!filter.country || n.countries.indexOf(filter.country) >= 0 || n.name === filter.country);
      shown[i] = ok ? 1 : 0;
      count += shown[i];
    });
    var edges = 0;
    links.forEach(function (l) { if (shown[l.source] && shown[l.target] && dateOk(l.date)) { edges++; } });
    api.drawnNodes = count; api.drawnLinks = edges;
    renderer.refresh();
  }
  function nodeReducer(key, attrs) {
    var i = +key;
    if (!shown[i]) { return Object.assign({}, attrs, { hidden: true }); }
    if (near && !near[i]) { return Object.assign({}, attrs, { color: "#e2e5eb", label: "", zIndex: 0 }); }
    if (i === selected) { return Object.assign({}, attrs, { highlighted: true, forceLabel: true, zIndex: 2 }); }
    if (near) { return Object.assign({}, attrs, { forceLabel: true, zIndex: 1 }); }
    return attrs;
  }
  function edgeReducer(key, attrs) {
    var l = links[+key];
    if (!shown[l.source] || !shown[l.target] || !dateOk(l.date)) { return Object.assign({}, attrs, { hidden: true }); }
    if (selected >= 0) {
      return l.source === selected || l.target === selected
        ? Object.assign({}, attrs, { color: "#1f5fae", size: 2, zIndex: 1 })
        : Object.assign({}, attrs, { hidden: true });
    }
    return attrs;
  }
  var big = nodes.length > 2000;
  var renderer = new Sigma(graph, container, {
    nodeReducer: nodeReducer, edgeReducer: edgeReducer, zIndex: true,
    hideEdgesOnMove: big, hideLabelsOnMove: big, labelRenderedSizeThreshold: big ? 9 : 4,
    labelDensity: big ? 0.3 : 1, defaultEdgeColor: "#c5cbd6"
  });
  renderer.on("afterRender", function () {
    api.renders++;
    if (api.firstRenderMs === null) {
      api.firstPaintAt = performance.now();
      api.firstRenderMs = api.firstPaintAt - started;
      api.ready = true;
    }
  });

  /* ---------- evidence panel ---------- */
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function evidenceList(items, total) {
    var box = el("div");
    items.forEach(function (ev) {
      box.appendChild(el("blockquote", ev.sentence));
      var src = [ev.publisher, ev.date, ev.title || ev.document].filter(Boolean).join(" · ");
      var line = el("div", src, "src");
      /* only web links: a javascript: or data: URL from an article must never be clickable */
      if (ev.url && /^https?:\/\/[^\s]/i.test(ev.url)) {
        var a = el("a", " link"); a.href = ev.url; a.rel = "noreferrer"; line.appendChild(a);
      }
      box.appendChild(line);
    });
    if (total > items.length) { box.appendChild(el("p", (total - items.length) + " more passage(s) in graph.json", "src")); }
    if (!items.length) { box.appendChild(el("p", "No evidence recorded.", "src")); }
    return box;
  }
  function select(index) {
    selected = index;
    near = null;
    panel.textContent = "";
    if (index < 0) {
      panel.appendChild(el("p", "Click an entity to see its neighbourhood, evidence and links.", "src"));
      renderer.refresh();
      return;
    }
    near = {}; near[index] = true;
    adjacency[index].forEach(function (li) { near[links[li].source] = true; near[links[li].target] = true; });
    var n = nodes[index];
    panel.appendChild(el("h3", n.name));
    var meta = el("p");
    var sw = el("span", null, "swatch"); sw.style.background = colorOf(n); meta.appendChild(sw);
    meta.appendChild(document.createTextNode(n.type + " · degree " + n.degree + " · PageRank " + n.pagerank.toFixed(4) +
      (n.date ? " · first known " + n.date : "")));
    panel.appendChild(meta);
    if (n.aliases.length) { panel.appendChild(el("p", "Also called: " + n.aliases.join(", "), "src")); }
    if (n.countries.length) { panel.appendChild(el("p", "Countries: " + n.countries.join(", "), "src")); }
    panel.appendChild(el("h4", "Evidence"));
    panel.appendChild(evidenceList(n.evidence, n.evidence_total));
    panel.appendChild(el("h4", "Links (" + adjacency[index].length + ")"));
    adjacency[index].slice(0, 200).forEach(function (li) {
      var l = links[li];
      var head = el("p");
      head.appendChild(el("b", nodes[l.source].name));
      head.appendChild(el("span", " " + l.relation + " ", "tag"));
      head.appendChild(el("b", nodes[l.target].name));
      if (l.date) { head.appendChild(el("span", " " + l.date, "src")); }
      panel.appendChild(head);
      panel.appendChild(evidenceList(l.evidence, l.evidence_total));
    });
    renderer.refresh();
  }
  renderer.on("clickNode", function (e) { select(+e.node); });
  renderer.on("clickStage", function () { select(-1); });
  renderer.on("enterNode", function () { container.style.cursor = "pointer"; });
  renderer.on("leaveNode", function () { container.style.cursor = ""; });

  function indexOf(id) {
    for (var i = 0; i < nodes.length; i++) { if (nodes[i].id === id) { return i; } }
    return -1;
  }
  function focus(index) {
    var pos = renderer.getNodeDisplayData(String(index));
    if (pos) { renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.3 }, { duration: 300 }); }
  }

  /* ---------- controls ---------- */
  var controls = document.getElementById("kg-controls");
  var search = el("input"); search.type = "search"; search.placeholder = "Search a name or alias";
  var matches = el("div", null, "matches");
  function find(text) {
    var q = text.trim().toLowerCase(), found = [];
    if (!q) { return found; }
    for (var i = 0; i < nodes.length && found.length < 10; i++) {
      var n = nodes[i];
      if (n.name.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) { found.push(i); }
    }
    return found;
  }
  function showMatches(found) {
    matches.textContent = "";
    found.forEach(function (i) {
      var b = el("button", nodes[i].name + " (" + nodes[i].type + ")"); b.type = "button";
      b.addEventListener("click", function () { select(i); focus(i); });
      matches.appendChild(b);
    });
  }
  search.addEventListener("input", function () { showMatches(find(search.value)); });
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { var found = find(search.value); if (found.length) { select(found[0]); focus(found[0]); } }
  });
  controls.appendChild(search); controls.appendChild(matches);

  var mode = el("label", "Color by ");
  var choice = el("select");
  ["type", "community"].forEach(function (m) { var o = el("option", m); o.value = m; choice.appendChild(o); });
  choice.addEventListener("change", function () {
    colorMode = choice.value;
    nodes.forEach(function (n, i) { graph.setNodeAttribute(String(i), "color", colorOf(n)); });
  });
  mode.appendChild(choice); controls.appendChild(mode);

  var countries = {};
  nodes.forEach(function (n) { n.countries.forEach(function (c) { countries[c] = true; }); });
  var countryPick = el("select"); countryPick.id = "kg-country";
  var any = el("option", "every country"); any.value = ""; countryPick.appendChild(any);
  Object.keys(countries).sort().forEach(function (c) { var o = el("option", c); o.value = c; countryPick.appendChild(o); });
  countryPick.addEventListener("change", function () { filter.country = countryPick.value; applyFilters(); });
  controls.appendChild(countryPick);

  var dates = [];
  nodes.forEach(function (n) { if (n.date) { dates.push(n.date.slice(0, 10)); } });
  links.forEach(function (l) { if (l.date) { dates.push(l.date.slice(0, 10)); } });
  dates.sort();
  dates = dates.filter(function (d, i) { return i === 0 || d !== dates[i - 1]; });
  if (dates.length) {
    var dateLabel = el("label", "Known by: every date");
    var slider = el("input"); slider.type = "range"; slider.id = "kg-date";
    slider.min = "0"; slider.max = String(dates.length); slider.value = String(dates.length);
    slider.addEventListener("input", function () {
      var k = +slider.value;
      filter.date = k >= dates.length ? null : dates[k];
      dateLabel.textContent = "Known by: " + (filter.date || "every date");
      applyFilters();
    });
    controls.appendChild(dateLabel); controls.appendChild(slider);
    var undated = el("label"); var keep = el("input"); keep.type = "checkbox"; keep.checked = true;
    keep.addEventListener("change", function () { filter.undated = keep.checked; applyFilters(); });
    undated.appendChild(keep); undated.appendChild(document.createTextNode("undated too"));
    controls.appendChild(undated);
  }

  var present = {};
  nodes.forEach(function (n) { present[n.type] = (present[n.type] || 0) + 1; });
  Object.keys(typeColors).forEach(function (t) {
    if (!present[t]) { return; }
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = t;
    box.addEventListener("change", function () { filter.types[t] = !box.checked; applyFilters(); });
    label.appendChild(box);
    var sw = el("span", null, "swatch"); sw.style.background = typeColors[t]; label.appendChild(sw);
    label.appendChild(document.createTextNode(t + " (" + present[t] + ")"));
    controls.appendChild(label);
  });
  var fitButton = el("button", "Fit view"); fitButton.type = "button";
  fitButton.addEventListener("click", function () { renderer.getCamera().animatedReset({ duration: 300 }); });
  controls.appendChild(fitButton);

  /* ---------- for tests and scripting ---------- */
  api.select = function (id) { var i = indexOf(id); if (i >= 0) { select(i); } return i >= 0; };
  api.search = function (text) { search.value = text; showMatches(find(text)); return find(text).map(function (i) { return nodes[i].id; }); };
  api.setType = function (type, on) { filter.types[type] = !on; applyFilters(); return api.drawnNodes; };
  api.setCountry = function (country) { countryPick.value = country; filter.country = country; applyFilters(); return api.drawnNodes; };
  api.setDate = function (date) { filter.date = date; applyFilters(); return api.drawnNodes; };
  api.neighbours = function () { return near ? Object.keys(near).length : 0; };
  api.screenPosition = function (id) {
    var i = indexOf(id);
    if (i < 0) { return null; }
    var p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(String(i)));
    var box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  };
  api.scale = function () { return 1 / renderer.getCamera().ratio; };
  api.selected = function () { return selected >= 0 ? nodes[selected].id : null; };

  select(-1);
  applyFilters();
})();
