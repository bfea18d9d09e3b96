// The month or quarter report's charts: each unit's new, resolved and overdue appeals (bars on a whole-number axis)
// with its four rates (points, percent), and the categories of the new appeals.
(function () {
  const box = document.getElementById('report-chart');
  if (!box || !window.echarts) { return; }
  const report = JSON.parse(box.dataset.report);
  const units = report.departments.concat(report.townships);
  const pct = v => (v === null || v === undefined) ? null : Math.round(v * 1000) / 10;
  const charts = [];

  const chart = echarts.init(box);
  chart.setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['新增', '办结', '超期', '响应率', '按时办结率', '解决率', '满意率'], type: 'scroll'},
    grid: {left: 48, right: 48, bottom: 96, top: 56},
    dataZoom: units.length > 12 ? [{type: 'slider', start: 0, end: Math.min(100, 1200 / units.length), bottom: 0}] : [],
    xAxis: {type: 'category', data: units.map(u => u.name), axisLabel: {rotate: 45, interval: 0}},
    yAxis: [{type: 'value', name: '件', minInterval: 1}, {type: 'value', name: '%', min: 0, max: 100}],
    series: [
      {name: '新增', type: 'bar', data: units.map(u => u.created)},
      {name: '办结', type: 'bar', data: units.map(u => u.resolved)},
      {name: '超期', type: 'bar', data: units.map(u => u.overdue), itemStyle: {color: '#c0392b'}},
      {name: '响应率', type: 'scatter', yAxisIndex: 1, data: units.map(u => pct(u.responseRate))},
      {name: '按时办结率', type: 'scatter', yAxisIndex: 1, data: units.map(u => pct(u.onTimeRate))},
      {name: '解决率', type: 'scatter', yAxisIndex: 1, data: units.map(u => pct(u.resolutionRate))},
      {name: '满意率', type: 'scatter', yAxisIndex: 1, data: units.map(u => pct(u.satisfactionRate))}
    ]
  });
  charts.push(chart);

  const categoryBox = document.getElementById('category-chart');
  if (categoryBox) {
    const categories = report.categories.slice().reverse();
    const bars = echarts.init(categoryBox);
    bars.setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 96, right: 24, bottom: 32, top: 16},
      xAxis: {type: 'value', name: '件', minInterval: 1},
      yAxis: {type: 'category', data: categories.map(c => c.category)},
      series: [{name: '新增', type: 'bar', data: categories.map(c => c.count), label: {show: true, position: 'right'}}]
    });
    charts.push(bars);
  }
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
