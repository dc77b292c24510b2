// Pass-rate page: groups ranked by rate with their Wilson 95 % interval as whiskers, and the five-year trend.
(function () {
  'use strict';
  var bars = document.getElementById('pass-rate-chart');
  var trend = document.getElementById('trend-chart');
  if (!bars || typeof echarts === 'undefined') {
    return;
  }
  fetch(bars.dataset.api, { credentials: 'same-origin' })
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
          axisLabel: { formatter: percent } },
        yAxis: { type: 'category', data: names },
        series: [
          { type: 'bar', data: groups.map(function (g) { return { value: g.rate,
              itemStyle: { color: g.outlier ? (g.residual > 0 ? '#c62828' : '#2e7d32') : '#1d4e89' } }; }) },
          { type: 'custom', name: '95% 置信区间', data: groups.map(function (g, i) { return [i, g.lower, g.upper]; }),
            encode: { x: [1, 2], y: 0 },
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
      if (bars.dataset.drill) {
        chart.on('click', function (p) {
          var g = groups[p.dataIndex];
          if (g) { window.location = bars.dataset.drill + encodeURIComponent(g.key); }
        });
      }
      bars.dataset.groups = String(groups.length);
      try { // read by the browser tests: the bars' axis starts near the lowest interval, not at 0 %
        bars.dataset.axisMin = String(chart.getModel().getComponent('xAxis').axis.scale.getExtent()[0]);
      } catch (e) { /* an ECharts without this internal API: nothing to report */ }
      drawMap(data.groups);
    });

  // The Hunan map (prefectures, or the counties of one prefecture) coloured by pass rate; a click drills down.
  function drawMap(groups) {
    var el = document.getElementById('pass-rate-map');
    if (!el || el.dataset.region && el.dataset.level === 'county' && el.dataset.region.slice(4) !== '00') {
      return;
    }
    var county = el.dataset.level === 'county';
    fetch(county ? '/geo/hunan-counties.geojson' : '/geo/hunan-prefectures.geojson')
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        if (county) {
          geo = { type: 'FeatureCollection', features: geo.features.filter(function (f) {
            return f.properties.parent && String(f.properties.parent.adcode) === el.dataset.region; }) };
        }
        echarts.registerMap('rates', geo);
        var nameByCode = {};
        geo.features.forEach(function (f) { nameByCode[String(f.properties.adcode)] = f.properties.name; });
        var data = groups.filter(function (g) { return nameByCode[g.key]; }).map(function (g) {
          return { name: nameByCode[g.key], value: Math.round(g.rate * 10000) / 100, code: g.key, total: g.total };
        });
        var values = data.map(function (d) { return d.value; });
        var map = echarts.init(el);
        map.setOption({
          title: { text: '合格率地图', left: 'center', textStyle: { fontSize: 14 } },
          tooltip: { trigger: 'item', formatter: function (p) {
            return p.data ? p.name + '：' + p.data.value + '%（' + p.data.total + ' 批次）' : p.name + '：无数据'; } },
          visualMap: { min: Math.floor(Math.min.apply(null, values.concat([100]))), max: 100, left: 'left', bottom: 10,
            text: ['高', '低'], calculable: true, inRange: { color: ['#c62828', '#fff59d', '#2e7d32'] } },
          series: [{ type: 'map', map: 'rates', data: data, label: { show: true, fontSize: 10 } }]
        });
        el.dataset.regions = String(data.length);
        if (!county) {
          map.on('click', function (p) {
            if (p.data && p.data.code) { window.location = el.dataset.link + '&region=' + p.data.code; }
          });
        }
      });
  }
  // An axis label: as many decimals as the ticks need (91.2%, 91.4% rather than 91% 91%), no trailing zeros.
  function percent(v) {
    return Number((v * 100).toFixed(2)) + '%';
  }
  if (trend) {
    var years = trend.dataset.years.split(',');
    var rates = trend.dataset.rates.split(',').map(function (v) { return v === '' ? null : Number(v); });
    echarts.init(trend).setOption({
      title: { text: '近五年合格率', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : (v * 100).toFixed(2) + '%'; } },
      grid: { left: 60, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: percent } },
      series: [{ type: 'line', data: rates, connectNulls: true, symbolSize: 8 }]
    });
  }
}());
