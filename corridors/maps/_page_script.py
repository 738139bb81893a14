"""The interactive map's own script and style sheet (one ``<script>``, one ``<style>``).

The script receives all data as JSON (through the page's slots, see ``_safe_page``) and puts
text from input files on the page only with ``textContent`` or as strings that Python has
already HTML-escaped (popups, tooltips).  It draws:

* GeoJSON layers whose features carry ``sc``, the scenarios they belong to: one scenario
  switch swaps routes, network and labels together (``setScenario``);
* labels (place names and distances along their line) placed greedily by priority at each
  zoom and pan, each at the first of its candidate positions where it touches no label
  already placed, so that no two visible labels overlap;
* the side panel: headline sentences and the routes table, linked both ways with the routes;
* a route's time (and, when known, cost) against distance as an inline SVG in its popup.
"""

from __future__ import annotations

__all__ = ["CSS", "HELPER_JS"]

HELPER_JS = r"""
var CORRIDORS = (function () {
  var pops = {}, sources = [], routes = {}, canvas = null, map = null;
  var scenario = 0, overlays = [], labelSets = [], rows = [], selected = null, hlRef = null;
  var measure = document.createElement('canvas').getContext('2d');
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function num(x, d) {
    return Number(x).toLocaleString('en-US', {minimumFractionDigits: d || 0,
                                              maximumFractionDigits: d || 0});
  }
  // Popup data arrive HTML-escaped from Python; only fixed markup is added here.
  function row(k, v) { return '<tr><th>' + k + '</th><td>' + v + '</td></tr>'; }
  function chart(pf, unit, label, color) {
    if (!pf || pf.length < 2) { return ''; }
    var W = 250, H = 96, L0 = 44, B = 22, T = 6, R = 8;
    var xm = Math.max.apply(null, pf.map(function (p) { return Number(p[0]); })) || 1;
    var ym = Math.max.apply(null, pf.map(function (p) { return Number(p[1]); })) || 1;
    var pts = pf.map(function (p) {
      return (L0 + Number(p[0]) / xm * (W - L0 - R)).toFixed(1) + ',' +
        (H - B - Number(p[1]) / ym * (H - B - T)).toFixed(1);
    }).join(' ');
    return '<svg class=cor-chart width=' + W + ' height=' + H + ' role=img aria-label="' +
      label + ' against distance"><path d="M' + L0 + ' ' + T + 'V' + (H - B) + 'H' + (W - R) +
      '" fill=none stroke="#888"/><polyline points="' + pts + '" fill=none stroke="' + color +
      '" stroke-width=2 stroke-linejoin=round /><text x=' + (L0 - 4) + ' y=' + (T + 8) +
      ' text-anchor=end>' + num(ym, ym < 10 ? 1 : 0) + '</text><text x=' + (L0 - 4) + ' y=' +
      (H - B) + ' text-anchor=end>0</text><text x=' + (L0 - 4) + ' y=' + ((H - B + T) / 2 + 4) +
      ' text-anchor=end>' + unit + '</text><text x=' + L0 + ' y=' + (H - 6) + '>0</text>' +
      '<text x=' + (W - R) + ' y=' + (H - 6) + ' text-anchor=end>' + num(xm) + ' km</text>' +
      '<text x=' + ((W + L0) / 2) + ' y=' + (H - 6) + ' text-anchor=middle>' + label +
      ' by distance</text></svg>';
  }
  function popupHtml(d) {
    if (!d) { return ''; }
    if (typeof d === 'string') { return d; }
    var h = '<div class=cor-pop><b>' + d.t + '</b><table>' + row('Mode', d.m) +
      row('Scenario', d.s) + row('Distance', d.d) + row('Time', d.h[0]) +
      row('&nbsp;moving', d.h[1]) + row('&nbsp;at borders', d.h[2]) +
      row('&nbsp;transshipment', d.h[3]);
    if (d.usd) { h += row('Cost', d.usd); }
    if (d.c) { h += row('Countries', d.c); }
    if (d.x) { h += row('Border crossings', d.x.join('<br>')); }
    if (d.r) { h += row('Role', d.r); }
    h += '</table>' + chart(d.pf, 'h', 'Time', '#222') + chart(d.cp, 'USD', 'Cost', '#0072b2');
    if (d.legs && d.legs.length) {
      h += '<details><summary>Segments</summary><table><tr><th>From → to</th><th>Mode</th>' +
        '<th>Status</th><th>km</th><th>h</th><th>Source</th></tr>';
      d.legs.forEach(function (l) {
        h += '<tr><td>' + l[0] + '</td><td>' + l[1] + '</td><td>' + l[2] +
          '</td><td class=num>' + l[3] + '</td><td class=num>' + l[4] + '</td><td>' +
          (sources[l[5]] || '—') + '</td></tr>';
      });
      h += '</table></details>';
    }
    if (d.ev) { h += '<p class=ev>' + d.ev + '</p>'; }
    if (d.n) { h += '<p>' + d.n.join('<br>') + '</p>'; }
    return h + '</div>';
  }
  function style(f) {
    var p = f.properties || {};
    if (f.geometry && f.geometry.type === 'Point') { return {}; }
    return {color: p.color || '#333', weight: p.weight || 3, opacity: p.opacity || 0.9,
            dashArray: p.dash || null, lineCap: p.dash ? 'butt' : 'round', lineJoin: 'round',
            fill: !!p.fc, fillColor: p.fc || null, fillOpacity: p.fo || 0};
  }
  function inScenario(p) { return !p.sc || p.sc.indexOf(scenario) >= 0; }
  function refsOf(p) {
    return (p.popref ? [].concat(p.popref) : []).filter(function (r) {
      return !routes[r] || routes[r].s === scenario;
    });
  }
  function bind(f, layer) {
    var p = f.properties || {};
    if (p.tip) { layer.bindTooltip(p.tip, {sticky: true, direction: 'auto'}); }
    var refs = refsOf(p);
    layer.corRefs = refs;
    var pop = p.pop || refs.slice(0, 8).map(function (r) { return popupHtml(pops[r]); })
      .filter(Boolean).join('<hr>');
    if (refs.length > 8) { pop += '<p>… and ' + (refs.length - 8) + ' more routes</p>'; }
    if (pop) { layer.bindPopup(pop, {maxWidth: 460, maxHeight: 420}); }
    if (p.hl && layer.setStyle) {
      layer.on('mouseover', function () { layer.setStyle({weight: p.weight + 3}); });
      layer.on('mouseout', function () {
        layer.setStyle({weight: refs.indexOf(hlRef) >= 0 ? p.weight + 4 : p.weight});
      });
      layer.on('click', function () { selectRows(refs); });
    }
  }
  function point(f, ll) {
    var p = f.properties || {};
    if (p.kind === 'border_crossing') {
      var s = p.sz || 12;
      return L.marker(ll, {icon: L.divIcon({className: 'cor-bx cor-bx-' + (p.st || 'open'),
                                            iconSize: [s, s]})});
    }
    if (p.kind === 'airport') {
      return L.marker(ll, {icon: L.divIcon({className: 'cor-ap', html: '\u2708',
                                            iconSize: [18, 18]})});
    }
    if (p.role === 'destination') {
      return L.circleMarker(ll, {radius: 6, color: '#222222', weight: 3,
                                 fillColor: '#ffffff', fillOpacity: 1});
    }
    return L.circleMarker(ll, {radius: p.r || 4, color: '#ffffff', weight: p.r ? 2 : 1.5,
                               fillColor: p.r ? '#222222' : '#555555', fillOpacity: 1});
  }
  function options(interactive) {
    var o = {style: style, onEachFeature: bind, pointToLayer: point,
             interactive: interactive !== false};
    // Background fills go on a canvas of their own: large filled SVG polygons under many
    // lines can leave parts of the SVG layer unpainted in Chromium.
    if (interactive === false) { o.renderer = canvas || (canvas = L.canvas({padding: 0.5})); }
    return o;
  }
  function shown(data) {
    return data.features.filter(function (f) { return inScenario(f.properties || {}); });
  }
  // ---------------------------------------------------------------- labels
  function textWidth(t, font) { measure.font = font; return measure.measureText(t).width; }
  function labelLayer(items) {
    var group = L.layerGroup();
    items.forEach(function (it) {
      var span = document.createElement('span');
      span.textContent = it.t;
      var font = it.k === 'city' ? '700 12px sans-serif' : '600 11px sans-serif';
      it.w = Math.ceil(textWidth(it.t, font)) + 10;
      it.h = it.k === 'city' ? 18 : 17;
      it.m = L.marker(it.c[0], {interactive: false, keyboard: false, pane: 'corLabels',
                                icon: L.divIcon({
        className: 'cor-lbl cor-lbl-' + it.k, html: span, iconSize: [0, 0]})});
      group.addLayer(it.m);
    });
    labelSets.push({group: group, items: items});
    return group;
  }
  // The boxes of the panel, legend and layer switcher: no label is placed under them.
  function obstacles() {
    var c = map.getContainer().getBoundingClientRect();
    return [].slice.call(map.getContainer().querySelectorAll(
      '.cor-panel, .cor-legend, .leaflet-control-layers')).map(function (e) {
      var r = e.getBoundingClientRect();
      return [r.left - c.left, r.top - c.top, r.width, r.height];
    });
  }
  function panelWidth() {
    var p = map.getContainer().querySelector('.cor-panel');
    return p ? p.getBoundingClientRect().right - map.getContainer().getBoundingClientRect().left
      : 0;
  }
  function declutter() {
    if (!map) { return; }
    var size = map.getSize(), placed = obstacles(), all = [];
    labelSets.forEach(function (set) {
      if (!map.hasLayer(set.group)) { return; }
      set.items.forEach(function (it) { all.push(it); });
    });
    all.sort(function (a, b) { return a.p - b.p; });
    all.forEach(function (it) {
      var el = it.m.getElement();
      if (!el) { return; }
      var at = null;
      if (inScenario(it)) {
        var span = it.e ? map.latLngToContainerPoint(it.e[0])
          .distanceTo(map.latLngToContainerPoint(it.e[1])) : Infinity;
        for (var i = 0; i < it.c.length && !at && span > it.w * 1.3; i++) {
          var q = map.latLngToContainerPoint(it.c[i]);
          var box = it.k === 'city' ? [q.x + 7, q.y - it.h / 2, it.w, it.h]
            : [q.x - it.w / 2, q.y - it.h / 2, it.w, it.h];
          if (box[0] < 0 || box[1] < 0 || box[0] + box[2] > size.x ||
              box[1] + box[3] > size.y) { continue; }
          var free = placed.every(function (o) {
            return box[0] + box[2] + 2 <= o[0] || o[0] + o[2] + 2 <= box[0] ||
              box[1] + box[3] + 2 <= o[1] || o[1] + o[3] + 2 <= box[1];
          });
          if (free) { at = it.c[i]; placed.push(box); }
        }
      }
      if (at) { it.m.setLatLng(at); }
      el.style.display = at ? '' : 'none';
    });
  }
  // ---------------------------------------------------------------- scenarios
  function setScenario(s) {
    scenario = s;
    if (map) { map.closePopup(); }
    overlays.forEach(function (o) {
      o.parts.forEach(function (part) { part.clearLayers(); part.addData(shown(o.data)); });
    });
    var radios = document.querySelectorAll('.cor-panel input[name=cor-sc]');
    for (var i = 0; i < radios.length; i++) { radios[i].checked = Number(radios[i].value) === s; }
    rows.forEach(function (r) { r.tr.classList.toggle('off', r.routes[s] === undefined); });
    hlRef = null;
    declutter();
  }
  function eachLeg(fn) {
    overlays.forEach(function (o) {
      if (!o.interactive) { return; }
      o.parts[o.parts.length - 1].eachLayer(function (l) { if (l.corRefs) { fn(l, o); } });
    });
  }
  function highlight(ref) {
    hlRef = ref;
    eachLeg(function (l) {
      var p = l.feature.properties;
      if (!p.hl) { return; }
      var on = l.corRefs.indexOf(ref) >= 0;
      l.setStyle({weight: on ? p.weight + 4 : p.weight});
      if (on) { l.bringToFront(); }
    });
  }
  function selectRows(refs) {
    var first = null;
    rows.forEach(function (r) {
      var on = refs.indexOf(r.routes[scenario]) >= 0;
      r.tr.classList.toggle('sel', on);
      if (on && !first) { first = r.tr; }
    });
    if (first && first.scrollIntoView) { first.scrollIntoView({block: 'nearest'}); }
  }
  function showRoute(ref) {
    var m = routes[ref];
    if (!m || !map) { return; }
    if (m.s !== scenario) { setScenario(m.s); }
    eachLeg(function (l, o) {
      if (l.corRefs.indexOf(ref) >= 0 && !map.hasLayer(o.group)) { map.addLayer(o.group); }
    });
    highlight(ref);
    selectRows([ref]);
    var left = panelWidth() + 20;
    map.fitBounds(m.b, {paddingTopLeft: [left, 40], paddingBottomRight: [40, 40], maxZoom: 8,
                        animate: false});
    L.popup({maxWidth: 460, maxHeight: 420, autoPanPaddingTopLeft: [left, 10]})
      .setLatLng(m.mid).setContent(popupHtml(pops[ref])).openOn(map);
  }
  // ---------------------------------------------------------------- side panel
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function panel(fmap, data, names) {
    var ctl = L.control({position: 'topleft'});
    ctl.onAdd = function () {
      var box = el('div', 'cor-panel');
      var head = el('div', 'cor-panel-head');
      var toggle = el('button', 'cor-toggle', '\u2630');
      toggle.type = 'button';
      toggle.title = 'Show or hide the panel';
      toggle.setAttribute('aria-expanded', 'true');
      head.appendChild(toggle);
      if (data.title) {  // HTML-escaped by Python
        var t = el('span', 'cor-title');
        t.innerHTML = data.title;
        head.appendChild(t);
      }
      box.appendChild(head);
      var body = el('div', 'cor-panel-body');
      toggle.onclick = function () {
        var open = box.classList.toggle('closed') === false;
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        declutter();
      };
      if (names.length > 1) {
        var sw = el('fieldset', 'cor-switch');
        sw.appendChild(el('legend', null, 'Network'));
        names.forEach(function (n, i) {
          var lab = el('label'), r = el('input');
          r.type = 'radio'; r.name = 'cor-sc'; r.value = String(i);
          r.checked = i === scenario;
          r.onchange = function () { setScenario(i); };
          lab.appendChild(r); lab.appendChild(document.createTextNode(' ' + n));
          sw.appendChild(lab);
        });
        body.appendChild(sw);
      }
      if (data.headlines && data.headlines.length) {
        body.appendChild(el('div', 'cor-h', 'In short'));
        var ul = el('ul', 'cor-headlines');
        data.headlines.forEach(function (t) { ul.appendChild(el('li', null, t)); });
        body.appendChild(ul);
      }
      if (data.rows && data.rows.length) {
        body.appendChild(el('div', 'cor-h', data.caption || 'Routes'));
        var table = el('table', 'cor-table'), tr = el('tr');
        (data.columns || []).forEach(function (c) { tr.appendChild(el('th', null, c)); });
        table.appendChild(tr);
        data.rows.forEach(function (r) {
          var line = el('tr');
          r.cells.forEach(function (c) { line.appendChild(el('td', null, c)); });
          line.tabIndex = 0;
          var go = function () {
            var ref = r.routes[scenario];
            if (ref === undefined) {
              for (var k in r.routes) { ref = r.routes[k]; break; }
            }
            if (ref !== undefined) { showRoute(ref); }
          };
          line.onclick = go;
          line.onkeydown = function (ev) { if (ev.key === 'Enter') { go(); } };
          rows.push({tr: line, routes: r.routes});
          table.appendChild(line);
        });
        body.appendChild(table);
        body.appendChild(el('div', 'cor-note', 'Click a row to show its route; click a ' +
          'route to find its row.'));
      }
      box.appendChild(body);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(fmap);
    setScenario(scenario);
  }
  return {
    init: function (fmap, d) {
      map = fmap;
      // Labels above every marker, below tooltips and popups.
      var pane = map.createPane('corLabels');
      pane.style.zIndex = 640;
      pane.style.pointerEvents = 'none';
      pops = d.pops; sources = d.sources; routes = d.routes; scenario = d.scenario;
      map.on('zoomend moveend overlayadd overlayremove', declutter);
    },
    layer: function (data, interactive, casing, labels) {
      if (labels) { return labelLayer(data); }
      // Routes get a white casing under each line, from the same data: they stand out over
      // the network without the page carrying their coordinates twice.  The casing is made
      // first, so that the feature group (which keeps its layers in the order they were
      // made) draws it underneath.
      var under = casing ? L.geoJSON(shown(data), {interactive: false, style: function () {
        return {color: '#ffffff', weight: 9, opacity: 0.85, lineCap: 'round',
                lineJoin: 'round'};
      }}) : null;
      var main = L.geoJSON(shown(data), options(interactive));
      var o = {data: data, interactive: interactive !== false, parts: [main], group: main};
      if (under) { o.parts = [under, main]; o.group = L.featureGroup([under, main]); }
      overlays.push(o);
      return o.group;
    },
    panel: panel,
    setScenario: setScenario,
    showRoute: showRoute,
    declutter: declutter,
    scenario: function () { return scenario; }
  };
})();
"""

