// `npm test`: type-checks, lints and builds at once (none reads what another writes: the build
// writes dist/ and client/dist/, which the type check and lint leave out), then runs vitest on the
// build. Each step's output is printed whole when it ends, with its time; arguments go to vitest.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  code: number;
  seconds: number;
  output: string;
}

function run(name: string, command: string, args: string[], inherit = false): Promise<Step> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk; });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk; });
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000, output }));
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const line = (step: Step) => `${step.name}: ${step.code === 0 ? 'passed' : `FAILED (exit ${step.code})`} in ${step.seconds.toFixed(1)} s`;

async function main() {
  const started = performance.now();
  const checks = await Promise.all(['typecheck', 'lint', 'build'].map(async (script) => {
    const step = await run(script, npm, ['run', '--silent', script]);
    process.stdout.write(`${step.output}${step.output.endsWith('\n') || !step.output ? '' : '\n'}── ${line(step)}\n`);
    return step;
  }));
  if (checks.some((step) => step.code !== 0)) {
    process.stdout.write(`\n${checks.map(line).join('\n')}\n`);
    return 1;
  }
  const vitest = await run('vitest', process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], true);
  process.stdout.write(`\n${[...checks, vitest].map(line).join('\n')}\ntotal: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return vitest.code;
}

main().then((code) => { process.exitCode = code; });
