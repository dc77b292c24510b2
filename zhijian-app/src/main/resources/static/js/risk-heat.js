// Signal heat map: the Hunan map (prefectures or counties) coloured by the number of signals of the week.
(function () {
  'use strict';
  var el = document.getElementById('heat-map');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var counts = {};
  (el.dataset.counts || '').split(';').filter(Boolean).forEach(function (pair) {
    var kv = pair.split('=');
    counts[kv[0]] = Number(kv[1]);
  });
  var county = el.dataset.level === 'COUNTY';
  fetch(county ? '/geo/hunan-counties.geojson' : '/geo/hunan-prefectures.geojson')
    .then(function (r) { return r.json(); })
    .then(function (geo) {
      echarts.registerMap('heat', geo);
      var data = geo.features.map(function (f) {
        var code = String(f.properties.adcode);
        return { name: f.properties.name, value: counts[code] || 0, code: code };
      });
      var max = Math.max.apply(null, data.map(function (d) { return d.value; }).concat([1]));
      var chart = echarts.init(el);
      chart.setOption({
        title: { text: '信号强度地图', left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (p.data ? p.data.value : 0) + ' 个信号'; } },
        visualMap: { min: 0, max: max, left: 'left', bottom: 10, text: ['多', '少'], calculable: true,
          inRange: { color: ['#f5f5f5', '#ffcc80', '#c62828'] } },
        series: [{ type: 'map', map: 'heat', data: data, label: { show: !county, fontSize: 10 } }]
      });
      chart.on('click', function (p) {
        if (p.data && p.data.code) { window.location = el.dataset.link + '&region=' + p.data.code; }
      });
      el.dataset.rendered = String(Object.keys(counts).length);
    });
}());
