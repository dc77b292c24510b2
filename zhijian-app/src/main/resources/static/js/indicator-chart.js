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
