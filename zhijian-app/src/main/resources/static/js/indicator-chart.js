// An indicator's values by year with the linear trajectory from baseline to target and the target line.
(function () {
  'use strict';
  var el = document.getElementById('indicator-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  function list(name) {
    return el.dataset[name].split(',').map(function (v) { return v === '' ? null : Number(v); });
  }
  var years = el.dataset.years.split(',');
  echarts.init(el).setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['实际值', '轨迹', '目标'] },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: el.dataset.unit, scale: true },
    series: [
      { name: '实际值', type: 'line', data: list('values'), connectNulls: true, symbolSize: 8, itemStyle: { color: '#1d4e89' } },
      { name: '轨迹', type: 'line', data: list('trajectory'), showSymbol: false, lineStyle: { type: 'dashed', color: '#888' } },
      { name: '目标', type: 'line', data: list('target'), showSymbol: false, lineStyle: { color: '#c62828' } }
    ]
  });
  el.dataset.rendered = String(years.length);
}());

// The prefectures coloured by the indicator's status; a click opens the prefecture.
(function () {
  'use strict';
  var el = document.getElementById('indicator-map');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var colors = { MET: '#2e7d32', ON_TRACK: '#a5d6a7', BEHIND: '#ffca28', WARNING: '#c62828', NO_DATA: '#eeeeee', NO_TARGET: '#e0e0e0' };
  var byCode = {};
  (el.dataset.statuses || '').split(';').filter(Boolean).forEach(function (entry) {
    var f = entry.split('=');
    byCode[f[0]] = { status: f[1], label: f[2], value: f[3] };
  });
  fetch('/geo/hunan-prefectures.geojson')
    .then(function (r) { return r.json(); })
    .then(function (geo) {
      echarts.registerMap('indicator', geo);
      var data = geo.features.map(function (f) {
        var code = String(f.properties.adcode), s = byCode[code] || { status: 'NO_DATA', label: '无数据', value: '' };
        return { name: f.properties.name, code: code, label: s.label, raw: s.value,
          itemStyle: { areaColor: colors[s.status] || '#eeeeee' } };
      });
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          return p.data ? p.name + '：' + p.data.label + (p.data.raw ? '（' + Number(p.data.raw).toFixed(2) + '）' : '') : p.name; } },
        series: [{ type: 'map', map: 'indicator', data: data, label: { show: true, fontSize: 10 } }]
      });
      chart.on('click', function (p) {
        if (p.data && p.data.code) { window.location = el.dataset.link + '?region=' + p.data.code; }
      });
      el.dataset.rendered = String(Object.keys(byCode).length);
    });
}());
