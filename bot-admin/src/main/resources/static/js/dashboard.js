// The 12-week trend: created and resolved as bars, the four rates as lines (percent; gaps where nothing to count).
(function () {
  const box = document.getElementById('trend');
  if (!box || !window.echarts) { return; }
  const weeks = JSON.parse(box.dataset.trend);
  const pct = v => (v === null || v === undefined) ? null : Math.round(v * 1000) / 10;
  const chart = echarts.init(box);
  chart.setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['新增', '办结', '响应率', '按时办结率', '解决率', '满意率']},
    grid: {left: 48, right: 56, bottom: 32, top: 48},
    xAxis: {type: 'category', data: weeks.map(w => w.week)},
    yAxis: [{type: 'value', name: '件'}, {type: 'value', name: '%', min: 0, max: 100}],
    series: [
      {name: '新增', type: 'bar', data: weeks.map(w => w.created)},
      {name: '办结', type: 'bar', data: weeks.map(w => w.resolved)},
      {name: '响应率', type: 'line', yAxisIndex: 1, connectNulls: false, data: weeks.map(w => pct(w.responseRate))},
      {name: '按时办结率', type: 'line', yAxisIndex: 1, data: weeks.map(w => pct(w.onTimeRate))},
      {name: '解决率', type: 'line', yAxisIndex: 1, data: weeks.map(w => pct(w.resolutionRate))},
      {name: '满意率', type: 'line', yAxisIndex: 1, data: weeks.map(w => pct(w.satisfactionRate))}
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();