CSS = """
.folium-map.leaflet-container { background: #dfe8ef; }
.cor-bx { border: 2px solid #fff; box-shadow: 0 0 2px #000; border-radius: 2px;
  box-sizing: border-box; }
.cor-bx-open { background: #444; }
.cor-bx-seasonal { background: #f0e442; border-color: #333; }
.cor-bx-restricted { background: #cc79a7; }
.cor-bx-closed { background: #fff; border-color: #000; }
.cor-ap { color: #333; font-size: 16px; line-height: 18px; text-align: center;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff; }
.cor-lbl span { position: absolute; white-space: nowrap; box-sizing: border-box;
  font: 600 11px/13px sans-serif; color: #222; background: rgba(255,255,255,.88);
  border-radius: 3px; padding: 1px 4px; border: 1px solid #999; height: 17px;
  transform: translate(-50%, -50%); }
.cor-lbl-city span { font: 700 12px/14px sans-serif; border: none; color: #111; height: 18px;
  padding: 2px 5px; background: rgba(255,255,255,.8); transform: translate(7px, -50%); }
.cor-pop table { border-collapse: collapse; font-size: 12px; }
.cor-pop td, .cor-pop th { padding: 1px 6px 1px 0; text-align: left; vertical-align: top; }
.cor-pop .num { text-align: right; }
.cor-pop .ev { font-style: italic; border-left: 3px solid #999; padding-left: 6px; }
.cor-chart { display: block; margin-top: 6px; font: 10px sans-serif; fill: #333; }
.leaflet-control-layers, .leaflet-tooltip { font-size: 12px; }
.cor-pop summary { font-size: 12px; cursor: pointer; margin-top: 4px; }
.cor-pop .ev { font-size: 12px; }
.leaflet-interactive:focus { outline: none; }
.cor-legend { background: rgba(255,255,255,.92); padding: 6px 9px; border-radius: 5px;
  box-shadow: 0 0 4px rgba(0,0,0,.35); font: 12px/1.5 sans-serif; color: #222; }
.cor-legend svg { vertical-align: middle; margin-right: 4px; }
.cor-legend .h, .cor-panel .cor-h { font-weight: 700; margin-top: 4px; }
.cor-legend .note, .cor-panel .cor-note { color: #555; font-size: 11px; margin-top: 4px; }
.cor-panel { background: rgba(255,255,255,.96); border-radius: 5px; width: 380px;
  box-shadow: 0 0 4px rgba(0,0,0,.35); font: 12px/1.4 sans-serif; color: #222; }
.cor-panel-head { display: flex; align-items: center; gap: 8px; padding: 4px 6px; }
.cor-panel .cor-title { font: 600 14px sans-serif; }
.cor-toggle { border: 1px solid #999; background: #fff; border-radius: 3px; cursor: pointer;
  font-size: 14px; line-height: 18px; padding: 0 6px; }
.cor-panel-body { max-height: calc(100vh - 140px); overflow: auto; padding: 0 8px 8px; }
.cor-panel.closed { width: auto; }
.cor-panel.closed .cor-panel-body { display: none; }
.cor-switch { border: 1px solid #ccc; border-radius: 4px; margin: 0 0 6px; padding: 2px 8px; }
.cor-switch label { display: block; cursor: pointer; }
.cor-headlines { margin: 2px 0 6px; padding-left: 18px; }
.cor-table { border-collapse: collapse; width: 100%; }
.cor-table th { text-align: left; border-bottom: 1px solid #999; position: sticky; top: 0;
  background: #fff; }
.cor-table td, .cor-table th { padding: 2px 4px; vertical-align: top; }
.cor-table tr { cursor: pointer; }
.cor-table tr:hover td { background: #eef3f8; }
.cor-table tr.sel td { background: #ffe9a8; }
.cor-table tr.off td { color: #888; }
"""
