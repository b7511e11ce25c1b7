// Draws the outcome charts with uPlot from each figure's data-chart JSON. The figure's sentence and table say the
// same in words (and are all there is without script); the key under the chart says what each line, dash and
// hatching means, so nothing is told by colour alone.
(function () {
  'use strict';
  var INK = '#1d2733', MUTED = '#516070', BRAND = '#0b5cad', OK = '#1e7a3c', DAY = 86400;

  function seconds(isoDay) {
    var p = isoDay.split('-');
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 1000;
  }

  function px(n) { return Math.round(n * devicePixelRatio); }

  function hatch(ctx) {
    var tile = document.createElement('canvas');
    tile.width = tile.height = px(8);
    var t = tile.getContext('2d');
    t.fillStyle = 'rgba(30,122,60,0.10)';
    t.fillRect(0, 0, tile.width, tile.height);
    t.strokeStyle = 'rgba(30,122,60,0.6)';
    t.lineWidth = devicePixelRatio;
    t.beginPath(); t.moveTo(0, tile.height); t.lineTo(tile.width, 0); t.stroke();
    return ctx.createPattern(tile, 'repeat');
  }

  function label(ctx, text, x, y, colour) {
    ctx.fillStyle = colour;
    ctx.font = px(12) + 'px system-ui, sans-serif';
    ctx.fillText(text, x, y);
  }

  // The band of an important improvement: from 0 up to d.band, hatched, with its name written in it.
  function band(d) {
    return function (u) {
      if (d.band == null) { return; }
      var ctx = u.ctx, top = u.valToPos(d.band, 'y', true), bottom = u.valToPos(0, 'y', true);
      ctx.save();
      ctx.fillStyle = hatch(ctx);
      ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
      label(ctx, 'important improvement', u.bbox.left + px(6), top + px(14), OK);
      ctx.restore();
    };
  }

  // A dashed horizontal reference (the value at the start, the plan's sessions a week), named at its right end.
  function reference(value, name) {
    return function (u) {
      if (value == null) { return; }
      var ctx = u.ctx, y = u.valToPos(value, 'y', true);
      ctx.save();
      ctx.strokeStyle = MUTED;
      ctx.lineWidth = px(2);
      ctx.setLineDash([px(7), px(5)]);
      ctx.beginPath(); ctx.moveTo(u.bbox.left, y); ctx.lineTo(u.bbox.left + u.bbox.width, y); ctx.stroke();
      ctx.textAlign = 'right';
      label(ctx, name, u.bbox.left + u.bbox.width - px(4), y - px(5), INK);
      ctx.restore();
    };
  }

  function yAxis(max) {
    return { stroke: INK, splits: function () {
      var s = [], step = max > 20 ? 20 : max > 5 ? 2 : 1;
      for (var i = 0; i <= max; i += step) { s.push(i); }
      return s;
    } };
  }

  function base(width, height, d, refValue, refName) {
    return {
      width: width, height: height, legend: { show: false }, cursor: { show: false },
      hooks: { drawClear: [band(d)], draw: [reference(refValue, refName)] }
    };
  }

  // Daily pain over the episode's days (at least a week wide, so one day is not a whole axis).
  function painChart(d, width) {
    var xs = [], ys = [];
    d.dates.forEach(function (day, i) { xs.push(seconds(day)); ys.push(d.values[i]); });
    var from = seconds(d.from), to = Math.max(seconds(d.to), from + 6 * DAY);
    var o = base(width, 220, d, d.baseline, 'at the start');
    o.tzDate = function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); };
    o.scales = { x: { time: true, range: [from - DAY / 2, to + DAY / 2] }, y: { range: [0, d.max] } };
    o.axes = [{ stroke: INK, space: 56, values: function (u, splits) {
      return splits.map(function (s) {
        return new Date(s * 1000).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
      });
    } }, yAxis(d.max)];
    o.series = [{}, { label: 'pain', stroke: BRAND, width: 2.5, spanGaps: true,
      points: { show: true, size: 8, fill: BRAND } }];
    return { opts: o, data: [xs, ys] };
  }

  // d.values at evenly spaced positions named by d.labels (re-assessments, weeks), drawn as the series says.
  function labelledChart(d, width, height, refValue, refName, series) {
    var xs = d.labels.map(function (_, i) { return i + 1; });
    var o = base(width, height, d, refValue, refName);
    o.scales = { x: { time: false, range: [0.5, xs.length + 0.5] }, y: { range: [0, d.max] } };
    o.axes = [{ stroke: INK, splits: function () { return xs; },
      values: function (u, splits) { return splits.map(function (s) { return d.labels[s - 1] || ''; }); } },
      yAxis(d.max)];
    o.series = [{}, series];
    return { opts: o, data: [xs, d.values] };
  }

  // The start, then each re-assessment.
  function momentsChart(d, width) {
    return labelledChart(d, width, 220, d.baseline, 'at the start',
      { label: 'score', stroke: BRAND, width: 2.5, points: { show: true, size: 9, fill: BRAND } });
  }

  function barChart(d, width) {
    return labelledChart(d, width, 200, d.target, 'plan', { label: 'value', fill: 'rgba(11,92,173,0.75)',
      stroke: BRAND, width: 1, paths: uPlot.paths.bars({ size: [0.6, 48] }), points: { show: false } });
  }

  var CHARTS = { line: painChart, moments: momentsChart, bars: barChart };

  function draw(figure) {
    var d = JSON.parse(figure.getAttribute('data-chart'));
    var box = figure.querySelector('.chart-canvas');
    var chart = CHARTS[d.type](d, Math.max(260, box.clientWidth || 320));
    box.textContent = '';
    var plot = new uPlot(chart.opts, chart.data, box);
    figure.setAttribute('data-drawn', 'true');
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        var w = Math.max(260, box.clientWidth);
        if (w !== plot.width) { plot.setSize({ width: w, height: chart.opts.height }); }
      }).observe(box);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.uPlot) { return; }
    document.querySelectorAll('figure[data-chart]').forEach(draw);
  });
})();
