// Reads the V8 CPU profiles that `node --cpu-prof` wrote into a folder and sums self time by
// function and by package, for the bench's `--cpu-prof` (docs/benchmarks.md).
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Where a script comes from: the npm package, Node itself, or the product's own folder. */
function origin(url: string) {
  if (!url) return '(V8: garbage collection, idle, program)';
  if (url.startsWith('node:')) return 'node (core)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = url.match(/\/(server|rules|scripts)\/(.*?)\/?[^/]*$/);
  return own ? `${own[1]}/${own[2]}` : url;
}

/** Self time per function and per origin, summed over every profile in `dir`, largest first. */
export function summariseProfiles(dir: string, top = 25) {
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let total = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
      const ms = profile.timeDeltas[i] / 1000;
      const name = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?node_modules\//, '').replace(/^file:\/\/.*?\/(server|rules)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      byOrigin.set(origin(url), (byOrigin.get(origin(url)) ?? 0) + ms);
      total += ms;
    });
  }
  const rows = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, ms]) => `| ${name.replace(/\|/g, '\\|')} | ${Math.round(ms)} | ${((100 * ms) / total).toFixed(1)} % |`);
  return [
    `Server CPU profile: ${Math.round(total)} ms sampled.`, '',
    '| Origin (self time) | ms | share |', '|---|---|---|', ...rows(byOrigin), '',
    '| Function (self time) | ms | share |', '|---|---|---|', ...rows(byFunction), '',
  ].join('\n');
}
