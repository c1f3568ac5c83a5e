(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('explorer-data').textContent);
  var W = D.words;
  var E = D.entities;
  var collator = new Intl.Collator(D.lang === 'sv' ? 'sv' : 'en');
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // As SafeURL.plain: http(s) with a host part, or mailto; no white space,
  // control or format character anywhere.
  function safeURL(u) {
    return typeof u === 'string' && /^(https?:\/\/[^\s]|mailto:)/i.test(u) && !/[\p{Cc}\p{Cf}\s]/u.test(u) ? u : null;
  }
  window.explorerSafeURL = safeURL;
  function link(u, text) {
    var ok = safeURL(u);
    if (!ok) return el('span', null, text);
    var a = el('a', null, text);
    a.href = ok;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }

  // Folding as Registry.searchKey (TextFolding.matchKey) does it.
  var SPECIAL = {};
  [['æǽǣÆǼǢ', 'ae'], ['ðđĐÐ', 'd'], ['ħĦ', 'h'], ['ı', 'i'], ['łŀŁĿ', 'l'], ['øǿØǾ', 'o'], ['œŒ', 'oe'],
   ['ßẞ', 'ss'], ['ŧŦ', 't'], ['þÞ', 'th'], ['ŋŊŉ', 'n'], ['ʒƷ', 'z']].forEach(function (p) {
    for (var ch of p[0]) SPECIAL[ch] = p[1];
  });
  var DROP = /[\p{Cf}\p{Mn}\p{Me}\p{Mc}\p{Cc}]/u, SPACE = /\p{Zs}/u, KEEP = /[\p{Alphabetic}\p{N}]/u;
  function fold(text) {
    var out = '';
    for (var ch of text) {
      var cp = ch.codePointAt(0);
      if (cp < 0x80) { out += ch.toLowerCase(); continue; }
      if (SPECIAL[ch] !== undefined) { out += SPECIAL[ch]; continue; }
      if (DROP.test(ch)) continue;
      if (SPACE.test(ch)) { out += ' '; continue; }
      var first = ch.normalize('NFD').charAt(0);
      if (first.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(first)) { out += first.toLowerCase(); continue; }
      out += ch.toLowerCase();
    }
    return out;
  }
  function searchKey(text) {
    var out = '';
    for (var ch of fold(text)) if (KEEP.test(ch)) out += ch;
    return out;
  }
  window.explorerSearchKey = searchKey;

  // ---- Search ----
  function search(query) {
    var key = searchKey(query);
    if (!key) return [];
    var hits = [];
    for (var i = 0; i < E.length; i++) {
      var ks = E[i].searchKeys, rank = 3;
      for (var j = 0; j < ks.length; j++) {
        if (ks[j] === key) { rank = 0; break; }
        if (ks[j].indexOf(key) === 0) rank = Math.min(rank, 1);
        else if (ks[j].indexOf(key) > 0) rank = Math.min(rank, 2);
      }
      if (rank < 3) hits.push([rank, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || collator.compare(E[a[1]].name, E[b[1]].name) || a[1] - b[1]; });
    return hits.map(function (h) { return h[1]; });
  }
  var results = $('results');
  function showResults() {
    var found = search($('search').value);
    results.textContent = '';
    if (!$('search').value.trim()) { results.hidden = true; return; }
    results.hidden = false;
    if (!found.length) { results.appendChild(el('li', 'empty', W.noResults)); return; }
    found.slice(0, 20).forEach(function (i) {
      var li = el('li');
      var b = el('button', 'result', E[i].name);
      b.type = 'button';
      b.dataset.entity = String(i);
      b.appendChild(el('span', 'kind', ' ' + E[i].kindLabel));
      b.addEventListener('click', function () { select(i, true); results.hidden = true; });
      li.appendChild(b);
      results.appendChild(li);
    });
  }
  $('search').addEventListener('input', showResults);
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var f = search($('search').value); if (f.length) { select(f[0], true); results.hidden = true; } }
  });

  // ---- Map ----
  var svg = document.querySelector('#map svg');
  var nodeOf = {}, entityOfNode = {};
  E.forEach(function (e, i) {
    if (e.svgID && svg) { var g = document.getElementById(e.svgID); if (g) { nodeOf[i] = g; entityOfNode[e.svgID] = i; } }
  });
  var edgeEls = D.edges.map(function (_, n) { return svg ? document.getElementById('edge-' + n) : null; });
  var clusterEls = [];
  if (svg) {
    var byTitle = {};
    svg.querySelectorAll('g.cluster').forEach(function (g) {
      var t = g.querySelector('title');
      if (t) byTitle[t.textContent] = g;
    });
    D.clusters.forEach(function (c) { if (byTitle[c.title]) clusterEls.push([byTitle[c.title], c.nodes]); });
  }
  // The view is the SVG's viewBox, kept to the shape of the map's box so
  // that a viewBox unit is the same on screen across and down.
  var vb = null, vb0 = null, nodeBox = {}, seen = null;
  var READABLE = 11;   // the smallest label, in screen pixels, at the first view
  var CLOSEST = 1.6;   // a fit draws no larger than this (pixels per unit)
  // `seen`: the box's size in pixels when the view was last set.
  function setViewBox() { if (svg) { svg.setAttribute('viewBox', vb.join(' ')); seen = mapSize(); } }
  function mapSize() { var r = svg.getBoundingClientRect(); return [Math.max(1, r.width), Math.max(1, r.height)]; }
  // The box of a node (or any element) in the viewBox's coordinates.
  function boxOf(g) {
    var bb = g.getBBox(), root = svg.querySelector('g.graph'), m = root ? root.transform.baseVal.consolidate() : null;
    if (m) { var k = m.matrix; bb = { x: k.a * bb.x + k.e, y: k.d * bb.y + k.f, width: k.a * bb.width, height: k.d * bb.height }; }
    return [bb.x, bb.y, bb.x + bb.width, bb.y + bb.height];
  }
  // The box around the nodes `keep` lets through, or null.
  function boxAround(keep) {
    var b = null;
    Object.keys(nodeOf).forEach(function (key) {
      if (!keep(Number(key)) || !nodeBox[key]) return;
      var n = nodeBox[key];
      b = b ? [Math.min(b[0], n[0]), Math.min(b[1], n[1]), Math.max(b[2], n[2]), Math.max(b[3], n[3])] : n.slice();
    });
    return b;
  }
  // Screen pixels per viewBox unit.
  function scale() { return mapSize()[0] / vb[2]; }
  // The view centred on (cx, cy) at `k` pixels per unit.
  function look(cx, cy, k) {
    var size = mapSize(), w = size[0] / k, h = size[1] / k;
    vb = [cx - w / 2, cy - h / 2, w, h];
    setViewBox();
  }
  // The view around box b (with a margin), at no more than `most` pixels
  // per unit and no fewer than `least`.
  function fit(b, least, most) {
    if (!b) return;
    var size = mapSize(), pad = 24;
    var k = Math.min((size[0] - 2 * pad) / Math.max(1, b[2] - b[0]), (size[1] - 2 * pad) / Math.max(1, b[3] - b[1]));
    k = Math.max(least || 0, Math.min(most || CLOSEST, k));
    look((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, k);
  }
  // The smallest label of the map, in viewBox units.
  function smallestLabel() {
    var least = Infinity;
    svg.querySelectorAll('g.node text').forEach(function (t) {
      var f = parseFloat(t.getAttribute('font-size'));
      if (f > 0 && f < least) least = f;
    });
    return least === Infinity ? 11 : least;
  }
  function present(i) { var g = nodeOf[i]; return g && !g.classList.contains('off') && !g.classList.contains('ghost'); }
  function shown(i) { var g = nodeOf[i]; return g && !g.classList.contains('off'); }
  // The first view: the nodes there now, at a scale where the smallest
  // label is READABLE pixels high (closer in if they all fit larger).
  // Where all does not fit at that scale, the view moves just enough to
  // hold the step's most connected entity (the first of its list).
  function homeView() {
    fit(boxAround(present) || boxAround(shown), READABLE / smallestLabel(), CLOSEST);
    var top = S.top[state.step], hub = top && top.length ? nodeBox[top[0]] : null;
    if (!hub) return;
    var pad = 24 / scale();
    var dx = Math.min(0, hub[0] - pad - vb[0]) + Math.max(0, hub[2] + pad - (vb[0] + vb[2]));
    var dy = Math.min(0, hub[1] - pad - vb[1]) + Math.max(0, hub[3] + pad - (vb[1] + vb[3]));
    if (dx || dy) { vb = [vb[0] + dx, vb[1] + dy, vb[2], vb[3]]; setViewBox(); }
  }
  // After a filter: all that remains in view.
  function fitShown() { fit(boxAround(present) || boxAround(shown), 0, CLOSEST); }
  if (svg) {
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    var b = svg.viewBox.baseVal;
    vb0 = [b.x, b.y, b.width, b.height];
    vb = vb0.slice();
    Object.keys(nodeOf).forEach(function (key) { nodeBox[key] = boxOf(nodeOf[key]); });
    svg.querySelectorAll('g.edge, g.cluster, #map-key').forEach(function (g) { g.setAttribute('aria-hidden', 'true'); });
    // Pan with one pointer (mouse, pen or finger), pinch with two.
    var drag = null, pointers = {}, pinch = null;
    var spread = function () {
      var ids = Object.keys(pointers), a = pointers[ids[0]], c = pointers[ids[1]];
      return { d: Math.max(1, Math.hypot(a.x - c.x, a.y - c.y)), x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 };
    };
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect();
      zoom(ev.deltaY < 0 ? 0.8 : 1.25, (ev.clientX - r.left) / r.width, (ev.clientY - r.top) / r.height);
    }, { passive: false });
    svg.addEventListener('pointerdown', function (ev) {
      pointers[ev.pointerId] = { x: ev.clientX, y: ev.clientY };
      var n = Object.keys(pointers).length;
      if (n === 2) {
        var p = spread();
        pinch = { d: p.d, x: p.x, y: p.y, vb: vb.slice() };
        if (drag) drag.moved = true;
      } else if (n === 1) {
        drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice(), moved: false };
      }
    });
    window.addEventListener('pointermove', function (ev) {
      if (!pointers[ev.pointerId]) return;
      pointers[ev.pointerId] = { x: ev.clientX, y: ev.clientY };
      var r = svg.getBoundingClientRect(), s;
      if (pinch && Object.keys(pointers).length >= 2) {
        // The point under the fingers' midpoint at the start stays under it.
        var p = spread(), f = pinch.d / p.d, v = pinch.vb;
        var w = Math.min(vb0[2] * 4, Math.max(vb0[2] / 40, v[2] * f)), h = v[3] * (w / v[2]);
        var ux = v[0] + (pinch.x - r.left) / r.width * v[2], uy = v[1] + (pinch.y - r.top) / r.height * v[3];
        vb = [ux - (p.x - r.left) / r.width * w, uy - (p.y - r.top) / r.height * h, w, h];
        setViewBox();
        return;
      }
      if (!drag) return;
      s = vb[2] / r.width;
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      vb[0] = drag.vb[0] - dx * s; vb[1] = drag.vb[1] - dy * s;
      setViewBox();
    });
    var lift = function (ev) {
      delete pointers[ev.pointerId];
      var n = Object.keys(pointers).length;
      if (n < 2) pinch = null;
      if (n === 1 && drag) { var id = Object.keys(pointers)[0]; drag = { x: pointers[id].x, y: pointers[id].y, vb: vb.slice(), moved: true }; }
      if (n === 0) setTimeout(function () { if (!Object.keys(pointers).length) drag = null; }, 0);
    };
    window.addEventListener('pointerup', lift);
    window.addEventListener('pointercancel', lift);
    svg.addEventListener('click', function (ev) {
      var a = ev.target.closest('a');
      var g = ev.target.closest('g.node');
      if (a || g) ev.preventDefault();
      if (drag && drag.moved) return;
      if (g && entityOfNode[g.id] !== undefined) select(entityOfNode[g.id], false);
    });
    // Nodes are reached by Tab and opened by Enter (or Space), named by
    // their name and kind in the page's language.
    Object.keys(nodeOf).forEach(function (key) {
      var g = nodeOf[key], e = E[Number(key)];
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', e.name + ', ' + e.kindLabel);
      var a = g.querySelector('a'), t = g.querySelector('title');
      if (t) t.textContent = a && a.getAttribute('xlink:title') ? a.getAttribute('xlink:title') : e.name;
      g.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(Number(key), false); }
      });
      g.addEventListener('focus', function () {
        var r = g.getBoundingClientRect(), m = svg.getBoundingClientRect();
        if (r.left < m.left || r.right > m.right || r.top < m.top || r.bottom > m.bottom) centreOn(g);
      });
    });
    $('zoom-in').addEventListener('click', function () { zoom(0.7, 0.5, 0.5); });
    $('zoom-out').addEventListener('click', function () { zoom(1.4, 0.5, 0.5); });
    $('zoom-reset').addEventListener('click', homeView);
    $('zoom-all').addEventListener('click', fitShown);
    // A box that changes size (the panel opens, the window turns) keeps
    // the view's centre and scale.
    seen = mapSize();
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        var size = mapSize();
        if (size[0] === seen[0] && size[1] === seen[1]) return;
        var k = seen[0] / vb[2];
        look(vb[0] + vb[2] / 2, vb[1] + vb[3] / 2, k);
      }).observe($('map'));
    }
  } else {
    $('map-tools').hidden = true;
  }
  function zoom(f, fx, fy) {
    var w = Math.min(vb0[2] * 4, Math.max(vb0[2] / 40, vb[2] * f)), h = vb[3] * (w / vb[2]);
    vb = [vb[0] + (vb[2] - w) * fx, vb[1] + (vb[3] - h) * fy, w, h];
    setViewBox();
  }
  // The node in the middle of the view, at a readable scale at least.
  function centreOn(g) {
    if (!svg || !g) return;
    var bb = boxOf(g);
    look((bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2, Math.max(scale(), READABLE / smallestLabel()));
  }

  // ---- Steps: the slider's dates and what is there at each ----
  // The library ships, per step, one code per entity, membership, map edge
  // and tie (the first step's codes, then each step's changes); this only
  // decodes them. 0: not there; 1: there for certain; 2: only possibly.
  var S = D.steps, N = D.network;
  function stepCodes(p) {
    var cache = { step: -1, codes: null };
    return function (k) {
      if (cache.step === k) return cache.codes;
      var codes, from;
      if (cache.step >= 0 && cache.step < k) { codes = cache.codes; from = cache.step; } else {
        codes = new Uint8Array(p.first.length);
        for (var i = 0; i < p.first.length; i++) codes[i] = p.first.charCodeAt(i) - 48;
        from = 0;
      }
      for (var s = from; s < k; s++) {
        var ch = p.changes[s];
        for (var j = 0; j + 1 < ch.length; j += 2) codes[ch[j]] = ch[j + 1];
      }
      cache = { step: k, codes: codes };
      return codes;
    };
  }
  var entityAt = stepCodes(S.entities), membershipAt = stepCodes(S.memberships);
  var edgeAt = S.edges ? stepCodes(S.edges) : null, tieAt = stepCodes(N.ties);
  function stepOf(label) {
    var k = S.labels.indexOf(label);
    return k >= 0 ? k : S.names.indexOf(label);
  }

  // ---- Filters and the slider ----
  var state = { levels: {}, kind: '', group: -1, cert: 'all', step: S.labels.length - 1, sel: -1, a: '', b: '', hidden: {} };
  // A filter changed: draw what remains and zoom to it.
  function refilter() { apply(); if (state.sel >= 0) focusOn(state.sel); if (svg) fitShown(); }
  D.levels.forEach(function (l) {
    state.levels[l.value] = true;
    var label = el('label', 'check');
    var box = el('input');
    box.type = 'checkbox'; box.checked = true; box.value = l.value; box.id = 'level-' + l.value;
    box.addEventListener('change', function () { state.levels[l.value] = box.checked; refilter(); });
    label.appendChild(box);
    label.appendChild(el('span', null, ' ' + l.label));
    $('f-levels').appendChild(label);
  });
  function option(sel, value, text) { var o = el('option', null, text); o.value = value; sel.appendChild(o); }
  // Kinds grouped by what they are kinds of: organisations, groups, initiatives, documents.
  option($('f-kind'), '', W.allKinds);
  ['o', 'g', 'i', 'd'].forEach(function (type) {
    var mine = D.kinds.filter(function (k) { return k.value.charAt(0) === type; });
    if (!mine.length) return;
    var og = el('optgroup');
    og.label = W.kindGroups[type];
    mine.forEach(function (k) { option(og, k.value, k.label); });
    $('f-kind').appendChild(og);
  });
  option($('f-group'), '-1', W.allGroups);
  E.map(function (e, i) { return i; }).filter(function (i) { return E[i].type === 'group'; })
    .sort(function (a, b) { return collator.compare(E[a].name, E[b].name); })
    .forEach(function (i) { option($('f-group'), String(i), E[i].name); });
  option($('f-cert'), 'all', W.allFacts); option($('f-cert'), 'inferred', W.inferred); option($('f-cert'), 'stated', W.stated);
  $('f-kind').addEventListener('change', function () { state.kind = this.value; refilter(); });
  $('f-group').addEventListener('change', function () { state.group = Number(this.value); refilter(); });
  $('f-cert').addEventListener('change', function () { state.cert = this.value; refilter(); });

  // ---- The legend: the map's kinds, lines and strokes, as the library gives them; a kind toggles ----
  var SVGNS = 'http://www.w3.org/2000/svg';
  function swatch(w, h, parts) {
    var s = document.createElementNS(SVGNS, 'svg');
    s.setAttribute('width', String(w)); s.setAttribute('height', String(h));
    s.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    s.setAttribute('aria-hidden', 'true');
    parts.forEach(function (p) {
      var n = document.createElementNS(SVGNS, p[0]);
      Object.keys(p[1]).forEach(function (k) { n.setAttribute(k, String(p[1][k])); });
      s.appendChild(n);
    });
    return s;
  }
  function shapeOf(k, extra) {
    var a = { fill: k.fill, stroke: k.border, 'stroke-width': 1.2 };
    Object.keys(extra || {}).forEach(function (x) { a[x] = extra[x]; });
    if (k.shape === 'ellipse') { a.cx = 14; a.cy = 8; a.rx = 12; a.ry = 6.5; return ['ellipse', a]; }
    if (k.shape === 'hexagon') { a.points = '2,8 7,1.5 21,1.5 26,8 21,14.5 7,14.5'; return ['polygon', a]; }
    if (k.shape === 'note') { a.points = '3,1.5 20,1.5 25,6 25,14.5 3,14.5'; return ['polygon', a]; }
    a.x = 2; a.y = 2; a.width = 24; a.height = 12; if (k.rounded) { a.rx = 3; }
    return ['rect', a];
  }
  var L = D.legend;
  if (L && svg) {
    $('legend').hidden = false;
    $('legend-title').textContent = L.title;
    L.kinds.forEach(function (k, n) {
      var type = k.kind.charAt(0);
      if (n === 0 || L.kinds[n - 1].kind.charAt(0) !== type) $('legend-kinds').appendChild(el('li', 'type', W.kindGroups[type]));
      var li = el('li', 'kind-' + type), btn = el('button');
      btn.type = 'button';
      btn.dataset.kind = k.kind;
      btn.setAttribute('aria-pressed', 'true');
      btn.appendChild(swatch(28, 16, [shapeOf(k)]));
      btn.appendChild(el('span', null, k.label));
      btn.addEventListener('click', function () {
        var on = btn.getAttribute('aria-pressed') !== 'true';
        btn.setAttribute('aria-pressed', on ? 'true' : 'false');
        if (on) delete state.hidden[k.kind]; else state.hidden[k.kind] = true;
        refilter();
      });
      li.appendChild(btn);
      $('legend-kinds').appendChild(li);
    });
    L.lines.forEach(function (x) {
      var li = el('li', 'line');
      var dash = x.style === 'dashed' ? '5,3' : x.style === 'dotted' ? '1.5,2.5' : 'none';
      li.appendChild(swatch(28, 16, [['line', { x1: 1, y1: 8, x2: 27, y2: 8, stroke: x.color, 'stroke-width': x.width, 'stroke-dasharray': dash }]]));
      li.appendChild(el('span', null, x.label));
      $('legend-lines').appendChild(li);
    });
    var plain = { fill: '#ffffff', border: '#52606d', shape: 'box', rounded: true };
    L.strokes.forEach(function (x) {
      var li = el('li', 'stroke stroke-' + x.stroke), parts;
      if (x.stroke === 'uncertain') {
        parts = [['line', { x1: 1, y1: 6, x2: 27, y2: 6, stroke: '#52606d', 'stroke-width': 1.2 }],
                 ['line', { x1: 1, y1: 10, x2: 27, y2: 10, stroke: '#52606d', 'stroke-width': 1.2 }]];
        li.appendChild(swatch(28, 16, parts));
        li.appendChild(swatch(28, 16, [shapeOf(plain, { 'stroke-dasharray': '5,3' })]));
      } else if (x.stroke === 'absent') {
        li.appendChild(swatch(28, 16, [shapeOf({ fill: '#F3F6F9', border: '#8A9BAB', shape: 'box', rounded: true }, { 'stroke-dasharray': '2,2' })]));
      } else {
        li.appendChild(swatch(28, 16, [['line', { x1: 1, y1: 8, x2: 27, y2: 8, stroke: '#52606d', 'stroke-width': 1.4,
          'stroke-dasharray': x.stroke === 'inferred' ? '5,3' : '1.5,2.5' }]]));
      }
      li.appendChild(el('span', null, x.label));
      $('legend-strokes').appendChild(li);
    });
  }
  function admits(c) { return state.cert === 'all' || (state.cert === 'inferred' ? c !== 'external' : c === 'stated'); }
  var groupMembers = {};
  function inGroup(g) {
    if (groupMembers[g]) return groupMembers[g];
    var set = {}; set[g] = true;
    D.memberships.forEach(function (m) { if (m.group === g) set[m.organisation] = true; });
    (E[g].conveners || []).forEach(function (o) { set[o] = true; });
    if (E[g].partOf !== undefined && E[g].partOf !== null) set[E[g].partOf] = true;
    return (groupMembers[g] = set);
  }
  var slider = $('year');
  if (S.labels.length > 1) {
    $('years-box').hidden = false;
    slider.min = '0'; slider.max = String(S.labels.length - 1); slider.step = '1';
    slider.addEventListener('input', function () { setStep(Number(slider.value)); });
  }
  function setStep(k) {
    state.step = k;
    slider.value = String(k);
    apply();
    if (state.sel >= 0) select(state.sel, false, true);
    if ($('c-out').dataset.shown === '1') runConnect();
    remember();
  }
  function visible(i) {
    var e = E[i];
    if (e.level && state.levels[e.level] === false) return false;
    if (state.kind && e.kind !== state.kind) return false;
    if (state.hidden[e.kind]) return false;
    if (!admits(e.certainty)) return false;
    if (state.group >= 0 && !inGroup(state.group)[i]) return false;
    return true;
  }
  function apply() {
    var k = state.step, here = entityAt(k), edges = edgeAt ? edgeAt(k) : null;
    $('year-label').textContent = S.names[k];
    var caption = $('map-caption');
    if (caption) caption.textContent = S.captions[k];
    document.body.classList.toggle('map-caption', !!caption && D.mode === 'map');
    $('caption').textContent = S.captions[k];
    Object.keys(nodeOf).forEach(function (key) {
      var i = Number(key), g = nodeOf[key], on = visible(i);
      g.classList.toggle('off', !on);
      g.classList.toggle('ghost', on && here[i] === 0);
      g.classList.toggle('maybe', on && here[i] === 2);
    });
    D.edges.forEach(function (ed, n) {
      var g = edgeEls[n];
      if (!g) return;
      var ends = visible(ed.from) && visible(ed.to) && admits(ed.certainty);
      g.classList.toggle('off', !ends);
      g.classList.toggle('ghost', ends && edges !== null && edges[n] === 0);
    });
    clusterEls.forEach(function (c) {
      var any = c[1].some(function (i) { return visible(i); });
      c[0].classList.toggle('off', !any);
    });
    document.body.dataset.year = S.labels[k];
    drawFigures();
    tableRenders.forEach(function (r) { r(); });
    if (D.mode === 'overview') drawOverview();
  }

  // ---- Panel ----
  function entityButton(i, label) {
    var b = el('button', 'entity', label === undefined ? E[i].name : label);
    b.type = 'button';
    b.dataset.entity = String(i);
    b.addEventListener('click', function () { select(i, true); });
    return b;
  }
  function marked(i, code) { return E[i].name + (code === 2 ? ' ' + W.uncertainMark : ''); }
  function citationList(list, into) {
    (list || []).forEach(function (c) {
      var src = D.sources[c.source];
      if (!src) return;
      var li = el('li', 'source');
      if (c.quote) li.appendChild(el('blockquote', null, c.quote));
      var cite = el('cite');
      cite.appendChild(link(src.url, src.title));
      if (src.publisher) cite.appendChild(el('span', null, ' — ' + src.publisher));
      if (src.kind !== 'primary') cite.appendChild(el('span', 'tag', ' (' + (W.certaintyOf[src.kind] || src.kind) + ')'));
      li.appendChild(cite);
      if (c.note) li.appendChild(el('p', 'note', c.note));
      into.appendChild(li);
    });
  }
  var presenceClass = ['absent', 'present', 'maybe'];
  // A membership in the panel: the other end, the role, the lifecycle as
  // the registry states it, the certainty, and whether it is there at the step.
  function membershipItem(m, n, other, codes) {
    var li = el('li', 'membership ' + presenceClass[codes[n]]);
    li.dataset.membership = String(n);
    li.appendChild(entityButton(other));
    li.appendChild(el('span', 'role', ' — ' + m.roleLabel));
    li.appendChild(el('span', 'lifecycle', ' · ' + D.lifecycles[m.lifecycle]));
    li.appendChild(el('span', 'certainty', ' · ' + (W.certaintyOf[m.certainty] || m.certainty)));
    li.appendChild(el('span', 'presence', ' · ' + W.presenceOf[codes[n]]));
    return li;
  }
  // Opens the panel of entity i (again, at a new step, when `again`).
  function select(i, centre, again) {
    state.sel = i;
    var e = E[i], k = state.step, here = entityAt(k), mem = membershipAt(k);
    var body = $('panel-body');
    body.textContent = '';
    body.appendChild(el('h2', null, e.name));
    var facts = el('dl', 'facts');
    function fact(cls, key, v) {
      if (!v) return;
      var dt = el('dt', cls, key), dd = el('dd', cls, v);
      facts.appendChild(dt); facts.appendChild(dd);
    }
    fact('kind', W.kind, e.kindLabel);
    fact('level', W.level, e.levelLabel);
    fact('certainty', W.certainty, W.certaintyOf[e.certainty] || e.certainty);
    fact('lifecycle', W.lifecycle, D.lifecycles[e.lifecycle]);
    fact('presence ' + presenceClass[here[i]], W.statusAt + ' ' + S.names[k], W.presenceOf[here[i]]);
    if (e.aliases) fact('aliases', W.aliases, e.aliases.join(', '));
    body.appendChild(facts);
    if (e.url) { var p = el('p', 'site'); p.appendChild(link(e.url, W.link + ': ' + e.url)); body.appendChild(p); }
    var sources = el('ul', 'sources');
    citationList(e.citations, sources);
    if (e.type === 'organisation') {
      body.appendChild(el('h3', null, W.groupsRoles));
      var ul = el('ul', 'memberships');
      D.memberships.forEach(function (m, n) {
        if (m.organisation !== i) return;
        var li = membershipItem(m, n, m.group, mem);
        var co = [];
        D.memberships.forEach(function (x, j) { if (x.group === m.group && x.organisation !== i && mem[j] !== 0) co.push([x.organisation, mem[j]]); });
        if (co.length && mem[n] !== 0) {
          var with_ = el('div', 'comembers', W.coMembers + ': ');
          co.slice(0, 30).forEach(function (x, c) {
            if (c) with_.appendChild(document.createTextNode(', '));
            with_.appendChild(entityButton(x[0], marked(x[0], x[1])));
          });
          if (co.length > 30) with_.appendChild(document.createTextNode(' … (+' + (co.length - 30) + ')'));
          li.appendChild(with_);
        }
        ul.appendChild(li);
        citationList(m.citations, sources);
      });
      body.appendChild(ul);
    } else if (e.type === 'group') {
      if (e.conveners) {
        var conv = el('p', 'conveners', W.conveners + ': ');
        e.conveners.forEach(function (o, n) { if (n) conv.appendChild(document.createTextNode(', ')); conv.appendChild(entityButton(o)); });
        body.appendChild(conv);
      }
      if (e.partOf !== undefined && e.partOf !== null) { var po = el('p', null, W.partOf + ': '); po.appendChild(entityButton(e.partOf)); body.appendChild(po); }
      body.appendChild(el('h3', null, W.members));
      var ml = el('ul', 'memberships');
      D.memberships.forEach(function (m, n) {
        if (m.group !== i) return;
        ml.appendChild(membershipItem(m, n, m.organisation, mem));
        citationList(m.citations, sources);
      });
      body.appendChild(ml);
    }
    body.appendChild(el('h3', null, W.sources));
    body.appendChild(sources);
    $('panel').hidden = false;
    $('layout').classList.remove('nopanel');
    document.querySelectorAll('#map g.node.sel').forEach(function (g) { g.classList.remove('sel'); });
    if (nodeOf[i]) { nodeOf[i].classList.add('sel'); if (centre) centreOn(nodeOf[i]); }
    focusOn(i);
    if (D.mode === 'overview') drawNeighbourhood(i);
    if (!again && window.matchMedia('(max-width: 900px)').matches) $('panel').scrollIntoView({ block: 'start' });
    remember();
  }
  function closePanel() {
    state.sel = -1;
    $('panel').hidden = true;
    $('layout').classList.add('nopanel');
    document.querySelectorAll('#map g.node.sel').forEach(function (g) { g.classList.remove('sel'); });
    clearFocus();
    remember();
  }
  $('panel-close').addEventListener('click', closePanel);
  // Esc closes the panel and gives the focus back to the node it was opened from.
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Escape' || state.sel < 0) return;
    var g = nodeOf[state.sel];
    closePanel();
    if (g && !g.classList.contains('off')) g.focus({ preventScroll: true });
  });
  // Focus mode: the chosen node and its neighbours on the map at the step
  // (the ends of its drawn edges) stand out; the rest fades.
  function clearFocus() {
    if (!svg) return;
    svg.classList.remove('focused');
    svg.querySelectorAll('.near').forEach(function (g) { g.classList.remove('near'); });
  }
  function focusOn(i) {
    clearFocus();
    if (!svg || !nodeOf[i]) return;
    svg.classList.add('focused');
    nodeOf[i].classList.add('near');
    var drawn = edgeAt ? edgeAt(state.step) : null;
    D.edges.forEach(function (ed, n) {
      var g = edgeEls[n];
      if (!g || (ed.from !== i && ed.to !== i) || g.classList.contains('off') || (drawn && drawn[n] === 0)) return;
      g.classList.add('near');
      var other = ed.from === i ? ed.to : ed.from;
      if (nodeOf[other]) nodeOf[other].classList.add('near');
    });
  }

  // ---- Connect (as samverkan connect --as-of finds them: shortest chains of the step's network) ----
  // The step's network is the union network with what is not there at the
  // step left out: a vertex as its entity, a tie by its code (0 not there;
  // 1–3 certain, 4–6 only possibly; stated, inferred, external). The sure
  // network keeps what is there for certain. Neighbours are taken in the
  // union's adjacency order, which each step's network keeps.
  var vertexOf = {};
  N.vertices.forEach(function (e, v) { vertexOf[e] = v; });
  // tieOf[v][j]: the tie joining v to its j-th neighbour (ties numbered
  // organisation by organisation in adjacency order).
  var tieOf = N.adjacency.map(function (adj) { return new Int32Array(adj.length); });
  (function () {
    var next = new Int32Array(N.vertices.length), t = 0;
    for (var v = 0; v < N.organisations; v++) {
      for (var j = 0; j < N.adjacency[v].length; j++) {
        var g = N.adjacency[v][j];
        tieOf[v][j] = t;
        tieOf[g][next[g]++] = t;
        t++;
      }
    }
  })();
  var CERTAINTY = ['stated', 'inferred', 'external'];
  function network(k, sure) {
    var here = entityAt(k), ties = tieAt(k);
    return {
      vertex: function (v) { var c = here[N.vertices[v]]; return sure ? c === 1 : c !== 0; },
      tie: function (v, j) { var c = ties[tieOf[v][j]]; return sure ? c >= 1 && c <= 3 : c !== 0; }
    };
  }
  // Hops from every vertex to t (-1: not reached), searching back from t
  // and not through s, as the library's search does.
  function hops(net, s, t) {
    var n = N.vertices.length, dist = new Int32Array(n).fill(-1), order = [t], head = 0;
    dist[t] = 0;
    while (head < order.length) {
      var v = order[head++], adj = N.adjacency[v];
      if (v === s) continue;
      for (var j = 0; j < adj.length; j++) {
        var w = adj[j];
        if (dist[w] < 0 && net.vertex(w) && net.tie(v, j)) { dist[w] = dist[v] + 1; order.push(w); }
      }
    }
    return { dist: dist, order: order };
  }
  function resolveOrganisation(q) {
    for (var x = 0; x < E.length; x++) if (E[x].type === 'organisation' && E[x].id === q) return { entity: x };
    var key = searchKey(q);
    if (!key) return { error: W.notFound + ' “' + q + '”' };
    var exact = [], partial = [];
    E.forEach(function (e, i) {
      if (e.type !== 'organisation') return;
      if (e.searchKeys.indexOf(key) >= 0) exact.push(i);
      else if (e.searchKeys.some(function (k) { return k.indexOf(key) >= 0; })) partial.push(i);
    });
    var hits = exact.length ? exact : partial;
    if (hits.length === 1) return { entity: hits[0] };
    if (!hits.length) return { error: W.notFound + ' “' + q + '”' };
    return { error: W.ambiguous + ' ' + hits.slice(0, 8).map(function (i) { return E[i].name; }).join(', ') };
  }
  function connect(a, b, k, limit) {
    var here = entityAt(k);
    var ends = [a, b];
    for (var x = 0; x < 2; x++) {
      if (vertexOf[ends[x]] === undefined || here[ends[x]] === 0) {
        return { error: E[ends[x]].name + ' ' + W.notInNetwork + ' (' + W.asOf + ' ' + S.names[k] + ')', absent: ends[x] };
      }
    }
    var s = vertexOf[a], t = vertexOf[b];
    if (s === t) return { error: W.same };
    var net = network(k, false), ties = tieAt(k);
    var found = hops(net, s, t), dist = found.dist;
    function groupsOf(v) {
      var out = {};
      N.adjacency[v].forEach(function (g, j) { if (net.tie(v, j) && net.vertex(g)) out[g] = true; });
      return out;
    }
    var gs = groupsOf(s), gt = groupsOf(t);
    var shared = Object.keys(gs).filter(function (g) { return gt[g]; }).map(function (g) { return N.vertices[Number(g)]; })
      .sort(function (x, y) { return collator.compare(E[x].name, E[y].name); });
    var sure = here[a] === 1 && here[b] === 1 ? hops(network(k, true), s, t).dist[s] : -1;
    var d = dist[s];
    if (d <= 0) return { shared: shared, steps: null, count: 0, chains: [], truncated: false, sureSteps: null };
    var n = N.vertices.length, count = new Float64Array(n);
    count[t] = 1;
    found.order.forEach(function (v) {
      if (v === t || dist[v] > d) return;
      var c = 0;
      N.adjacency[v].forEach(function (w, j) { if (dist[w] === dist[v] - 1 && w !== s && net.tie(v, j)) c += count[w]; });
      count[v] = c;
    });
    var chains = [], truncated = false, path = [s], tiesOnPath = [], next = [0];
    while (path.length) {
      var last = path[path.length - 1];
      if (last === t) {
        if (chains.length === limit) { truncated = true; break; }
        chains.push({ path: path.slice(), ties: tiesOnPath.slice() });
        path.pop(); next.pop(); tiesOnPath.pop();
        continue;
      }
      var i = next[next.length - 1];
      if (i >= N.adjacency[last].length) { path.pop(); next.pop(); tiesOnPath.pop(); continue; }
      next[next.length - 1] = i + 1;
      var step = N.adjacency[last][i];
      if (dist[step] === d - path.length && step !== s && net.tie(last, i)) {
        path.push(step); next.push(0); tiesOnPath.push(ties[tieOf[last][i]]);
      }
    }
    return {
      shared: shared, steps: d / 2, count: count[s], truncated: truncated, sureSteps: sure > 0 ? sure / 2 : null,
      chains: chains.map(function (c) {
        var entities = c.path.map(function (v) { return N.vertices[v]; });
        var uncertainTies = c.ties.some(function (code) { return code >= 4; });
        return {
          organisations: entities.filter(function (_, j) { return j % 2 === 0; }),
          groups: entities.filter(function (_, j) { return j % 2 === 1; }),
          uncertainEntities: entities.filter(function (e) { return here[e] === 2; }),
          uncertain: uncertainTies || entities.some(function (e) { return here[e] === 2; }),
          ties: c.ties.map(function (code) { return CERTAINTY[(code - 1) % 3] + (code >= 4 ? '?' : ''); })
        };
      })
    };
  }
  // For the tests: the chains at a step (its label, e.g. "2009" or "now";
  // the slider's step when left out), with registry IDs.
  window.explorerConnect = function (a, b, label) {
    var k = label === undefined ? state.step : stepOf(label);
    if (k < 0) return { error: 'no step ' + label };
    var ra = resolveOrganisation(a), rb = resolveOrganisation(b);
    if (ra.error || rb.error) return { error: ra.error || rb.error };
    var r = connect(ra.entity, rb.entity, k, 20);
    var ids = function (list) { return list.map(function (i) { return E[i].id; }); };
    if (r.error) return r.absent === undefined ? { error: r.error } : { error: r.error, absent: E[r.absent].id };
    return {
      steps: r.steps, count: r.count, truncated: r.truncated, shared: ids(r.shared), sureSteps: r.sureSteps,
      chains: r.chains.map(function (c) {
        return { organisations: ids(c.organisations), groups: ids(c.groups), uncertain: c.uncertain, ties: c.ties,
                 uncertainEntities: ids(c.uncertainEntities) };
      })
    };
  };
  var names = $('names');
  E.forEach(function (e) { if (e.type === 'organisation') { var o = el('option'); o.value = e.name; names.appendChild(o); } });
  function clearHighlight() {
    if (svg) svg.classList.remove('dimmed');
    document.querySelectorAll('#map .hl').forEach(function (g) { g.classList.remove('hl'); });
  }
  function highlightChain(c) {
    var seq = [];
    c.organisations.forEach(function (o, j) { seq.push(o); if (j < c.groups.length) seq.push(c.groups[j]); });
    seq.forEach(function (i) { if (nodeOf[i]) nodeOf[i].classList.add('hl'); });
    for (var j = 0; j + 1 < seq.length; j++) {
      D.edges.forEach(function (ed, n) {
        if (edgeEls[n] && ((ed.from === seq[j] && ed.to === seq[j + 1]) || (ed.to === seq[j] && ed.from === seq[j + 1]))) edgeEls[n].classList.add('hl');
      });
    }
  }
  function chainText(c, here) {
    var parts = [];
    c.organisations.forEach(function (o, j) {
      parts.push(marked(o, here[o]));
      if (j < c.groups.length) parts.push('[' + marked(c.groups[j], here[c.groups[j]]) + ']');
    });
    return parts.join(' → ');
  }
  function runConnect() {
    var out = $('c-out');
    out.textContent = '';
    out.dataset.shown = '1';
    clearHighlight();
    state.a = $('c-a').value; state.b = $('c-b').value;
    var ra = resolveOrganisation(state.a), rb = resolveOrganisation(state.b);
    if (ra.error || rb.error) { out.appendChild(el('p', 'error', ra.error || rb.error)); return; }
    var k = state.step, here = entityAt(k);
    var r = connect(ra.entity, rb.entity, k, 20);
    if (r.error) { out.appendChild(el('p', 'error', r.error)); return; }
    out.appendChild(el('p', 'at', W.statusAt + ' ' + S.names[k]));
    out.appendChild(el('p', null, W.shared + ': ' + (r.shared.length ? r.shared.map(function (g) { return marked(g, here[g]); }).join(', ') : W.none)));
    if (r.steps === null) { out.appendChild(el('p', 'nochain', W.noChain)); return; }
    out.appendChild(el('p', null, W.shortest + ': ' + r.steps + ' ' + (r.steps === 1 ? W.step : W.steps) + ', '
      + r.count + ' ' + (r.count === 1 ? W.chain : W.chains)));
    var anyMarked = r.chains.some(function (c) { return c.uncertain; });
    var judged = r.chains.some(function (c) { return c.ties.some(function (x) { return x.charAt(0) !== 's'; }); });
    var ol = el('ol', 'chains');
    r.chains.forEach(function (c) {
      var li = el('li', 'chain' + (c.uncertain ? ' maybe' : ''), chainText(c, here));
      if (anyMarked || judged) {
        li.appendChild(el('span', 'ties', ' — ' + W.ties + ': ' + c.ties.map(function (x) {
          var q = x.charAt(x.length - 1) === '?';
          return (W.certaintyOf[q ? x.slice(0, -1) : x] || x) + (q ? '?' : '');
        }).join(', ')));
      }
      ol.appendChild(li);
      highlightChain(c);
    });
    out.appendChild(ol);
    if (r.truncated) out.appendChild(el('p', 'note', W.more));
    if (r.sureSteps === null) out.appendChild(el('p', 'only-possibly', W.onlyPossibly));
    else if (r.sureSteps !== r.steps) out.appendChild(el('p', 'sure-steps', W.sureSteps + ': ' + r.sureSteps + ' ' + (r.sureSteps === 1 ? W.step : W.steps) + '.'));
    if (anyMarked) out.appendChild(el('p', 'note', W.uncertainNote));
    if (svg) svg.classList.add('dimmed');
  }
  $('c-go').addEventListener('click', function () { runConnect(); remember(); });
  $('c-clear').addEventListener('click', function () {
    $('c-out').textContent = ''; $('c-out').dataset.shown = ''; clearHighlight();
    state.a = ''; state.b = ''; $('c-a').value = ''; $('c-b').value = '';
    remember();
  });

  // ---- Overview (large registries): neighbourhood drawn here ----
  var NS = 'http://www.w3.org/2000/svg';
  function drawNeighbourhood(i) {
    var box = $('neighbourhood');
    box.textContent = '';
    box.appendChild(el('h3', null, W.neighbourhood + ' ' + E[i].name));
    var mem = membershipAt(state.step);
    var ring1 = [], ring2 = [];
    var seen = {}; seen[i] = true;
    D.memberships.forEach(function (m, n) {
      if (mem[n] === 0) return;
      var other = E[i].type === 'organisation' && m.organisation === i ? m.group : E[i].type === 'group' && m.group === i ? m.organisation : -1;
      if (other >= 0 && !seen[other]) { seen[other] = true; ring1.push(other); }
    });
    ring1 = ring1.slice(0, 24);
    if (E[i].type === 'organisation') {
      var inRing = {}; ring1.forEach(function (g) { inRing[g] = true; });
      var cap = Math.max(3, Math.floor(36 / Math.max(1, ring1.length))), taken = {};
      D.memberships.forEach(function (m, n) {
        if (mem[n] !== 0 && inRing[m.group] && !seen[m.organisation] && (taken[m.group] || 0) < cap) { seen[m.organisation] = true; taken[m.group] = (taken[m.group] || 0) + 1; ring2.push([m.organisation, m.group]); }
      });
    }
    var size = 760, c = size / 2;
    var s = document.createElementNS(NS, 'svg');
    s.setAttribute('viewBox', '0 0 ' + (size + 150) + ' ' + size);
    s.setAttribute('class', 'neighbourhood');
    var pos = {}; pos[i] = [c, c];
    function place(list, r) { list.forEach(function (x, n) { var a = 2 * Math.PI * n / Math.max(1, list.length) - Math.PI / 2; pos[Array.isArray(x) ? x[0] : x] = [c + r * Math.cos(a), c + r * Math.sin(a)]; }); }
    place(ring1, 140);
    // Co-members sit in an arc beside the group that brings them in.
    var share = 2 * Math.PI / Math.max(1, ring1.length);
    ring1.forEach(function (g, n) {
      var mine = ring2.filter(function (x) { return x[1] === g; });
      var a0 = share * n - Math.PI / 2;
      mine.forEach(function (x, j) {
        var a = a0 + (j - (mine.length - 1) / 2) * Math.min(share * 0.9 / Math.max(1, mine.length), 0.35);
        var r = 230 + (j % 3) * 34;
        pos[x[0]] = [c + r * Math.cos(a), c + r * Math.sin(a)];
      });
    });
    function line(a, b) { var l = document.createElementNS(NS, 'line'); l.setAttribute('x1', pos[a][0]); l.setAttribute('y1', pos[a][1]); l.setAttribute('x2', pos[b][0]); l.setAttribute('y2', pos[b][1]); s.appendChild(l); }
    ring1.forEach(function (x) { line(i, x); });
    ring2.forEach(function (x) { line(x[1], x[0]); });
    var here = entityAt(state.step);
    function dot(k) {
      var g = document.createElementNS(NS, 'g');
      g.setAttribute('class', 'nb ' + (E[k].type === 'group' ? 'nb-group' : 'nb-org') + (here[k] === 2 ? ' maybe' : ''));
      var circle = document.createElementNS(NS, 'circle');
      circle.setAttribute('cx', pos[k][0]); circle.setAttribute('cy', pos[k][1]); circle.setAttribute('r', k === i ? 9 : 6);
      var t = document.createElementNS(NS, 'text');
      t.setAttribute('x', pos[k][0] + 8); t.setAttribute('y', pos[k][1] + 4);
      t.textContent = E[k].name.length > 28 ? E[k].name.slice(0, 27) + '…' : E[k].name;
      var title = document.createElementNS(NS, 'title'); title.textContent = E[k].name;
      g.appendChild(title); g.appendChild(circle); g.appendChild(t);
      g.addEventListener('click', function () { select(k, false); });
      s.appendChild(g);
    }
    [i].concat(ring1, ring2.map(function (x) { return x[0]; })).forEach(dot);
    box.appendChild(s);
  }
  var topList = null;
  function drawOverview() {
    if (!topList) return;
    var here = entityAt(state.step);
    topList.textContent = '';
    S.top[state.step].forEach(function (i) { var li = el('li'); li.appendChild(entityButton(i, marked(i, here[i]))); topList.appendChild(li); });
  }
  if (D.mode === 'overview') {
    $('map').hidden = true;
    $('filters').hidden = true;
    var ov = $('overview');
    ov.hidden = false;
    ov.appendChild(el('p', 'note', W.overview));
    var cols = el('div', 'columns');
    var a = el('div'); a.appendChild(el('h3', null, W.mostConnected));
    topList = el('ul');
    a.appendChild(topList);
    var b2 = el('div'); b2.appendChild(el('h3', null, W.groups));
    var ul2 = el('ul');
    E.forEach(function (e, i) { if (e.type === 'group') { var li = el('li'); li.appendChild(entityButton(i)); ul2.appendChild(li); } });
    b2.appendChild(ul2);
    cols.appendChild(a); cols.appendChild(b2);
    ov.appendChild(cols);
    ov.appendChild(el('div', null)).id = 'neighbourhood';
  }

  // ---- The figures and tables of the step ----
  var figs = $('figures');
  function drawFigures() {
    var k = state.step;
    figs.textContent = '';
    figs.appendChild(el('h2', null, W.figures + ' — ' + W.asOf + ' ' + S.names[k]));
    var dl = el('dl');
    S.figures[k].forEach(function (f) { var d = el('div', 'figure'); d.appendChild(el('dt', null, f.label)); d.appendChild(el('dd', null, f.value)); dl.appendChild(d); });
    figs.appendChild(dl);
    if (S.notes[k]) figs.appendChild(el('p', 'note', S.notes[k]));
  }
  function cellText(c) { return c !== null && typeof c === 'object' ? c.text : String(c); }
  function cellValue(c) { return c !== null && typeof c === 'object' ? c.value : c; }
  var tables = $('tables'), tableRenders = [];
  tables.appendChild(el('h2', null, W.tables));
  D.tables.forEach(function (t) {
    var sec = el('section', 'table');
    sec.id = 'table-' + t.id;
    sec.appendChild(el('h3', null, t.title));
    var note = el('p', 'note');
    sec.appendChild(note);
    var table = el('table');
    var thead = el('thead'), tr = el('tr');
    var tbody = el('tbody');
    var sort = { col: -1, dir: 1 }, all = false;
    var empty = el('p', 'empty', W.none);
    var more = el('button', 'more');
    more.type = 'button';
    more.addEventListener('click', function () { all = true; render(); });
    function part() { return t.parts[t.parts.length === 1 ? 0 : state.step]; }
    function render() {
      var p = part();
      note.textContent = p.note;
      var order = p.rows.map(function (_, r) { return r; });
      if (sort.col >= 0) {
        var c = sort.col, numeric = t.columns[c].numeric;
        order.sort(function (x, y) {
          var a = p.rows[x][c], b = p.rows[y][c];
          var d = numeric ? (cellValue(a) - cellValue(b)) : collator.compare(cellText(a), cellText(b));
          return d * sort.dir || x - y;
        });
      }
      var whole = all || p.rows.length <= 15;
      more.hidden = whole;
      more.textContent = W.showAll + ' (' + p.rows.length + ')';
      empty.hidden = p.rows.length > 0;
      tbody.textContent = '';
      (whole ? order : order.slice(0, 15)).forEach(function (r) {
        var row = el('tr');
        p.rows[r].forEach(function (cell, c) {
          var td = el('td', t.columns[c].numeric ? 'num' : null);
          if (c === 0 && p.keys[r] >= 0) td.appendChild(entityButton(p.keys[r], cellText(cell))); else td.textContent = cellText(cell);
          row.appendChild(td);
        });
        tbody.appendChild(row);
      });
    }
    t.columns.forEach(function (col, c) {
      var th = el('th', col.numeric ? 'num' : null);
      th.setAttribute('aria-sort', 'none');
      var btn = el('button', 'sort', col.label);
      btn.type = 'button';
      btn.addEventListener('click', function () {
        sort.dir = sort.col === c ? -sort.dir : (col.numeric ? -1 : 1);
        sort.col = c;
        thead.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
        render();
      });
      th.appendChild(btn);
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    table.appendChild(thead);
    table.appendChild(tbody);
    sec.appendChild(table);
    sec.appendChild(empty);
    sec.appendChild(more);
    tables.appendChild(sec);
    tableRenders.push(render);
  });

  // ---- The view in the address: #year=2009&sel=group:strategigruppen&a=…&b=… ----
  var written = null;
  function fragment() {
    var parts = ['year=' + encodeURIComponent(S.labels[state.step])];
    if (state.sel >= 0) parts.push('sel=' + encodeURIComponent(E[state.sel].type + ':' + E[state.sel].id));
    if ($('c-out').dataset.shown === '1') {
      parts.push('a=' + encodeURIComponent(state.a));
      parts.push('b=' + encodeURIComponent(state.b));
    }
    return '#' + parts.join('&');
  }
  function remember() {
    if (!ready) return;
    var f = fragment();
    if (f === location.hash) return;
    written = f;
    try { history.replaceState(null, '', f); } catch (e) { location.replace(f); }
  }
  function restore() {
    var args = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      var at = kv.indexOf('=');
      if (at > 0) {
        try { args[kv.slice(0, at)] = decodeURIComponent(kv.slice(at + 1)); } catch (e) { /* a broken escape is ignored */ }
      }
    });
    var k = args.year !== undefined ? stepOf(args.year) : -1;
    state.step = k >= 0 ? k : S.labels.length - 1;
    slider.value = String(state.step);
    apply();
    if (args.a !== undefined && args.b !== undefined) {
      $('c-a').value = args.a; $('c-b').value = args.b;
      runConnect();
    } else {
      $('c-out').textContent = ''; $('c-out').dataset.shown = ''; clearHighlight();
    }
    var sel = -1;
    if (args.sel) {
      var colon = args.sel.indexOf(':'), type = args.sel.slice(0, colon), id = args.sel.slice(colon + 1);
      for (var i = 0; i < E.length; i++) if (E[i].type === type && E[i].id === id) { sel = i; break; }
    }
    if (sel >= 0) select(sel, true); else if (state.sel >= 0) closePanel();
  }
  window.addEventListener('hashchange', function () { if (location.hash !== written) restore(); });

  // Print the whole map, whatever the view on screen.
  var screenView = null;
  window.addEventListener('beforeprint', function () { if (svg) { screenView = vb.slice(); vb = vb0.slice(); setViewBox(); } });
  window.addEventListener('afterprint', function () { if (svg && screenView) { vb = screenView; setViewBox(); } });

  // ---- Words of the skeleton ----
  document.querySelectorAll('[data-w]').forEach(function (n) { n.textContent = W[n.dataset.w] || n.dataset.w; });
  $('search').placeholder = W.search;
  $('c-a').placeholder = W.from; $('c-b').placeholder = W.to;
  $('controls-toggle').addEventListener('click', function () {
    var open = !document.body.classList.contains('controls-open');
    document.body.classList.toggle('controls-open', open);
    this.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
  var ready = false;
  restore();
  if (svg) { homeView(); if (state.sel >= 0 && nodeOf[state.sel]) centreOn(nodeOf[state.sel]); }
  ready = true;
  document.body.classList.add('ready');
})();
