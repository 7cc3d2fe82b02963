// The portfolio's Chart.js configurations, built from the report rows. Only Chart.js's types are
// imported here; the library itself loads with the first chart (chart.component.tsx).
import type { ActiveElement, ChartConfiguration, ChartEvent, Plugin, Scale } from 'chart.js';
import type { HealthStatus, Phase, PortfolioDashboardQuery } from '../../graphql/generated/graphql';
import { HEALTH_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { HEALTH_STATUSES } from '../../../../rules/statuses';
import { formatDate } from '../../../../rules/dates';

export type Report = PortfolioDashboardQuery;
export type TimelineRow = Report['deploymentTimelineReport']['nodes'][number];
export type CatRunRow = Report['catRunRatesReport']['nodes'][number];

export const HEALTH_COLORS: Record<HealthStatus, string> = { ON_TRACK: '#2e7d32', AT_RISK: '#a86400', LATE: '#b3261e' };
const PHASE_BANDS = [
  { label: 'Planning', color: '#8eaacb', from: 'planningStarts', to: 'scopeStarts' },
  { label: 'Scope', color: '#4a78a8', from: 'scopeStarts', to: 'implementStarts' },
  { label: 'Implement', color: '#1b3a5c', from: 'implementStarts', to: 'targetGoLive' },
] as const;
const LATE_COLOR = '#b3261e';
const PLANNED_COLOR = '#4a78a8';
const ACTUAL_COLOR = '#2e7d32';
const GRID_COLOR = '#d5dce3';

const MS_PER_DAY = 86_400_000;
/** A LocalDate as a day number (days since 1970-01-01), the timeline's x values. */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
/** The LocalDate of a day number. */
const dateOfDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
/**
 * "Feb 2027" for "2027-02" (or a date in it): the month and year of the app's one way of writing a
 * date (rules/dates.ts), counted, not formatted with Intl: an Intl formatter made here was the page's
 * first, and loading Intl's locale data held a phone's main thread as the dashboard opened
 * (docs/benchmarks.md). Here rather than beside formatDate, whose chunk every first visit loads.
 */
export function formatMonth(month: string): string {
  const [, name, , year] = formatDate(`${month.slice(0, 7)}-01`).split(' ');
  return `${name} ${year}`;
}

/** The county, which tells courts apart on a chart's axis ("Superior Court of California, County of X" → "X"). */
export const shortCourtName = (courtName: string) => courtName.replace(/^.*County of /, '');

/** `one` or `many` by count ("1 deployment", "2 deployments"), for the labels of charts and figures. */
export const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Calls `open` with the index of the clicked bar or point, so a chart links like its table does. */
const onPick = (open: (index: number) => void) => (_event: ChartEvent, elements: ActiveElement[]) => {
  if (elements.length) open(elements[0].index);
};

const pointerOverBars = (event: ChartEvent, elements: ActiveElement[]) => {
  const target = event.native?.target as HTMLElement | undefined;
  if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
};

export interface PhaseHealthCount {
  phase: Phase;
  counts: Record<HealthStatus, number>;
}

/** Deployments per phase, stacked by health. */
export function phaseHealthChart(rows: PhaseHealthCount[], open: (phase: Phase, health: HealthStatus) => void): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => PHASE_LABELS[row.phase]),
      datasets: HEALTH_STATUSES.map((health) => ({
        label: HEALTH_LABELS[health],
        data: rows.map((row) => row.counts[health]),
        backgroundColor: HEALTH_COLORS[health],
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Deployments' } } },
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (hit) open(rows[hit.index].phase, HEALTH_STATUSES[hit.datasetIndex]);
      },
      onHover: pointerOverBars,
    },
  };
}

/** Go-lives per month: planned (target date) beside actual. */
export function goLivesChart(rows: Report['goLivesByMonthReport'], open: (month: string, kind: 'planned' | 'actual') => void): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => formatMonth(row.month)),
      datasets: [
        { label: 'Planned', data: rows.map((row) => row.planned), backgroundColor: PLANNED_COLOR },
        { label: 'Actual', data: rows.map((row) => row.actual), backgroundColor: ACTUAL_COLOR },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { grid: { display: false } }, y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Go-lives' } } },
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (hit) open(rows[hit.index].month, hit.datasetIndex === 0 ? 'planned' : 'actual');
      },
      onHover: pointerOverBars,
    },
  };
}

export const catRunLabel = (row: CatRunRow) => `${shortCourtName(row.courtName)} · ${row.purpose === 'ACCEPTANCE' ? 'acceptance' : 'rehearsal'}`;

/** Pass rate of each CAT run, as horizontal bars from 0 to 100 %. */
export function catPassRateChart(rows: CatRunRow[], open: (row: CatRunRow) => void): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map(catRunLabel),
      datasets: [
        {
          label: 'Pass rate (% of applicable cases passed)',
          data: rows.map((row) => row.passPercent ?? 0),
          backgroundColor: rows.map((row) => (row.failed > 0 ? LATE_COLOR : ACTUAL_COLOR)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { min: 0, max: 100, title: { display: true, text: 'Pass rate (%); red: a case failed' } } },
      onClick: onPick((index) => open(rows[index])),
      onHover: pointerOverBars,
    },
  };
}

