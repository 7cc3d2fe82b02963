import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as labels from '../../rules/labels';

// What a person reads is in words (docs/domain.md#shared-rules): every schema enum and error code has
// its words in rules/labels.ts, and no screen shows a value of a schema enum or an error code except
// through them.

const ROOT = path.resolve(__dirname, '../..');
const schema = fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8');

/** The schema's enums and their values. */
const ENUMS = new Map([...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [
  m[1], m[2].split('\n').map((line) => line.trim()).filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line)),
]));
const ERROR_CODES = Object.keys(labels.ERROR_CODE_LABELS);
/** What a screen must not show as it is: the schema's enum values and the error codes. */
const CODES = new Set([...[...ENUMS.values()].flat(), ...ERROR_CODES]);

const labelRecords = Object.entries(labels).filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object');

describe('the labels module', () => {
  it('has words for every value of every schema enum', () => {
    expect(ENUMS.size).toBeGreaterThan(40);
    for (const [name, values] of ENUMS) {
      const record = labelRecords.find(([, map]) => values.every((v) => v in map) && Object.keys(map).every((k) => values.includes(k) || name === 'TestResultStatus'));
      expect(record, `a *_LABELS record keyed by every value of ${name}`).toBeDefined();
    }
  });

  it('has words for every error code of the catalogue (docs/errors.md)', () => {
    const documented = [...fs.readFileSync(path.join(ROOT, 'docs/errors.md'), 'utf8').matchAll(/^- \*\*`([A-Z_]+)`\*\*/gm)].map((m) => m[1]);
    expect(Object.keys(labels.ERROR_CODE_LABELS).sort()).toEqual(documented.sort());
  });

  it('never labels with a code or an empty string', () => {
    for (const [name, map] of labelRecords) {
      for (const [key, label] of Object.entries(map)) {
        expect(label.trim(), `${name}.${key}`).not.toBe('');
        // A label may be its code only when the code is a word people use (GO, USB, TWAIN, SEV1).
        if (label === key && /^[A-Z0-9_]+$/.test(key)) expect(['GO', 'LEA', 'CCTC', 'USB', 'TWAIN', 'ISIS', 'WIA'], `${name}.${key}`).toContain(key);
      }
    }
  });
});

/** Attributes that no one reads: a schema value may be part of them. */
const UNREAD_ATTRIBUTES = /^(key|className|id|htmlFor|to|href|value|name|aria-labelledby|aria-describedby|aria-controls|data-.*)$/;

/** A component's props that it shows as text (its other props are its own business). */
const READ_PROPS = /^(label|title|heading|message|description|what|text|summary)$/;

/** An attribute of an HTML element that a person reads, or a component's prop it shows as text. */
function isReadAttribute(attribute: ts.JsxAttribute): boolean {
  const name = attribute.name.getText();
  return /^[a-z]/.test(attribute.parent.parent.tagName.getText()) ? !UNREAD_ATTRIBUTES.test(name) : READ_PROPS.test(name);
}

function enclosingAttribute(node: ts.Node): string | undefined {
  for (let up: ts.Node | undefined = node.parent; up && !ts.isSourceFile(up); up = up.parent) {
    if (ts.isJsxAttribute(up)) return up.name.getText();
    if (ts.isJsxElement(up) || ts.isJsxSelfClosingElement(up)) return undefined;
  }
  return undefined;
}

/**
 * Text that carries an error code whatever its type says: an outbox entry's reason ("CONFLICT: …",
 * shown through reasonInWords) and a GraphQL error's code (shown through errorCodeLabel). A field of
 * the schema's own types named so (an e-mail's SMTP reply) is the server's text, not a code.
 */
function carriesErrorCode(shown: ts.Expression, checker: ts.TypeChecker): boolean {
  const fromSchema = (e: ts.PropertyAccessExpression) => !!checker.getSymbolAtLocation(e.name)?.declarations?.every((d) => d.getSourceFile().fileName.includes('/generated'));
  const parts = (e: ts.Expression): ts.Expression[] => {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) return parts(e.expression);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return parts(e.right);
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.PlusToken].includes(e.operatorToken.kind)) return [...parts(e.left), ...parts(e.right)];
    if (ts.isConditionalExpression(e)) return [...parts(e.whenTrue), ...parts(e.whenFalse)];
    return [e];
  };
  return parts(shown).some((e) => (ts.isPropertyAccessExpression(e) && /^(lastError|code)$/.test(e.name.text) && !fromSchema(e))
    || (ts.isCallExpression(e) && /^errorCodeOf$/.test(e.expression.getText())));
}

/** Where a screen shows a schema enum's value or an error code as it is: JSX text, read attributes, text built from templates, or a code changed in case. */
function rawValuesShown(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'client/tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const literals = (type: ts.Type): string[] => (type.isUnion() ? type.types.flatMap(literals) : type.isStringLiteral() ? [type.value] : []);
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.includes('/client/src/') || file.fileName.includes('/generated')) continue;
    const visit = (node: ts.Node) => {
      let shown: ts.Expression | undefined;
      if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) shown = node.expression;
      else if (ts.isJsxExpression(node) && node.expression && ts.isJsxAttribute(node.parent) && isReadAttribute(node.parent)) shown = node.expression;
      else if (ts.isTemplateSpan(node) && !UNREAD_ATTRIBUTES.test(enclosingAttribute(node) ?? '')) shown = node.expression;
      else if (ts.isPropertyAccessExpression(node) && /^(toLowerCase|toUpperCase|replace|replaceAll)$/.test(node.name.text) && enclosingAttribute(node) !== 'className') shown = node.expression;
      if (shown) {
        const raw = literals(checker.getTypeAtLocation(shown)).filter((v) => CODES.has(v));
        if (!ts.isPropertyAccessExpression(node) && carriesErrorCode(shown, checker)) raw.push('an error code');
        if (raw.length) found.push(`${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${shown.getText()} (${raw.join(' | ')})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('the screens', () => {
  let shown: string[];
  // The client's whole program with its type checker: 15-60 s of CPU, and more on a loaded machine
  // running two test files at once (over 120 s at load 15).
  beforeAll(() => {
    shown = rawValuesShown();
  }, 300_000);

  it('show no schema enum value or error code except through the labels module', () => {
    expect(shown).toEqual([]);
  });
});
