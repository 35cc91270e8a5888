/* kundfokus web pages: sortable and filterable tables, the charts, the live progress of an analysis.
   Plain JavaScript from this server only (the content security policy allows nothing else). */
(function () {
  "use strict";

  var SEGMENT_COLOURS = {
    prioritise: "#2e7d32",
    awaken_need: "#d69e2e",
    serve_efficiently: "#1565c0",
    deprioritise: "#9aa5b1",
    not_segmented: "#cbd2d9"
  };

  /* Tooltips are HTML: every value from the data is escaped first. */
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error(url + " answered " + r.status); }
        return r.json();
      });
  }

  /* Tables: click a column title to sort by it (again to reverse). */
  function sortable(table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, index) {
      var sort = function () {
        var numeric = th.getAttribute("data-type") === "number";
        var ascending = !th.classList.contains("asc");
        heads.forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(ascending ? "asc" : "desc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[index], numeric), y = key(b.cells[index], numeric);
          var c = numeric ? x - y : String(x).localeCompare(String(y), document.documentElement.lang);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  }

  function key(cell, numeric) {
    if (!cell) { return numeric ? -Infinity : ""; }
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent.trim(); }
    if (!numeric) { return v.toLowerCase(); }
    var n = parseFloat(v);
    return isNaN(n) ? -Infinity : n;
  }

  /* Lists: the filter field hides rows that do not contain its text. */
  function filterable(section) {
    var input = section.querySelector("input.filter");
    var table = section.querySelector("table");
    if (!input || !table) { return; }
    input.addEventListener("input", function () {
      var wanted = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = wanted !== "" && row.textContent.toLowerCase().indexOf(wanted) < 0;
      });
    });
  }

  function chart(el) {
    var c = window.echarts.init(el, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }

  function rendered(el) { el.setAttribute("data-rendered", "true"); }

  function pareto(el, data) {
    var points = data.pareto.map(function (p) { return [100 * p.customer_share, 100 * p.revenue_share]; });
    chart(el).setOption({
      animation: false,
      grid: { left: 55, right: 20, top: 20, bottom: 45 },
      xAxis: { type: "value", min: 0, max: 100, name: el.getAttribute("data-x"), nameLocation: "middle", nameGap: 28,
               axisLabel: { formatter: "{value} %" } },
      yAxis: { type: "value", min: 0, max: 100, name: el.getAttribute("data-y"), nameLocation: "middle", nameGap: 40,
               axisLabel: { formatter: "{value} %" } },
      tooltip: { trigger: "axis", valueFormatter: function (v) { return Math.round(v) + " %"; } },
      series: [{ type: "line", data: points, showSymbol: false, areaStyle: { opacity: 0.15 }, lineStyle: { width: 2 },
                 markLine: { silent: true, symbol: "none", lineStyle: { type: "dashed", color: "#9aa5b1" },
                             data: [{ xAxis: 20 }] } }]
    });
    rendered(el);
  }

  function lifts(el, data) {
    var bars = data.lifts.slice().reverse();
    chart(el).setOption({
      animation: false,
      grid: { left: 10, right: 30, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: "value", name: el.getAttribute("data-x"), nameLocation: "middle", nameGap: 26 },
      yAxis: { type: "category", data: bars.map(function (b) { return b.label; }),
               axisLabel: { width: 220, overflow: "truncate" } },
      tooltip: { trigger: "item", formatter: function (p) {
        var b = bars[p.dataIndex];
        return esc(b.label) + "<br>" + esc(b.lift.toFixed(2) + " (" + b.best_customers + " / " + b.customers + ")");
      } },
      series: [{ type: "bar", data: bars.map(function (b) { return b.lift; }), itemStyle: { color: "#0b5f6d" },
                 markLine: { silent: true, symbol: "none", lineStyle: { type: "dashed" }, data: [{ xAxis: 1 }] } }]
    });
    rendered(el);
  }

  function scatter(el, data) {
    var max = data.scatter.reduce(function (m, p) { return Math.max(m, p.revenue); }, 1);
    var size = function (revenue) { return 5 + 35 * Math.sqrt(revenue / max); };
    var series = data.segments.map(function (s) {
      return {
        name: s.name, type: "scatter",
        itemStyle: { color: SEGMENT_COLOURS[s.key] || "#888", opacity: 0.7 },
        data: data.scatter.filter(function (p) { return p.segment === s.key; })
          .map(function (p) { return { value: [p.fit, p.pain, p.revenue], id: p.customer_id, name: p.name || p.customer_id }; }),
        symbolSize: function (v) { return size(v[2]); }
      };
    }).filter(function (s) { return s.data.length > 0; });
    var c = chart(el);
    c.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 55, right: 20, top: 40, bottom: 45 },
      xAxis: { type: "value", min: 0, max: 100, name: el.getAttribute("data-x"), nameLocation: "middle", nameGap: 28 },
      yAxis: { type: "value", min: 0, max: 100, name: data.has_pain ? el.getAttribute("data-y") : el.getAttribute("data-nopain"),
               nameLocation: "middle", nameGap: 36 },
      tooltip: { trigger: "item", formatter: function (p) {
        return esc(p.data.name) + "<br>" + esc(Math.round(p.value[0]) + " × " + Math.round(p.value[1]) + " · "
          + Math.round(p.value[2]).toLocaleString(document.documentElement.lang));
      } },
      series: series
    });
    c.on("click", function (p) { if (p.data && p.data.id) { window.location.href = "/customers/" + encodeURIComponent(p.data.id); } });
    rendered(el);
  }

  function history(el) {
    getJson(el.getAttribute("data-url")).then(function (data) {
      chart(el).setOption({
        animation: false,
        grid: { left: 70, right: 20, top: 20, bottom: 40 },
        xAxis: { type: "category", data: data.months.map(function (m) { return m.month; }) },
        yAxis: { type: "value" },
        tooltip: { trigger: "axis" },
        series: [{ type: "bar", data: data.months.map(function (m) { return Math.round(m.revenue); }),
                   itemStyle: { color: "#0b5f6d" } }]
      });
      rendered(el);
    }).catch(function (e) { el.textContent = e.message; });
  }

  function charts() {
    if (!window.echarts) { return; }
    var dashboard = document.querySelectorAll("[data-chart=pareto],[data-chart=lifts],[data-chart=scatter]");
    if (dashboard.length > 0) {
      getJson("/api/charts").then(function (data) {
        dashboard.forEach(function (el) {
          var kind = el.getAttribute("data-chart");
          if (kind === "pareto") { pareto(el, data); }
          if (kind === "lifts") { lifts(el, data); }
          if (kind === "scatter") { scatter(el, data); }
        });
      }).catch(function (e) { dashboard.forEach(function (el) { el.textContent = e.message; }); });
    }
    document.querySelectorAll("[data-chart=history]").forEach(history);
  }

  /* The progress of an analysis, polled until it is done. */
  function progress(box) {
    var words = document.getElementById("progress-words");
    var state = document.getElementById("job-state");
    var step = document.getElementById("job-step");
    var fill = document.getElementById("job-fill");
    var error = document.getElementById("job-error-live");
    var poll = function () {
      getJson(box.getAttribute("data-job")).then(function (job) {
        box.setAttribute("data-state", job.state);
        state.textContent = words.getAttribute("data-" + job.state) || job.state;
        var said = job.step ? words.getAttribute("data-step-" + job.step.toLowerCase().replace(/[^a-z0-9]+/g, "_")) : "";
        step.textContent = said || job.step || "";
        var share = job.total > 0 ? job.done / job.total : 0;
        fill.style.width = Math.round(100 * (job.state === "done" ? 1 : share)) + "%";
        if (job.state === "done") {
          window.location.href = box.getAttribute("data-next");
        } else if (job.state === "failed") {
          error.textContent = job.error || "";
          error.classList.remove("hidden");
        } else {
          window.setTimeout(poll, 400);
        }
      }).catch(function () { window.setTimeout(poll, 1500); });
    };
    poll();
  }

  ready(function () {
    document.querySelectorAll("table.sortable").forEach(sortable);
    document.querySelectorAll("section.list").forEach(filterable);
    var box = document.getElementById("progress");
    if (box) { progress(box); }
    charts();
  });
})();