/** A vertical line with a label at `day` (today) across the chart area. */
function todayLine(day: number): Plugin {
  return {
    id: 'todayLine',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x.getPixelForValue(day);
      const { top, bottom } = chart.chartArea;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = LATE_COLOR;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = LATE_COLOR;
      ctx.font = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
      ctx.textAlign = 'center';
      ctx.fillText('Today', x, top - 6);
      ctx.restore();
    },
  };
}

/** Whether a deployment is late: its health says so, or go-live passed without it. */
export const isLate = (row: TimelineRow) => row.health === 'LATE' || (!row.actualGoLive && row.daysToGoLive < 0);

/**
 * The Gantt-style timeline: one row per deployment, its planned phase windows as floating bars from
 * the start of Planning to the target go-live, past-due go-lives in red up to today, the oldest
 * overdue work and actual go-lives as markers, and today's line.
 */
export function timelineChart(rows: TimelineRow[], today: string, open: (row: TimelineRow) => void): ChartConfiguration {
  const labels = rows.map((row) => `${shortCourtName(row.courtName)}${isLate(row) ? ' (late)' : ''}`);
  const todayDay = dayNumber(today);
  const days = rows.flatMap((row) => [row.planningStarts, row.targetGoLive, row.actualGoLive].filter((d): d is string => !!d).map(dayNumber));
  const min = Math.min(todayDay, ...days) - 3;
  const max = Math.max(todayDay, ...days) + 7;
  // On the category axis a point's y is the index of its row (unparsed: Chart.js would read a number as the
  // point's own index); rows without the date have no point.
  const points = (dateOf: (row: TimelineRow) => string | null | undefined) =>
    rows.flatMap((row, index) => {
      const date = dateOf(row);
      return date ? [{ x: dayNumber(date), y: index }] : [];
    });
  const datasets: ChartConfiguration['data']['datasets'] = [
    ...PHASE_BANDS.map((band) => ({
      type: 'bar' as const,
      label: band.label,
      data: rows.map((row) => [dayNumber(row[band.from]), dayNumber(row[band.to])] as [number, number]),
      backgroundColor: band.color,
      grouped: false,
    })),
    {
      type: 'bar' as const,
      label: 'Past target go-live, not live',
      data: rows.map((row) => (!row.actualGoLive && row.daysToGoLive < 0 ? ([dayNumber(row.targetGoLive), todayDay] as [number, number]) : null)),
      backgroundColor: LATE_COLOR,
      grouped: false,
    },
    {
      type: 'scatter' as const,
      label: 'Oldest overdue work',
      data: points((row) => row.oldestOverdue),
      parsing: false,
      order: -1, // drawn over the bars
      pointStyle: 'crossRot',
      pointRadius: 8,
      pointHoverRadius: 9,
      pointBorderWidth: 3,
      borderColor: LATE_COLOR,
      backgroundColor: LATE_COLOR,
    },
    {
      type: 'scatter' as const,
      label: 'Went live',
      data: points((row) => row.actualGoLive),
      parsing: false,
      order: -1,
      pointStyle: 'triangle',
      pointRadius: 8,
      pointHoverRadius: 9,
      borderColor: ACTUAL_COLOR,
      backgroundColor: ACTUAL_COLOR,
    },
  ];
  return {
    type: 'bar',
    data: { labels, datasets },
    plugins: [todayLine(todayDay)],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: 18 } },
      datasets: { bar: { barPercentage: 0.9, categoryPercentage: 0.8 } },
      scales: {
        x: {
          type: 'linear',
          position: 'top',
          min,
          max,
          grid: { color: GRID_COLOR },
          // One tick on the first of every month in range.
          afterBuildTicks: (axis: Scale) => {
            const ticks = [];
            const first = new Date(min * MS_PER_DAY);
            for (let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); month.getTime() / MS_PER_DAY <= max; month.setUTCMonth(month.getUTCMonth() + 1)) {
              ticks.push({ value: month.getTime() / MS_PER_DAY });
            }
            axis.ticks = ticks;
          },
          ticks: { callback: (value) => formatMonth(dateOfDay(Number(value))) },
        },
        y: {
          type: 'category',
          grid: { display: false },
          ticks: { autoSkip: false, color: (context) => (isLate(rows[context.index]) ? LATE_COLOR : '#1a1f24') },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const raw = item.raw as [number, number] | { x: number } | null;
              if (Array.isArray(raw)) return `${item.dataset.label}: ${formatDate(dateOfDay(raw[0]))} – ${formatDate(dateOfDay(raw[1]))}`;
              return raw ? `${item.dataset.label}: ${formatDate(dateOfDay(raw.x))}` : '';
            },
          },
        },
      },
      onClick: (_event, elements, chart) => {
        const hit = elements[0];
        if (!hit) return;
        // A bar's index is its row; a marker's row is its y.
        const value = chart.data.datasets[hit.datasetIndex].data[hit.index];
        const marker = value && typeof value === 'object' && !Array.isArray(value) && typeof value.y === 'number' ? value.y : null;
        open(rows[marker ?? hit.index]);
      },
      onHover: pointerOverBars,
    },
  };
}
