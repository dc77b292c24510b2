// Home dashboard: Hunan map coloured by the number of enterprises in the user's scope; click a prefecture
// (on the map or in the table beside it) to drill into its counties.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var chart = echarts.init(el);
  var back = document.getElementById('map-back');
  var title = document.getElementById('map-title');
  var table = document.getElementById('map-table');
  var countiesGeo = null;
  var measureSelect = document.getElementById('map-measure');
  var valueHead = document.getElementById('map-value-head');
  var current = null; // the prefecture shown, or null for the province

  // The chosen measure per region, as {regions: [{code, name, count}]}: enterprises, or this year's pass rate (%).
  var MEASURES = {
    enterprises: { unit: '家', label: '市场主体数量', colors: ['#fde7e4', '#b71c1c'], head: '数量',
      load: function (parent) { return json('/api/v1/enterprises/counts' + (parent ? '?parent=' + encodeURIComponent(parent) : '')); } },
    passRate: { unit: '%', label: '抽查合格率', colors: ['#c62828', '#fff59d', '#2e7d32'], head: '合格率',
      load: function (parent) {
        return json('/api/v1/sampling/pass-rates?by=region' + (parent ? '&region=' + encodeURIComponent(parent) : ''))
          .then(function (r) { return { regions: r.groups.map(function (g) {
            return { code: g.key, name: g.name, count: Math.round(g.rate * 10000) / 100 }; }) }; });
      } }
  };

  function measure() {
    return MEASURES[measureSelect ? measureSelect.value : 'enterprises'];
  }

  function json(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' ' + r.status); }
      return r.json();
    });
  }

  function render(mapName, geo, counts, label, level) {
    echarts.registerMap(mapName, geo);
    var nameByCode = {};
    geo.features.forEach(function (f) { nameByCode[String(f.properties.adcode)] = f.properties.name; });
    var data = counts.regions.map(function (r) {
      return { name: nameByCode[r.code] || r.name, value: r.count, code: r.code };
    });
    var m = measure();
    var values = data.map(function (d) { return d.value; });
    var max = m.unit === '%' ? 100 : Math.max(1, Math.max.apply(null, values));
    var min = m.unit === '%' ? Math.floor(Math.min.apply(null, values.concat([100]))) : 0;
    chart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        return p.name + '：' + (p.value == null || isNaN(p.value) ? '无数据' : p.value + ' ' + m.unit); } },
      visualMap: { min: min, max: max, left: 'left', bottom: 10, text: ['高', '低'], calculable: true,
        inRange: { color: m.colors } },
      series: [{ type: 'map', map: mapName, name: label, data: data, label: { show: true, fontSize: 10 },
        selectedMode: 'single', select: { itemStyle: { borderColor: '#0b5cab', borderWidth: 3 } },
        emphasis: { label: { show: true } } }]
    }, true);
    el.dataset.level = level;
    el.dataset.regions = String(data.length);
    title.textContent = label;
    back.hidden = level === 'prefecture';
    fillTable(data, level);
    if (level === 'county' && el.dataset.homeCounty) { // a county officer: their county stands out
      chart.dispatchAction({ type: 'select', seriesIndex: 0, name: el.dataset.homeCounty });
      el.dataset.selected = el.dataset.homeCounty;
    }
  }

  function fillTable(data, level) {
    table.innerHTML = '';
    data.forEach(function (d) {
      var row = document.createElement('tr');
      var name = document.createElement('td');
      if (level === 'prefecture') {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        button.textContent = d.name;
        button.dataset.code = d.code;
        button.addEventListener('click', function () { showPrefecture(d.code, d.name); });
        name.appendChild(button);
      } else {
        name.textContent = d.name;
      }
      var value = document.createElement('td');
      value.textContent = d.value.toLocaleString('zh-CN') + (measure().unit === '%' ? '%' : '');
      row.appendChild(name);
      row.appendChild(value);
      table.appendChild(row);
    });
  }

  function showProvince() {
    current = null;
    var m = measure();
    if (valueHead) { valueHead.textContent = m.head; }
    Promise.all([json('/geo/hunan-prefectures.geojson'), m.load(null)])
      .then(function (r) { render('hunan', r[0], r[1], '湖南省 · 各市州' + m.label, 'prefecture'); });
  }

  function showPrefecture(code, name) {
    current = { code: code, name: name };
    var m = measure();
    if (valueHead) { valueHead.textContent = m.head; }
    var geo = countiesGeo ? Promise.resolve(countiesGeo) : json('/geo/hunan-counties.geojson');
    Promise.all([geo, m.load(code)]).then(function (r) {
      countiesGeo = r[0];
      var features = countiesGeo.features.filter(function (f) {
        return f.properties.parent && String(f.properties.parent.adcode) === code;
      });
      render('p' + code, { type: 'FeatureCollection', features: features }, r[1], name + ' · 各县市区' + m.label, 'county');
    });
  }

  chart.on('click', function (p) {
    if (el.dataset.level === 'prefecture' && p.data && p.data.code) {
      showPrefecture(String(p.data.code), p.name);
    }
  });
  back.addEventListener('click', showProvince);
  if (measureSelect) {
    measureSelect.addEventListener('change', function () {
      if (current) { showPrefecture(current.code, current.name); } else { showProvince(); }
    });
  }
  window.addEventListener('resize', function () { chart.resize(); });
  // An officer of a prefecture or county opens on their own prefecture's counties; the province on the prefectures.
  if (el.dataset.home) {
    showPrefecture(el.dataset.home, el.dataset.homeName);
  } else {
    showProvince();
  }
})();
