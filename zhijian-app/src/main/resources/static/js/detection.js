// Series detection page: observed counts as bars, the expected line and the threshold, alarms marked in red.
(function () {
  'use strict';
  var el = document.getElementById('detection-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  function list(name) {
    return el.dataset[name].split(',').map(function (v) { return v === '' ? null : Number(v); });
  }
  var weeks = list('weeks'), observed = list('observed'), expected = list('expected'), upper = list('upper');
  var alarms = list('alarms');
  var labels = el.dataset.labels ? el.dataset.labels.split(',') : weeks.map(String);
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['观测', '期望', '阈值', '报警'] },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    dataZoom: [{ type: 'slider' }, { type: 'inside' }],
    xAxis: { type: 'category', data: labels, name: '周' },
    yAxis: { type: 'value', name: '计数' },
    series: [
      { name: '观测', type: 'bar', data: observed.map(function (v, i) {
        return { value: v, itemStyle: { color: alarms[i] === 1 ? '#c62828' : '#1d4e89' } };
      }) },
      { name: '期望', type: 'line', data: expected, showSymbol: false, lineStyle: { type: 'dashed' }, connectNulls: false },
      { name: '阈值', type: 'line', data: upper, showSymbol: false, step: 'middle', lineStyle: { color: '#e65100' },
        areaStyle: { color: 'rgba(230, 81, 0, 0.08)' }, connectNulls: false },
      { name: '报警', type: 'scatter', symbolSize: 10, itemStyle: { color: '#c62828' },
        data: labels.map(function (w, i) { return alarms[i] === 1 ? [w, observed[i]] : null; })
          .filter(function (p) { return p !== null; }) }
    ]
  });
  el.dataset.rendered = String(weeks.length);
  window.addEventListener('resize', function () { chart.resize(); });
}());
