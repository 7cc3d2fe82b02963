import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical axe-core violations on the page as it is now ("rule: target" lines). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, not added as a <script>: the page's CSP refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))',
  )) as string[];
  return violations;
}
