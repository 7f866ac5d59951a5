// Draws the dashboard's charts from the JSON block #chart-data (no inline script, so a strict CSP can forbid them).
// Every chart has a table with the same numbers next to it; without JavaScript the tables are the dashboard.
(function () {
    'use strict';
    var source = document.getElementById('chart-data');
    if (!source || typeof Chart === 'undefined') return;
    var data = JSON.parse(source.textContent || '{}');
    var colours = ['#256ef4', '#8a949e', '#00a7a0', '#e06b00'];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var chart = data[canvas.getAttribute('data-chart')];
        if (!chart) return;
        var horizontal = canvas.getAttribute('data-chart') !== 'trend';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: chart.labels,
                datasets: chart.series.map(function (s, i) {
                    return { label: s.name, data: s.values, backgroundColor: colours[i % colours.length] };
                })
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: { position: 'bottom' },
                    tooltip: {
                        callbacks: {
                            label: function (ctx) {
                                var v = ctx.raw === null ? '—' : Number(ctx.raw).toLocaleString('ko-KR') + chart.unit;
                                return ctx.dataset.label + ': ' + v;
                            }
                        }
                    }
                }
            }
        });
        canvas.setAttribute('data-drawn', 'true');
    });
})();
