/* kg analyze report: sortable tables and an interactive network view (no dependencies). */
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
  var canvas = document.getElementById("kg-canvas");
  var dataNode = document.getElementById("kg-network-data");
  if (!canvas || !dataNode) { return; }
  var data = JSON.parse(dataNode.textContent);
  var typeColors = JSON.parse(document.getElementById("kg-type-colors").textContent);
  var panel = document.getElementById("kg-panel");
  var ctx = canvas.getContext("2d");
  var nodes = data.nodes, links = data.links;
  var hiddenTypes = {};
  var colorMode = "type";
  var selected = -1;
  var api = { ready: false, drawnNodes: 0, drawnLinks: 0, frames: 0 };
  window.kgNetwork = api;

  var communityHues = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"];

  var maxRank = 0;
  nodes.forEach(function (n) { maxRank = Math.max(maxRank, n.pagerank); });
  var adjacency = nodes.map(function () { return []; });
  links.forEach(function (l, i) { adjacency[l.source].push(i); adjacency[l.target].push(i); });

  /* deterministic start: nodes on a spiral, so every load looks the same */
  nodes.forEach(function (n, i) {
    var angle = i * 2.399963, radius = 12 * Math.sqrt(i + 1);
    n.x = radius * Math.cos(angle); n.y = radius * Math.sin(angle); n.vx = 0; n.vy = 0; n.index = i;
    n.r = 4 + 14 * Math.sqrt(maxRank > 0 ? n.pagerank / maxRank : 0);
  });

  var view = { scale: 1, x: 0, y: 0 };
  var width = 0, height = 0, ratio = window.devicePixelRatio || 1;
  var userMoved = false;
  /* zoom and centre so that every visible node fits in the canvas */
  function fit() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      if (!visible(n)) { return; }
      minX = Math.min(minX, n.x - n.r); maxX = Math.max(maxX, n.x + n.r);
      minY = Math.min(minY, n.y - n.r); maxY = Math.max(maxY, n.y + n.r);
    });
    if (!width || minX === Infinity) { return; }
    var margin = 60;
    view.scale = Math.min(2, (width - 2 * margin) / Math.max(maxX - minX, 1), (height - 2 * margin) / Math.max(maxY - minY, 1));
    view.x = width / 2 - view.scale * (minX + maxX) / 2;
    view.y = height / 2 - view.scale * (minY + maxY) / 2;
  }
  function resize() {
    var box = canvas.getBoundingClientRect();
    width = box.width; height = box.height;
    canvas.width = Math.round(width * ratio); canvas.height = Math.round(height * ratio);
    if (!userMoved) { fit(); }
    draw();
  }

  function colorOf(n) {
    if (colorMode === "community") {
      return n.community === null || n.community === undefined ? "#999" : communityHues[n.community % communityHues.length];
    }
    return typeColors[n.type] || "#7f7f7f";
  }
  function visible(n) { return !hiddenTypes[n.type]; }
  /* at least 5 screen pixels, so small nodes stay clickable when zoomed out */
  function radius(n) { return Math.max(n.r, 5 / view.scale); }

  var alpha = 1;
  function tick() {
    var i, j, a, b, dx, dy, d2, d, f;
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j];
        dx = b.x - a.x; dy = b.y - a.y; d2 = dx * dx + dy * dy + 0.01;
        if (d2 > 250000) { continue; }
        f = 1500 * alpha / d2;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      }
    }
    links.forEach(function (l) {
      a = nodes[l.source]; b = nodes[l.target];
      dx = b.x - a.x; dy = b.y - a.y; d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      f = (d - 70) / d * 0.04 * alpha;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    });
    nodes.forEach(function (n) {
      /* unlinked entities are held closer, so they do not stretch the view */
      var pull = adjacency[n.index].length ? 0.003 : 0.03;
      n.vx -= n.x * pull * alpha; n.vy -= n.y * pull * alpha;
      if (n.fixed) { n.vx = 0; n.vy = 0; return; }
      n.x += n.vx; n.y += n.vy; n.vx *= 0.6; n.vy *= 0.6;
    });
    alpha = Math.max(alpha * 0.985, 0.001);
  }

  function draw() {
    if (!width) { return; }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(ratio * view.scale, 0, 0, ratio * view.scale, ratio * view.x, ratio * view.y);
    var near = {};
    if (selected >= 0) {
      near[selected] = true;
      adjacency[selected].forEach(function (li) { near[links[li].source] = true; near[links[li].target] = true; });
    }
    var drawnLinks = 0, drawnNodes = 0;
    ctx.lineWidth = 1 / view.scale;
    links.forEach(function (l) {
      var a = nodes[l.source], b = nodes[l.target];
      if (!visible(a) || !visible(b)) { return; }
      var lit = selected >= 0 && (l.source === selected || l.target === selected);
      ctx.strokeStyle = lit ? "rgba(31,95,174,0.9)" : selected >= 0 ? "rgba(120,130,150,0.12)" : "rgba(120,130,150,0.35)";
      ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
      drawnLinks++;
    });
    nodes.forEach(function (n, i) {
      if (!visible(n)) { return; }
      ctx.globalAlpha = selected >= 0 && !near[i] ? 0.25 : 1;
      ctx.fillStyle = colorOf(n);
      ctx.beginPath(); ctx.arc(n.x, n.y, radius(n), 0, 2 * Math.PI); ctx.fill();
      ctx.lineWidth = (i === selected ? 3 : 1) / view.scale;
      ctx.strokeStyle = i === selected ? "#111" : "#fff";
      ctx.stroke();
      drawnNodes++;
    });
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#1d2330";
    ctx.font = (11 / view.scale) + "px system-ui, sans-serif";
    nodes.forEach(function (n, i) {
      if (!visible(n)) { return; }
      if (i < 15 || near[i] || n.r * view.scale > 12) { ctx.fillText(n.name, n.x + radius(n) + 2 / view.scale, n.y + 4 / view.scale); }
    });
    api.drawnNodes = drawnNodes; api.drawnLinks = drawnLinks;
  }

  function frame() {
    if (alpha > 0.002) { tick(); }
    if (!userMoved) { fit(); }
    draw();
    api.frames++;
    api.ready = true;
    if (alpha > 0.002 || dragging) { window.requestAnimationFrame(frame); } else { running = false; }
  }
  var running = false;
  function reheat(value) {
    alpha = Math.max(alpha, value);
    if (!running) { running = true; window.requestAnimationFrame(frame); }
  }
  /* settle most of the layout before the first paint */
  for (var warm = 0; warm < 120 && nodes.length <= 400; warm++) { tick(); }

  /* ---------- interaction ---------- */
  function toWorld(clientX, clientY) {
    var box = canvas.getBoundingClientRect();
    return { x: (clientX - box.left - view.x) / view.scale, y: (clientY - box.top - view.y) / view.scale };
  }
  function hit(point) {
    for (var i = nodes.length - 1; i >= 0; i--) {
      var n = nodes[i];
      if (!visible(n)) { continue; }
      var dx = n.x - point.x, dy = n.y - point.y, r = radius(n) + 3 / view.scale;
      if (dx * dx + dy * dy <= r * r) { return i; }
    }
    return -1;
  }
  var dragging = null, moved = false, last = null;
  canvas.addEventListener("mousedown", function (e) {
    var index = hit(toWorld(e.clientX, e.clientY));
    dragging = index >= 0 ? { node: index } : { pan: true };
    if (index >= 0) { nodes[index].fixed = true; }
    moved = false; last = { x: e.clientX, y: e.clientY };
    canvas.style.cursor = "grabbing";
  });
  window.addEventListener("mousemove", function (e) {
    if (!dragging) {
      canvas.style.cursor = hit(toWorld(e.clientX, e.clientY)) >= 0 ? "pointer" : "grab";
      return;
    }
    var dx = e.clientX - last.x, dy = e.clientY - last.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) { moved = true; }
    if (moved) { userMoved = true; }
    if (dragging.pan) { view.x += dx; view.y += dy; draw(); }
    else { var p = toWorld(e.clientX, e.clientY); nodes[dragging.node].x = p.x; nodes[dragging.node].y = p.y; reheat(0.1); }
    last = { x: e.clientX, y: e.clientY };
  });
  window.addEventListener("mouseup", function () {
    if (!dragging) { return; }
    if (!moved) {
      select(dragging.node !== undefined ? dragging.node : -1);
    }
    if (dragging.node !== undefined) { nodes[dragging.node].fixed = false; }
    dragging = null; canvas.style.cursor = "grab";
  });
  canvas.addEventListener("wheel", function (e) {
    e.preventDefault();
    var box = canvas.getBoundingClientRect();
    var mx = e.clientX - box.left, my = e.clientY - box.top;
    var factor = Math.exp(-e.deltaY * 0.0015);
    var scale = Math.min(8, Math.max(0.1, view.scale * factor));
    view.x = mx - (mx - view.x) * scale / view.scale;
    view.y = my - (my - view.y) * scale / view.scale;
    view.scale = scale;
    userMoved = true;
    draw();
  }, { passive: false });

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
    panel.textContent = "";
    if (index < 0) {
      panel.appendChild(el("p", "Click an entity to see its evidence and links.", "src"));
      draw();
      return;
    }
    var n = nodes[index];
    var title = el("h3", n.name);
    panel.appendChild(title);
    var meta = el("p");
    var sw = el("span", null, "swatch"); sw.style.background = colorOf(n); meta.appendChild(sw);
    meta.appendChild(document.createTextNode(n.type + " · degree " + n.degree + " · PageRank " + n.pagerank.toFixed(4)));
    panel.appendChild(meta);
    if (n.aliases.length) { panel.appendChild(el("p", "Also called: " + n.aliases.join(", "), "src")); }
    if (n.countries.length) { panel.appendChild(el("p", "Countries: " + n.countries.join(", "), "src")); }
    panel.appendChild(el("h4", "Evidence"));
    panel.appendChild(evidenceList(n.evidence, n.evidence_total));
    panel.appendChild(el("h4", "Links (" + adjacency[index].length + ")"));
    adjacency[index].forEach(function (li) {
      var l = links[li];
      var head = el("p");
      head.appendChild(el("b", nodes[l.source].name));
      head.appendChild(el("span", " " + l.relation + " ", "tag"));
      head.appendChild(el("b", nodes[l.target].name));
      panel.appendChild(head);
      panel.appendChild(evidenceList(l.evidence, l.evidence_total));
    });
    draw();
  }
  api.select = function (id) {
    for (var i = 0; i < nodes.length; i++) { if (nodes[i].id === id) { select(i); return true; } }
    return false;
  };
  api.screenPosition = function (id) {
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].id === id) {
        var box = canvas.getBoundingClientRect();
        return { x: box.left + view.x + nodes[i].x * view.scale, y: box.top + view.y + nodes[i].y * view.scale };
      }
    }
    return null;
  };
  api.scale = function () { return view.scale; };
  api.settle = function () { alpha = 0; if (!userMoved) { fit(); } draw(); };

  /* ---------- controls ---------- */
  var controls = document.getElementById("kg-controls");
  var mode = el("label", "Color by ");
  var choice = el("select");
  ["type", "community"].forEach(function (m) { var o = el("option", m); o.value = m; choice.appendChild(o); });
  choice.addEventListener("change", function () { colorMode = choice.value; draw(); });
  mode.appendChild(choice);
  controls.appendChild(mode);
  var fitButton = el("button", "Fit view");
  fitButton.type = "button";
  fitButton.addEventListener("click", function () { userMoved = false; fit(); draw(); });
  controls.appendChild(fitButton);
  var present = {};
  nodes.forEach(function (n) { present[n.type] = (present[n.type] || 0) + 1; });
  Object.keys(typeColors).forEach(function (t) {
    if (!present[t]) { return; }
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hiddenTypes[t] = !box.checked; draw(); });
    label.appendChild(box);
    var sw = el("span", null, "swatch"); sw.style.background = typeColors[t]; label.appendChild(sw);
    label.appendChild(document.createTextNode(t + " (" + present[t] + ")"));
    controls.appendChild(label);
  });

  window.addEventListener("resize", resize);
  select(-1);
  resize();
  reheat(alpha);
})();
