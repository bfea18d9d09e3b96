// The dashboard's charts: the 12-week trend (created and resolved as bars on a whole-number axis, the four rates as
// lines in percent, gaps where nothing to count; a click opens that week) and the category × township heat map,
// whose cells open the appeals behind them.
(function () {
  if (!window.echarts) { return; }
  const charts = [];
  const pct = v => (v === null || v === undefined) ? null : Math.round(v * 1000) / 10;
  const narrow = () => window.innerWidth < 600;

  const trendBox = document.getElementById('trend');
  if (trendBox) {
    const weeks = JSON.parse(trendBox.dataset.trend);
    const chart = echarts.init(trendBox);
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: ['新增', '办结', '响应率', '按时办结率', '解决率', '满意率'], type: 'scroll'},
      grid: {left: 48, right: 48, bottom: 32, top: 56},
      xAxis: {type: 'category', data: weeks.map(w => w.week)},
      // Counts are whole appeals: no 0.5 ticks on a quiet week.
      yAxis: [{type: 'value', name: '件', minInterval: 1}, {type: 'value', name: '%', min: 0, max: 100}],
      series: [
        {name: '新增', type: 'bar', data: weeks.map(w => w.created)},
        {name: '办结', type: 'bar', data: weeks.map(w => w.resolved)},
        {name: '响应率', type: 'line', yAxisIndex: 1, connectNulls: false, data: weeks.map(w => pct(w.responseRate))},
        {name: '按时办结率', type: 'line', yAxisIndex: 1, data: weeks.map(w => pct(w.onTimeRate))},
        {name: '解决率', type: 'line', yAxisIndex: 1, data: weeks.map(w => pct(w.resolutionRate))},
        {name: '满意率', type: 'line', yAxisIndex: 1, data: weeks.map(w => pct(w.satisfactionRate))}
      ]
    });
    // A week of the trend opens that week's dashboard, in the same scope.
    chart.on('click', p => {
      const query = new URLSearchParams(window.location.search);
      query.set('week', weeks[p.dataIndex].week);
      window.location.search = query.toString();
    });
    charts.push(chart);
  }

  const heatBox = document.getElementById('heatmap');
  if (heatBox) {
    const heat = JSON.parse(heatBox.dataset.heat);
    const col = new Map(heat.categories.map((c, i) => [c.code, i]));
    const row = new Map(heat.groups.map((g, i) => [g.code, i]));
    const cells = heat.cells.filter(c => col.has(c.categoryCode) && row.has(c.groupCode));
    const max = Math.max(1, ...cells.map(c => c.count));
    const chart = echarts.init(heatBox);
    chart.setOption({
      tooltip: {
        position: 'top',
        formatter: p => heat.groups[p.value[1]].name + ' · ' + heat.categories[p.value[0]].name + ': ' + p.value[2] + ' 件'
      },
      grid: {left: narrow() ? 72 : 120, right: 16, top: 16, bottom: narrow() ? 120 : 96},
      xAxis: {type: 'category', data: heat.categories.map(c => c.name), splitArea: {show: true},
        axisLabel: {rotate: 45, interval: 0}},
      yAxis: {type: 'category', data: heat.groups.map(g => g.name.replace('市场主体交流群', '')), splitArea: {show: true},
        axisLabel: {interval: 0}},
      visualMap: {min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        precision: 0, inRange: {color: ['#f3f8ff', '#1f5fbf', '#c0392b']}},
      series: [{type: 'heatmap', label: {show: !narrow()},
        data: cells.map(c => ({value: [col.get(c.categoryCode), row.get(c.groupCode), c.count], link: c.link}))}]
    });
    chart.on('click', p => {
      if (p.data && p.data.link) { window.location.href = heatBox.dataset.base + p.data.link.substring(1); }
    });
    charts.push(chart);
  }
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
