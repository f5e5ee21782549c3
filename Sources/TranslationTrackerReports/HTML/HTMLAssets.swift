/// The inline style sheet and script of the HTML report. Inline so the page is one file that
/// works offline and from `file://`; the page's Content-Security-Policy allows nothing else.
enum HTMLAssets {
    /// Light and dark colours from `prefers-color-scheme`; states keep their hue in both.
    static let css = """
        :root {
          color-scheme: light dark;
          --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --head: #f6f8fa; --stripe: #fafbfc;
          --track: #e6e9ed; --link: #0969da;
          --complete: #1a7f37; --outdated: #cf222e; --incomplete: #9a6700; --missing: #6e7781;
          --error: #cf222e; --warning: #9a6700; --info: #0969da;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --head: #151b23; --stripe: #10151c;
            --track: #262c36; --link: #4493f8;
            --complete: #3fb950; --outdated: #f85149; --incomplete: #d29922; --missing: #8b949e;
            --error: #f85149; --warning: #d29922; --info: #4493f8;
          }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP", sans-serif; }
        header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 24px; }
        footer { padding-bottom: 32px; color: var(--muted); font-size: .9em; }
        h1 { font-size: 1.6rem; margin: 0; }
        h2 { font-size: 1.3rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
        h3 { font-size: 1.05rem; margin: 24px 0 8px; }
        h4 { font-size: .95rem; margin: 12px 0 4px; }
        a { color: var(--link); }
        code { font: .88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
        .project { margin: 0; font-size: 1.1rem; }
        .muted { color: var(--muted); }
        .summary { font-weight: 600; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: start; padding: 4px 0 8px; color: var(--muted); }
        th, td { padding: 6px 8px; border-bottom: 1px solid var(--border); text-align: start; vertical-align: middle; }
        thead th { background: var(--head); font-weight: 600; white-space: nowrap; }
        tbody tr:nth-child(even) { background: var(--stripe); }
        tbody th { font-weight: 600; }
        tbody th a { color: inherit; text-decoration-color: var(--border); text-underline-offset: 3px; }
        tbody th a:hover { color: var(--link); text-decoration-color: currentColor; }
        /* A right-to-left autonym lines up with the others in this left-to-right table ("end" is left in RTL). */
        tbody th[dir="rtl"] { text-align: end; }
        .num { text-align: end; white-space: nowrap; }
        .sort-hint { display: none; }
        .js-sortable .sort-hint { display: inline; }
        th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; margin: 0; cursor: pointer;
          text-align: inherit; display: inline-flex; gap: 4px; align-items: baseline; }
        th button::after { content: "↕"; opacity: .35; font-size: .85em; }
        th[aria-sort="ascending"] button::after { content: "▲"; opacity: 1; }
        th[aria-sort="descending"] button::after { content: "▼"; opacity: 1; }
        th button:focus-visible, summary:focus-visible, a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
        .state { display: inline-block; padding: 0 8px; border: 1px solid currentColor; border-radius: 999px; font-size: .85em; font-weight: 600; }
        .state-complete { color: var(--complete); }
        .state-outdated { color: var(--outdated); }
        .state-incomplete { color: var(--incomplete); }
        .state-missing { color: var(--missing); }
        .meter { display: inline-block; width: 56px; height: 8px; margin-inline-end: 8px; border-radius: 4px; overflow: hidden;
          background: var(--track); vertical-align: middle; }
        .meter > span { display: block; height: 100%; background: currentColor; }
        .sev { display: inline-block; min-width: 4.5em; font-size: .8em; font-weight: 700; text-transform: uppercase; }
        .sev-error { color: var(--error); }
        .sev-warning { color: var(--warning); }
        .sev-info { color: var(--info); }
        .message { white-space: pre-wrap; }
        .chart-figure { margin: 16px 0; }
        .chart-figure figcaption { color: var(--muted); font-size: .9em; }
        svg.chart { width: 100%; max-width: 760px; height: auto; display: block; }
        .chart text { fill: var(--fg); font-size: 13px; }
        .chart .tick { fill: var(--muted); font-size: 11px; }
        .chart .grid { stroke: var(--border); stroke-width: 1; }
        .chart .track { fill: var(--track); }
        .chart .fill-complete { fill: var(--complete); }
        .chart .fill-outdated { fill: var(--outdated); }
        .chart .fill-incomplete { fill: var(--incomplete); }
        .chart .fill-missing { fill: var(--missing); }
        details { border: 1px solid var(--border); border-radius: 6px; margin: 6px 0; padding: 0 12px; }
        details[open] { padding-bottom: 8px; }
        summary { cursor: pointer; padding: 6px 0; }
        summary .state { margin-inline: 6px; }
        ul { margin: 4px 0; padding-inline-start: 22px; }
        li { margin: 2px 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        """

    /// Sorts every `table[data-sortable]` by the clicked heading (numbers by `data-sort`, text by
    /// locale order; equal keys keep the page's order), following the WAI-ARIA sortable-table
    /// pattern: buttons in the headings, `aria-sort` on the sorted one, a polite announcement.
    /// Without scripts the table stays as the page wrote it. Also opens a `<details>` named by
    /// the address's fragment. Marks each table `data-sortable="ready"` once set up.
    static let script = """
        (function () {
          "use strict";
          var live = document.getElementById("sort-status");
          var tables = document.querySelectorAll("table[data-sortable]");
          for (var t = 0; t < tables.length; t++) setUp(tables[t]);

          function setUp(table) {
            var body = table.tBodies[0];
            if (!table.tHead || !body) return;
            for (var r = 0; r < body.rows.length; r++) body.rows[r].setAttribute("data-order", String(r));
            var headers = table.tHead.rows[0].cells;
            for (var i = 0; i < headers.length; i++) {
              var th = headers[i];
              var type = th.getAttribute("data-type");
              if (!type) continue;
              var button = document.createElement("button");
              button.type = "button";
              while (th.firstChild) button.appendChild(th.firstChild);
              th.appendChild(button);
              button.addEventListener("click", sorter(table, th, i, type));
            }
            table.classList.add("js-sortable");
            table.setAttribute("data-sortable", "ready");
          }

          function key(row, index, type) {
            var cell = row.cells[index];
            var value = cell ? cell.getAttribute("data-sort") : null;
            if (value === null) value = cell ? cell.textContent.trim() : "";
            if (type !== "number") return value;
            var number = parseFloat(value);
            return isNaN(number) ? -Infinity : number;
          }

          function compare(x, y, type) {
            if (type === "number") return x < y ? -1 : x > y ? 1 : 0;
            return x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
          }

          function sorter(table, th, index, type) {
            return function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var order = compare(key(a, index, type), key(b, index, type), type);
                if (!ascending) order = -order;
                return order || Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
              });
              for (var r = 0; r < rows.length; r++) body.appendChild(rows[r]);
              var headers = table.tHead.rows[0].cells;
              for (var i = 0; i < headers.length; i++) headers[i].removeAttribute("aria-sort");
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              if (live) live.textContent = "Sorted by " + th.textContent.trim() + ", " + (ascending ? "ascending" : "descending");
            };
          }

          function openTarget() {
            var id = decodeURIComponent(location.hash.slice(1));
            var target = id ? document.getElementById(id) : null;
            if (target && target.tagName === "DETAILS") target.open = true;
          }
          window.addEventListener("hashchange", openTarget);
          openTarget();
        })();
        """
}
