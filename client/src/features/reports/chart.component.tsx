import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'react';

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
 */
export function ChartCanvas({ config, label, height, minWidth }: ChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let cancelled = false;
    let destroy = () => {};
    import('./chart.setup')
      .then(({ Chart }) => {
        if (cancelled) return;
        const chart = new Chart(canvas, config);
        destroy = () => chart.destroy();
      })
      .catch((error: unknown) => {
        console.error('chart failed', error);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      destroy();
    };
  }, [config]);

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
