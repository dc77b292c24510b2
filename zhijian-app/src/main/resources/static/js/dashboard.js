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
    var max = Math.max(1, Math.max.apply(null, data.map(function (d) { return d.value; })));
    chart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (p.value || 0) + ' 家'; } },
      visualMap: { min: 0, max: max, left: 'left', bottom: 10, text: ['多', '少'], calculable: true,
        inRange: { color: ['#fde7e4', '#b71c1c'] } },
      series: [{ type: 'map', map: mapName, name: label, data: data, label: { show: true, fontSize: 10 },
        emphasis: { label: { show: true } } }]
    }, true);
    el.dataset.level = level;
    el.dataset.regions = String(data.length);
    title.textContent = label;
    back.hidden = level === 'prefecture';
    fillTable(data, level);
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
      value.textContent = d.value.toLocaleString('zh-CN');
      row.appendChild(name);
      row.appendChild(value);
      table.appendChild(row);
    });
  }

  function showProvince() {
    Promise.all([json('/geo/hunan-prefectures.geojson'), json('/api/v1/enterprises/counts')])
      .then(function (r) { render('hunan', r[0], r[1], '湖南省 · 各市州市场主体数量', 'prefecture'); });
  }

  function showPrefecture(code, name) {
    var geo = countiesGeo ? Promise.resolve(countiesGeo) : json('/geo/hunan-counties.geojson');
    Promise.all([geo, json('/api/v1/enterprises/counts?parent=' + encodeURIComponent(code))]).then(function (r) {
      countiesGeo = r[0];
      var features = countiesGeo.features.filter(function (f) {
        return f.properties.parent && String(f.properties.parent.adcode) === code;
      });
      render('p' + code, { type: 'FeatureCollection', features: features }, r[1], name + ' · 各县市区市场主体数量', 'county');
    });
  }

  chart.on('click', function (p) {
    if (el.dataset.level === 'prefecture' && p.data && p.data.code) {
      showPrefecture(String(p.data.code), p.name);
    }
  });
  back.addEventListener('click', showProvince);
  window.addEventListener('resize', function () { chart.resize(); });
  showProvince();
})();
