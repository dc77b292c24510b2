// Credit-risk classes by region: the Hunan map coloured by the share of C and D, and the classes stacked per region
// (read from the table beside the map, which stays the accessible source of the numbers).
(function () {
  'use strict';
  var el = document.getElementById('credit-map');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var share = {};
  (el.dataset.share || '').split(';').filter(Boolean).forEach(function (pair) {
    var kv = pair.split('=');
    share[kv[0]] = Number(kv[1]);
  });
  var county = el.dataset.county === 'true';
  fetch(county ? '/geo/hunan-counties.geojson' : '/geo/hunan-prefectures.geojson')
    .then(function (r) { return r.json(); })
    .then(function (geo) {
      var features = geo.features.filter(function (f) {
        return !county || share[String(f.properties.adcode)] !== undefined;
      });
      echarts.registerMap('credit', { type: 'FeatureCollection', features: features });
      var data = features.map(function (f) {
        var code = String(f.properties.adcode);
        return { name: f.properties.name, value: share[code] || 0, code: code };
      });
      var max = Math.max.apply(null, data.map(function (d) { return d.value; }).concat([1]));
      var chart = echarts.init(el);
      chart.setOption({
        title: { text: 'C、D 类企业占比（%）', left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (p.data ? p.data.value : 0) + '%'; } },
        visualMap: { min: 0, max: max, left: 'left', bottom: 10, text: ['高', '低'], calculable: true,
          inRange: { color: ['#f1f8e9', '#ffcc80', '#c62828'] } },
        series: [{ type: 'map', map: 'credit', data: data, label: { show: !county, fontSize: 10 } }]
      });
      chart.on('click', function (p) {
        if (p.data && p.data.code && !county) { window.location = el.dataset.link + '&region=' + p.data.code; }
      });
      el.dataset.rendered = String(data.length);
    });
  var bars = document.getElementById('credit-bars');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#by-region tbody tr'));
  if (!bars || rows.length === 0) {
    return;
  }
  var names = rows.map(function (r) { return r.cells[0].textContent.trim(); });
  var colours = { A: '#2e7d32', B: '#1565c0', C: '#f59e0b', D: '#c62828' };
  var series = ['A', 'B', 'C', 'D'].map(function (k, i) {
    return { name: k + ' 类', type: 'bar', stack: 'all', itemStyle: { color: colours[k] },
      data: rows.map(function (r) { return Number(r.cells[i + 1].textContent); }) };
  });
  echarts.init(bars).setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 70 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: 40, fontSize: 10 } },
    yAxis: { type: 'value', name: '企业数' },
    series: series
  });
}());
