// Chart.js with only the pieces the portfolio draws, so the bundler leaves the rest out. Loaded with
// import() when a chart first renders: the app's first load never carries it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, ScatterController, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1a1f24';
// Drawn once, not animated: an animation redraws every chart on each frame of its first second, on the
// main thread of a phone opening the dashboard.
Chart.defaults.animation = false;

export { Chart };
