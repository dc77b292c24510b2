// Pass-rate page: groups ranked by rate with their Wilson 95 % interval as whiskers, and the five-year trend.
(function () {
  'use strict';
  var bars = document.getElementById('pass-rate-chart');
  var trend = document.getElementById('trend-chart');
  if (!bars || typeof echarts === 'undefined') {
    return;
  }
  fetch(bars.dataset.api + window.location.search, { credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var groups = data.groups.slice().sort(function (a, b) { return a.rate - b.rate; });
      var names = groups.map(function (g) { return g.name; });
      var chart = echarts.init(bars);
      chart.setOption({
        title: { text: '合格率（含 95% 置信区间）', left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (p) {
          var g = groups[p[0].dataIndex];
          return g.name + '<br>' + (g.rate * 100).toFixed(2) + '%（' + (g.lower * 100).toFixed(2) + '% – '
            + (g.upper * 100).toFixed(2) + '%）<br>抽检 ' + g.total + ' 批次';
        } },
        grid: { left: 110, right: 30, top: 40, bottom: 30 },
        xAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min * 20) / 20); }, max: 1,
          axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
        yAxis: { type: 'category', data: names },
        series: [
          { type: 'bar', data: groups.map(function (g) { return { value: g.rate,
              itemStyle: { color: g.outlier ? (g.residual > 0 ? '#c62828' : '#2e7d32') : '#1d4e89' } }; }) },
          { type: 'custom', name: '95% 置信区间', data: groups.map(function (g, i) { return [i, g.lower, g.upper]; }),
            renderItem: function (params, api) {
              var y = api.value(0), lo = api.coord([api.value(1), y]), hi = api.coord([api.value(2), y]);
              var h = api.size([0, 1])[1] * 0.25;
              var style = { stroke: '#333', lineWidth: 1.2 };
              return { type: 'group', children: [
                { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: style },
                { type: 'line', shape: { x1: lo[0], y1: lo[1] - h, x2: lo[0], y2: lo[1] + h }, style: style },
                { type: 'line', shape: { x1: hi[0], y1: hi[1] - h, x2: hi[0], y2: hi[1] + h }, style: style }] };
            }, z: 10 }
        ]
      });
      bars.dataset.groups = String(groups.length);
    });
  if (trend) {
    var years = trend.dataset.years.split(',');
    var rates = trend.dataset.rates.split(',').map(function (v) { return v === '' ? null : Number(v); });
    echarts.init(trend).setOption({
      title: { text: '近五年合格率', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : (v * 100).toFixed(2) + '%'; } },
      grid: { left: 60, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (v) { return (v * 100).toFixed(0) + '%'; } } },
      series: [{ type: 'line', data: rates, connectNulls: true, symbolSize: 8 }]
    });
  }
}());
