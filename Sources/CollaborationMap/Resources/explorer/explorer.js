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
  var vb = null, vb0 = null;
  function setViewBox() { if (svg) svg.setAttribute('viewBox', vb.join(' ')); }
  if (svg) {
    var b = svg.viewBox.baseVal;
    vb0 = [b.x, b.y, b.width, b.height];
    vb = vb0.slice();
    var drag = null;
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect();
      zoom(ev.deltaY < 0 ? 0.8 : 1.25, (ev.clientX - r.left) / r.width, (ev.clientY - r.top) / r.height);
    }, { passive: false });
    svg.addEventListener('pointerdown', function (ev) {
      drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice(), moved: false };
    });
    window.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      var s = Math.max(vb[2] / r.width, vb[3] / r.height);
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      vb[0] = drag.vb[0] - dx * s; vb[1] = drag.vb[1] - dy * s;
      setViewBox();
    });
    window.addEventListener('pointerup', function () { setTimeout(function () { drag = null; }, 0); });
    svg.addEventListener('click', function (ev) {
      var a = ev.target.closest('a');
      var g = ev.target.closest('g.node');
      if (a || g) ev.preventDefault();
      if (drag && drag.moved) return;
      if (g && entityOfNode[g.id] !== undefined) select(entityOfNode[g.id], false);
    });
    $('zoom-in').addEventListener('click', function () { zoom(0.7, 0.5, 0.5); });
    $('zoom-out').addEventListener('click', function () { zoom(1.4, 0.5, 0.5); });
    $('zoom-reset').addEventListener('click', function () { vb = vb0.slice(); setViewBox(); });
  } else {
    $('map-tools').hidden = true;
  }
  function zoom(f, fx, fy) {
    var w = Math.min(vb0[2] * 4, Math.max(vb0[2] / 40, vb[2] * f)), h = vb[3] * (w / vb[2]);
    vb = [vb[0] + (vb[2] - w) * fx, vb[1] + (vb[3] - h) * fy, w, h];
    setViewBox();
  }
  function centreOn(g) {
    if (!svg || !g) return;
    var bb = g.getBBox(), root = svg.querySelector('g.graph'), m = root ? root.transform.baseVal.consolidate() : null;
    if (m) { var k = m.matrix; bb = { x: k.a * bb.x + k.e, y: k.d * bb.y + k.f, width: k.a * bb.width, height: k.d * bb.height }; }
    var w = Math.min(vb[2], vb0[2] / 2), h = vb[3] * (w / vb[2]);
    vb = [bb.x + bb.width / 2 - w / 2, bb.y + bb.height / 2 - h / 2, w, h];
    setViewBox();
  }

  // ---- Filters and years ----
  var state = { levels: {}, kind: '', group: -1, cert: 'all', year: D.years ? D.years.labels.length - 1 : -1 };
  D.levels.forEach(function (l) {
    state.levels[l.value] = true;
    var label = el('label', 'check');
    var box = el('input');
    box.type = 'checkbox'; box.checked = true; box.value = l.value; box.id = 'level-' + l.value;
    box.addEventListener('change', function () { state.levels[l.value] = box.checked; apply(); });
    label.appendChild(box);
    label.appendChild(el('span', null, ' ' + l.label));
    $('f-levels').appendChild(label);
  });
  function option(sel, value, text) { var o = el('option', null, text); o.value = value; sel.appendChild(o); }
  option($('f-kind'), '', W.allKinds);
  D.kinds.forEach(function (k) { option($('f-kind'), k.value, k.label); });
  option($('f-group'), '-1', W.allGroups);
  E.map(function (e, i) { return i; }).filter(function (i) { return E[i].type === 'group'; })
    .sort(function (a, b) { return collator.compare(E[a].name, E[b].name); })
    .forEach(function (i) { option($('f-group'), String(i), E[i].name); });
  option($('f-cert'), 'all', W.allFacts); option($('f-cert'), 'inferred', W.inferred); option($('f-cert'), 'stated', W.stated);
  $('f-kind').addEventListener('change', function () { state.kind = this.value; apply(); });
  $('f-group').addEventListener('change', function () { state.group = Number(this.value); apply(); });
  $('f-cert').addEventListener('change', function () { state.cert = this.value; apply(); });
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
  if (D.years) {
    $('years-box').hidden = false;
    var slider = $('year');
    slider.min = '0'; slider.max = String(D.years.labels.length - 1); slider.step = '1'; slider.value = String(state.year);
    slider.addEventListener('input', function () { state.year = Number(slider.value); apply(); });
  }
  function yearLabel(l) { return l === 'now' ? W.now : l; }
  function visible(i) {
    var e = E[i];
    if (e.level && state.levels[e.level] === false) return false;
    if (state.kind && e.kind !== state.kind) return false;
    if (!admits(e.certainty)) return false;
    if (state.group >= 0 && !inGroup(state.group)[i]) return false;
    return true;
  }
  function apply() {
    if (D.years) $('year-label').textContent = yearLabel(D.years.labels[state.year]);
    var shown = {};
    var yearNodes = D.years ? D.years.nodes[state.year] : null, yearEdges = D.years ? D.years.edges[state.year] : null;
    Object.keys(nodeOf).forEach(function (k) {
      var i = Number(k), g = nodeOf[k], on = visible(i);
      var present = !yearNodes || yearNodes.charAt(i) !== '0';
      g.classList.toggle('off', !on);
      g.classList.toggle('ghost', on && !present);
      g.classList.toggle('maybe', on && present && yearNodes !== null && yearNodes.charAt(i) === '2');
      if (on && present) shown[i] = true;
    });
    D.edges.forEach(function (ed, n) {
      var g = edgeEls[n];
      if (!g) return;
      var ends = visible(ed.from) && visible(ed.to) && admits(ed.certainty);
      var present = !yearEdges || yearEdges.charAt(n) !== '0';
      g.classList.toggle('off', !ends);
      g.classList.toggle('ghost', ends && !present);
    });
    clusterEls.forEach(function (c) {
      var any = c[1].some(function (i) { return visible(i); });
      c[0].classList.toggle('off', !any);
    });
    document.body.dataset.year = D.years ? D.years.labels[state.year] : 'now';
  }

  // ---- Panel ----
  function dates(since, until) {
    var parts = [];
    if (since) parts.push(W.since + ' ' + since);
    if (until) parts.push(W.until + ' ' + until);
    return parts.join(', ');
  }
  function entityButton(i) {
    var b = el('button', 'entity', E[i].name);
    b.type = 'button';
    b.dataset.entity = String(i);
    b.addEventListener('click', function () { select(i, true); });
    return b;
  }
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
  function select(i, centre) {
    var e = E[i];
    var body = $('panel-body');
    body.textContent = '';
    body.appendChild(el('h2', null, e.name));
    var facts = el('dl', 'facts');
    function fact(k, v) { if (v) { facts.appendChild(el('dt', null, k)); facts.appendChild(el('dd', null, v)); } }
    fact(W.kind, e.kindLabel);
    fact(W.level, e.levelLabel);
    fact(W.certainty, W.certaintyOf[e.certainty] || e.certainty);
    fact(W.year, dates(e.since, e.until));
    if (e.aliases) fact(W.aliases, e.aliases.join(', '));
    body.appendChild(facts);
    if (e.url) { var p = el('p', 'site'); p.appendChild(link(e.url, W.link + ': ' + e.url)); body.appendChild(p); }
    var sources = el('ul', 'sources');
    citationList(e.citations, sources);
    if (e.type === 'organisation') {
      body.appendChild(el('h3', null, W.groupsRoles));
      var ul = el('ul', 'memberships');
      D.memberships.forEach(function (m) {
        if (m.organisation !== i) return;
        var li = el('li', 'membership');
        li.appendChild(entityButton(m.group));
        li.appendChild(el('span', 'role', ' — ' + m.roleLabel + (dates(m.since, m.until) ? ' (' + dates(m.since, m.until) + ')' : '')
          + (m.certainty !== 'stated' ? ' [' + (W.certaintyOf[m.certainty] || m.certainty) + ']' : '')));
        var co = D.memberships.filter(function (x) { return x.group === m.group && x.organisation !== i; });
        if (co.length) {
          var with_ = el('div', 'comembers', W.coMembers + ': ');
          co.slice(0, 30).forEach(function (x, n) { if (n) with_.appendChild(document.createTextNode(', ')); with_.appendChild(entityButton(x.organisation)); });
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
      D.memberships.forEach(function (m) {
        if (m.group !== i) return;
        var li = el('li', 'membership');
        li.appendChild(entityButton(m.organisation));
        li.appendChild(el('span', 'role', ' — ' + m.roleLabel + (dates(m.since, m.until) ? ' (' + dates(m.since, m.until) + ')' : '')));
        ml.appendChild(li);
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
    if (D.mode === 'overview') drawNeighbourhood(i);
    if (window.matchMedia('(max-width: 900px)').matches) $('panel').scrollIntoView({ block: 'start' });
  }
  $('panel-close').addEventListener('click', function () { $('panel').hidden = true; $('layout').classList.add('nopanel'); });

  // ---- Connect (as `samverkan connect`: shortest chains of the two-mode network, lexicographic) ----
  var N = D.network, vertexOf = {};
  N.vertices.forEach(function (e, v) { vertexOf[e] = v; });
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
  function connect(a, b, limit) {
    var s = vertexOf[a], t = vertexOf[b];
    if (s === undefined) return { error: E[a].name + ' ' + W.notInNetwork };
    if (t === undefined) return { error: E[b].name + ' ' + W.notInNetwork };
    if (s === t) return { error: W.same };
    var n = N.vertices.length, dist = new Int32Array(n).fill(-1), order = [t], head = 0;
    dist[t] = 0;
    while (head < order.length) {
      var v = order[head++], adj = N.adjacency[v];
      if (v === s) continue;
      for (var k = 0; k < adj.length; k++) { var w = adj[k]; if (dist[w] < 0) { dist[w] = dist[v] + 1; order.push(w); } }
    }
    var shared = N.adjacency[s].filter(function (g) { return N.adjacency[t].indexOf(g) >= 0; }).map(function (g) { return N.vertices[g]; })
      .sort(function (x, y) { return collator.compare(E[x].name, E[y].name); });
    var d = dist[s];
    if (d <= 0) return { shared: shared, steps: null, count: 0, chains: [], truncated: false };
    var count = new Float64Array(n);
    count[t] = 1;
    order.forEach(function (v) {
      if (v === t || dist[v] > d) return;
      var c = 0;
      N.adjacency[v].forEach(function (w) { if (dist[w] === dist[v] - 1 && w !== s) c += count[w]; });
      count[v] = c;
    });
    var chains = [], truncated = false, path = [s], next = [0];
    while (path.length) {
      var last = path[path.length - 1];
      if (last === t) {
        if (chains.length === limit) { truncated = true; break; }
        chains.push(path.slice());
        path.pop(); next.pop();
        continue;
      }
      var i = next[next.length - 1];
      if (i >= N.adjacency[last].length) { path.pop(); next.pop(); continue; }
      next[next.length - 1] = i + 1;
      var step = N.adjacency[last][i];
      if (dist[step] === d - path.length && step !== s) { path.push(step); next.push(0); }
    }
    return {
      shared: shared, steps: d / 2, count: count[s], truncated: truncated,
      chains: chains.map(function (p) {
        return { organisations: p.filter(function (_, j) { return j % 2 === 0; }).map(function (v) { return N.vertices[v]; }),
                 groups: p.filter(function (_, j) { return j % 2 === 1; }).map(function (v) { return N.vertices[v]; }) };
      })
    };
  }
  window.explorerConnect = function (a, b) {
    var ra = resolveOrganisation(a), rb = resolveOrganisation(b);
    if (ra.error || rb.error) return { error: ra.error || rb.error };
    var r = connect(ra.entity, rb.entity, 20);
    if (r.error) return r;
    var ids = function (list) { return list.map(function (i) { return E[i].id; }); };
    return {
      steps: r.steps, count: r.count, truncated: r.truncated, shared: ids(r.shared),
      chains: r.chains.map(function (c) { return { organisations: ids(c.organisations), groups: ids(c.groups) }; })
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
  function chainText(c) {
    var parts = [];
    c.organisations.forEach(function (o, j) { parts.push(E[o].name); if (j < c.groups.length) parts.push('[' + E[c.groups[j]].name + ']'); });
    return parts.join(' → ');
  }
  $('c-go').addEventListener('click', function () {
    var out = $('c-out');
    out.textContent = '';
    clearHighlight();
    var ra = resolveOrganisation($('c-a').value), rb = resolveOrganisation($('c-b').value);
    if (ra.error || rb.error) { out.appendChild(el('p', 'error', ra.error || rb.error)); return; }
    var r = connect(ra.entity, rb.entity, 20);
    if (r.error) { out.appendChild(el('p', 'error', r.error)); return; }
    out.appendChild(el('p', null, W.shared + ': ' + (r.shared.length ? r.shared.map(function (g) { return E[g].name; }).join(', ') : W.none)));
    if (r.steps === null) { out.appendChild(el('p', null, W.noChain)); return; }
    out.appendChild(el('p', null, W.shortest + ': ' + r.steps + ' ' + (r.steps === 1 ? W.step : W.steps) + ', '
      + r.count + ' ' + (r.count === 1 ? W.chain : W.chains)));
    var ol = el('ol', 'chains');
    r.chains.forEach(function (c) { ol.appendChild(el('li', 'chain', chainText(c))); highlightChain(c); });
    out.appendChild(ol);
    if (r.truncated) out.appendChild(el('p', 'note', W.more));
    if (svg) svg.classList.add('dimmed');
  });
  $('c-clear').addEventListener('click', function () { $('c-out').textContent = ''; clearHighlight(); });

  // ---- Overview (large registries): neighbourhood drawn here ----
  var NS = 'http://www.w3.org/2000/svg';
  function drawNeighbourhood(i) {
    var box = $('neighbourhood');
    box.textContent = '';
    box.appendChild(el('h3', null, W.neighbourhood + ' ' + E[i].name));
    var ring1 = [], ring2 = [];
    var seen = {}; seen[i] = true;
    D.memberships.forEach(function (m) {
      var other = E[i].type === 'organisation' && m.organisation === i ? m.group : E[i].type === 'group' && m.group === i ? m.organisation : -1;
      if (other >= 0 && !seen[other]) { seen[other] = true; ring1.push(other); }
    });
    ring1 = ring1.slice(0, 24);
    if (E[i].type === 'organisation') {
      var inRing = {}; ring1.forEach(function (g) { inRing[g] = true; });
      var cap = Math.max(3, Math.floor(36 / Math.max(1, ring1.length))), taken = {};
      D.memberships.forEach(function (m) {
        if (inRing[m.group] && !seen[m.organisation] && (taken[m.group] || 0) < cap) { seen[m.organisation] = true; taken[m.group] = (taken[m.group] || 0) + 1; ring2.push([m.organisation, m.group]); }
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
    function dot(k) {
      var g = document.createElementNS(NS, 'g');
      g.setAttribute('class', 'nb ' + (E[k].type === 'group' ? 'nb-group' : 'nb-org'));
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
  if (D.mode === 'overview') {
    $('map').hidden = true;
    $('filters').hidden = true;
    var ov = $('overview');
    ov.hidden = false;
    ov.appendChild(el('p', 'note', W.overview));
    var cols = el('div', 'columns');
    var a = el('div'); a.appendChild(el('h3', null, W.mostConnected));
    var ul1 = el('ul'); D.top.forEach(function (i) { var li = el('li'); li.appendChild(entityButton(i)); ul1.appendChild(li); });
    a.appendChild(ul1);
    var b2 = el('div'); b2.appendChild(el('h3', null, W.groups));
    var ul2 = el('ul');
    E.forEach(function (e, i) { if (e.type === 'group') { var li = el('li'); li.appendChild(entityButton(i)); ul2.appendChild(li); } });
    b2.appendChild(ul2);
    cols.appendChild(a); cols.appendChild(b2);
    ov.appendChild(cols);
    ov.appendChild(el('div', null)).id = 'neighbourhood';
  }

  // ---- Figures and tables ----
  var figs = $('figures');
  figs.appendChild(el('h2', null, W.figures));
  var dl = el('dl');
  D.figures.forEach(function (f) { var d = el('div', 'figure'); d.appendChild(el('dt', null, f.label)); d.appendChild(el('dd', null, f.value)); dl.appendChild(d); });
  figs.appendChild(dl);
  var tables = $('tables');
  tables.appendChild(el('h2', null, W.tables));
  D.tables.forEach(function (t) {
    var sec = el('section', 'table');
    sec.id = 'table-' + t.id;
    sec.appendChild(el('h3', null, t.title));
    sec.appendChild(el('p', 'note', t.note));
    var table = el('table');
    var thead = el('thead'), tr = el('tr');
    var tbody = el('tbody');
    var order = t.rows.map(function (_, r) { return r; });
    var sort = { col: -1, dir: 1 }, all = t.rows.length <= 15;
    var more = el('button', 'more', W.showAll + ' (' + t.rows.length + ')');
    more.type = 'button';
    more.hidden = all;
    more.addEventListener('click', function () { all = true; more.hidden = true; render(); });
    function render() {
      tbody.textContent = '';
      (all ? order : order.slice(0, 15)).forEach(function (r) {
        var row = el('tr');
        t.rows[r].forEach(function (cell, c) {
          var td = el('td', t.columns[c].numeric ? 'num' : null);
          if (c === 0 && t.keys[r] >= 0) td.appendChild(entityButton(t.keys[r])); else td.textContent = String(cell);
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
        order.sort(function (x, y) {
          var a = t.rows[x][c], b = t.rows[y][c];
          var d = col.numeric ? (a - b) : collator.compare(String(a), String(b));
          return d * sort.dir || x - y;
        });
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
    render();
    sec.appendChild(table);
    if (!t.rows.length) sec.appendChild(el('p', 'empty', W.none));
    sec.appendChild(more);
    tables.appendChild(sec);
  });

  // Print the whole map, whatever the view on screen.
  var screenView = null;
  window.addEventListener('beforeprint', function () { if (svg) { screenView = vb.slice(); vb = vb0.slice(); setViewBox(); } });
  window.addEventListener('afterprint', function () { if (svg && screenView) { vb = screenView; setViewBox(); } });

  // ---- Words of the skeleton ----
  document.querySelectorAll('[data-w]').forEach(function (n) { n.textContent = W[n.dataset.w] || n.dataset.w; });
  $('search').placeholder = W.search;
  $('c-a').placeholder = W.from; $('c-b').placeholder = W.to;
  apply();
  document.body.classList.add('ready');
})();
