// The style sheet and script the report page carries inline. The script reads nothing but the page
// the writer made (no data block, no network): it reveals the controls, filters rows as one types,
// sorts by a column and zooms the diagram. Without it the page shows everything at 100%.
#include "export/html_report.hpp"

namespace policygraph::exporting {

std::string_view report_style() {
  return R"CSS(:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --band: #f5f7fa; --accent: #1f4e8c; --quote: #fbf8ef; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.45 "Liberation Sans", "NanumGothic", "Noto Sans CJK KR", Arial, sans-serif; }
.pg-header { padding: 18px 28px 10px; border-bottom: 1px solid var(--line); background: var(--band); }
.pg-header h1 { margin: 0 0 4px; font-size: 22px; }
.pg-header p { margin: 0 0 8px; color: var(--muted); }
.pg-header nav a { margin-right: 18px; color: var(--accent); text-decoration: none; font-weight: bold; }
.pg-header nav a:hover { text-decoration: underline; }
main { padding: 4px 28px 20px; }
h2 { font-size: 17px; margin: 22px 0 8px; }
.pg-js { display: none; }
.pg-scripted .pg-js { display: inline; }
.pg-hint, .pg-note { color: var(--muted); margin: 4px 0 8px; }
.pg-note-small { color: var(--muted); font-size: 12px; margin: 0 0 2px; }
.pg-zoom { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }
.pg-zoom button, .pg-controls button { font: inherit; padding: 3px 11px; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
.pg-zoom button:hover, .pg-controls button:hover { background: var(--band); }
.pg-zoom output { color: var(--muted); min-width: 4em; }
.pg-diagram { overflow: auto; max-height: 62vh; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: grab; }
.pg-diagram.pg-dragging { cursor: grabbing; user-select: none; }
.pg-diagram svg { display: block; }
.pg-controls { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; padding: 10px 12px; margin-bottom: 10px; background: var(--band); border: 1px solid var(--line); border-radius: 4px; }
.pg-controls label { display: flex; gap: 6px; align-items: center; color: var(--muted); }
.pg-controls input, .pg-controls select { font: inherit; color: var(--ink); padding: 4px 6px; border: 1px solid #b9c0cc; border-radius: 4px; background: #fff; }
#pg-search { width: 26em; max-width: 70vw; }
#pg-from, #pg-to { width: 6em; }
#pg-count { margin-left: auto; font-weight: bold; }
.pg-scroll { overflow-x: auto; }
.pg-table { border-collapse: collapse; width: 100%; }
.pg-table th, .pg-table td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
.pg-table thead th { position: sticky; top: 0; background: #e9edf3; z-index: 1; white-space: nowrap; }
.pg-table thead th button { font: inherit; font-weight: bold; color: var(--ink); background: none; border: 0; padding: 0; cursor: pointer; }
.pg-scripted .pg-table thead th button::after { content: " \2195"; color: #9aa3b2; }
html:not(.pg-scripted) .pg-table thead th button { cursor: default; }
.pg-table thead th[aria-sort="ascending"] button::after { content: " \25B2"; color: var(--accent); }
.pg-table thead th[aria-sort="descending"] button::after { content: " \25BC"; color: var(--accent); }
.pg-table tbody tr:nth-child(even) { background: #fafbfc; }
.pg-table tbody th { font-weight: normal; min-width: 12em; }
.pg-plain tbody th { font-weight: bold; }
.pg-name { font-weight: bold; display: block; }
.pg-aliases { display: block; color: var(--muted); font-size: 12px; }
.pg-more { display: inline; }
.pg-more summary { display: inline; color: var(--muted); text-decoration: underline dotted; }
.pg-more[open] summary { font-weight: normal; }
.pg-facts { list-style: none; margin: 0; padding: 0; min-width: 9em; }
.pg-facts li + li { margin-top: 3px; }
.pg-detail { color: var(--muted); font-size: 12px; }
.pg-none { color: #b0b6c2; }
details summary { cursor: pointer; color: var(--accent); }
details[open] summary { font-weight: bold; }
.pg-evidence { margin: 4px 0 6px; padding: 6px 8px; background: var(--quote); border-left: 3px solid #d8c690; max-width: 34em; }
.pg-evidence blockquote { margin: 0; font-style: italic; }
.pg-evidence blockquote::before { content: "\201C"; }
.pg-evidence blockquote::after { content: "\201D"; }
.pg-source { margin: 2px 0 6px; color: var(--muted); font-size: 12px; }
.pg-source:last-child { margin-bottom: 0; }
.pg-source a { color: var(--accent); }
.pg-rule { white-space: nowrap; }
tr:target { outline: 2px solid #d8c690; }
.pg-footer { padding: 12px 28px 24px; color: var(--muted); border-top: 1px solid var(--line); }
@media print { .pg-controls, .pg-zoom, .pg-hint { display: none !important; } .pg-diagram { max-height: none; overflow: visible; } }
)CSS";
}

std::string_view report_script() {
  return R"JS((function () {
  'use strict';
  var show = function (element) { if (element) element.hidden = false; };
  document.documentElement.classList.add('pg-scripted');

  // The programmes: search as one types, filter by administration and years, sort by a column.
  var table = document.getElementById('pg-programme-table');
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var texts = null;  // each row's text, read on the first search (a long table opens at once)
    var search = document.getElementById('pg-search');
    var administration = document.getElementById('pg-administration');
    var from = document.getElementById('pg-from');
    var to = document.getElementById('pg-to');
    var count = document.getElementById('pg-count');
    var empty = document.getElementById('pg-empty');
    var form = document.getElementById('pg-controls');
    var year = function (input) { var v = parseInt(input.value, 10); return isNaN(v) ? null : v; };

    var apply = function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var chosen = administration.value, low = year(from), high = year(to), shown = 0;
      if (words.length && !texts) texts = rows.map(function (row) { return row.textContent.replace(/\s+/g, ' ').toLowerCase(); });
      rows.forEach(function (row, i) {
        var keep = words.every(function (word) { return texts[i].indexOf(word) >= 0; });
        if (keep && chosen) {
          var keys = row.getAttribute('data-administrations');
          keep = chosen === 'none' ? keys === '' : (' ' + keys + ' ').indexOf(' ' + chosen + ' ') >= 0;
        }
        if (keep && (low !== null || high !== null)) {
          var first = row.getAttribute('data-first'), last = row.getAttribute('data-last');
          if (first === null) keep = false;
          else keep = (low === null || last === null || parseInt(last, 10) >= low) && (high === null || parseInt(first, 10) <= high);
        }
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      count.value = shown === rows.length ? 'all ' + rows.length + ' programmes' : shown + ' of ' + rows.length + ' programmes';
      empty.hidden = shown !== 0;
    };
    [search, from, to].forEach(function (input) { input.addEventListener('input', apply); });
    administration.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    show(form);
    count.value = 'all ' + rows.length + ' programmes';

    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (header, column) {
      header.querySelector('button').addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        var numeric = header.getAttribute('data-type') === 'number';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var key = function (row) { return row.cells[column].getAttribute('data-sort') || ''; };
        // Ties keep the page's order (by name); rows without a value go last either way.
        var keys = rows.map(key);
        var sorted = rows.map(function (row, i) { return i; }).sort(function (a, b) {
          var x = keys[a], y = keys[b];
          if (x === '' || y === '') return x === y ? a - b : (x === '' ? 1 : -1);
          var c = numeric ? parseFloat(x) - parseFloat(y) : (x < y ? -1 : x > y ? 1 : 0);
          return c === 0 ? a - b : (ascending ? c : -c);
        });
        var fragment = document.createDocumentFragment();
        sorted.forEach(function (i) { fragment.appendChild(rows[i]); });
        body.appendChild(fragment);
      });
    });
  }

  // The diagram: buttons, the wheel and the keyboard zoom it; dragging moves it.
  var box = document.getElementById('pg-diagram');
  var svg = box && box.querySelector('svg');
  if (svg) {
    var level = document.getElementById('pg-zoom-level');
    var size = svg.getBoundingClientRect();
    var width = size.width, height = size.height, scale = 1;
    var zoom = function (next, x, y) {
      next = Math.min(8, Math.max(0.1, next));
      if (x === undefined) { x = box.clientWidth / 2; y = box.clientHeight / 2; }
      var px = (box.scrollLeft + x) / scale, py = (box.scrollTop + y) / scale;
      scale = next;
      svg.style.width = (width * scale) + 'px';
      svg.style.height = (height * scale) + 'px';
      box.scrollLeft = px * scale - x;
      box.scrollTop = py * scale - y;
      level.value = Math.round(scale * 100) + '%';
    };
    var fit = function () { zoom(Math.min(1, (box.clientWidth - 2) / width)); };
    document.getElementById('pg-zoom').addEventListener('click', function (event) {
      var what = event.target.getAttribute('data-zoom');
      if (what === 'in') zoom(scale * 1.25);
      else if (what === 'out') zoom(scale / 1.25);
      else if (what === 'fit') fit();
      else if (what === 'actual') zoom(1);
    });
    box.addEventListener('wheel', function (event) {
      event.preventDefault();
      var rect = box.getBoundingClientRect();
      zoom(scale * (event.deltaY < 0 ? 1.15 : 1 / 1.15), event.clientX - rect.left, event.clientY - rect.top);
    }, { passive: false });
    box.addEventListener('keydown', function (event) {
      if (event.key === '+' || event.key === '=') zoom(scale * 1.25);
      else if (event.key === '-') zoom(scale / 1.25);
      else if (event.key === '0') fit();
    });
    var drag = null;
    box.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, left: box.scrollLeft, top: box.scrollTop };
      box.classList.add('pg-dragging');
    });
    window.addEventListener('pointermove', function (event) {
      if (!drag) return;
      box.scrollLeft = drag.left - (event.clientX - drag.x);
      box.scrollTop = drag.top - (event.clientY - drag.y);
    });
    window.addEventListener('pointerup', function () { drag = null; box.classList.remove('pg-dragging'); });
    show(document.getElementById('pg-zoom'));
    fit();
  }
})();
)JS";
}

}  // namespace policygraph::exporting
