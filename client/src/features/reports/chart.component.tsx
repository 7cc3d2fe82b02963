import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { nextTask } from '../../app/next-task.utils';

type ChartClass = typeof import('./chart.setup').Chart;
let loadedChart: ChartClass | undefined;
const loadChart = () => import('./chart.setup').then(({ Chart }) => (loadedChart = Chart));

/**
 * The most device pixels a chart's canvas holds on screen. Its backing store is its CSS size times
 * the device pixel ratio: the timeline of 100 deployments on a phone (1.75) was 5,400 × 1,200 pixels,
 * 26 MB allocated and cleared as it was made, the longest task of the portfolio's load
 * (docs/benchmarks.md). Past this the ratio is lowered, down to 1, which only softens the lines of the
 * tallest charts. A chart first drawn for printing keeps the device's ratio.
 */
const MAX_CANVAS_PIXELS = 2_000_000;

/** Charts waiting for their turn: one is drawn per task, so that no task holds the main thread for long. */
let turns: Promise<void> = Promise.resolve();

function drawInTurn(draw: () => Promise<void>) {
  turns = turns.then(nextTask).then(draw);
}

/**
 * Calls `near` once `element` is within a screen's height of the viewport, or at once before the page
 * is printed (`printing`: every chart on paper). Returns a function that stops waiting.
 */
function whenNearViewport(element: Element, near: (printing: boolean) => void): () => void {
  let done = false;
  const fire = (printing: boolean) => {
    if (done) return;
    done = true;
    stop();
    near(printing);
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) fire(false);
  }, { rootMargin: '100% 0px' });
  const beforePrint = () => fire(true);
  observer.observe(element);
  globalThis.addEventListener('beforeprint', beforePrint);
  const stop = () => {
    observer.disconnect();
    globalThis.removeEventListener('beforeprint', beforePrint);
  };
  return () => {
    done = true;
    stop();
  };
}

interface ChartCanvasProps {
  /** The chart; a new object redraws it (memoize it). */
  config: ChartConfiguration;
  /** What the chart shows, for screen readers, naming where its text alternative is. */
  label: string;
  /** CSS height of the drawing area, e.g. 280 (px). */
  height: number;
  /** CSS minimum width, so that a wide chart scrolls sideways on a narrow screen instead of squeezing. */
  minWidth?: number;
}

/**
 * A Chart.js chart on a canvas. Chart.js itself is imported when the first chart renders, so it
 * loads with the dashboard and never with the app. The canvas is an image with a label; the numbers
 * it draws are always in a table beside it (the text alternative), with the links behind them.
 *
 * A chart is drawn once its canvas comes within a screen of the viewport (or the page is printed),
 * each in a task of its own: drawing the four charts at once held a phone's main thread for seconds
 * as the dashboard opened (issue 18, docs/benchmarks.md).
 */
export function ChartCanvas({ config, label, height, minWidth }: ChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let cancelled = false;
    let destroy = () => {};
    let drawn = false;
    const create = (Chart: ChartClass, printing: boolean) => {
      if (cancelled || drawn) return;
      drawn = true;
      const pixels = (canvas.parentElement?.clientWidth ?? 0) * height * devicePixelRatio ** 2;
      const ratio = printing || pixels <= MAX_CANVAS_PIXELS ? devicePixelRatio : Math.max(1, devicePixelRatio * Math.sqrt(MAX_CANVAS_PIXELS / pixels));
      const chart = new Chart(canvas, { ...config, options: { ...config.options, devicePixelRatio: ratio } });
      destroy = () => chart.destroy();
    };
    const draw = () =>
      loadChart()
        .then((Chart) => create(Chart, false))
        .catch((error: unknown) => {
          console.error('chart failed', error);
          if (!cancelled) setFailed(true);
        });
    const stopWaiting = whenNearViewport(canvas, (printing) => {
      // Before printing there is no later task: drawn now if Chart.js is there (it is, with any chart on screen).
      if (printing && loadedChart) create(loadedChart, true);
      else drawInTurn(() => (cancelled ? Promise.resolve() : draw()));
    });
    return () => {
      cancelled = true;
      stopWaiting();
      destroy();
    };
  }, [config, height]);

  if (failed) {
    return (
      <p className="callout callout--warning">The chart could not be loaded (are you offline?). The table has the same figures.</p>
    );
  }
  return (
    <div className="chart-scroll">
      <div className="chart" style={{ height, minWidth }}>
        <canvas ref={canvasRef} role="img" aria-label={label} />
      </div>
    </div>
  );
}
