// Every exported function and class of the server and the client has a doc comment (`/** … */`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/config';

/** TypeScript sources below `dir` (relative to the project), declaration files aside. */
function sources(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => posix.join(dir, f));
}

function exported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** The names a statement exports as functions or classes (arrow functions included). */
function functionsAndClasses(statement: ts.Statement): string[] {
  if (!exported(statement)) return [];
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
    return [statement.name?.text ?? 'default'];
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations
      .filter(
        (d) =>
          d.initializer !== undefined &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)),
      )
      .map((d) => d.name.getText());
  }
  return [];
}

/** Whether a `/** … *\/` comment stands right before the statement. */
function documented(text: string, statement: ts.Statement): boolean {
  const ranges = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  const last = ranges.at(-1);
  return last !== undefined && text.slice(last.pos, last.pos + 3) === '/**';
}

/** `file: name` for every exported function or class without a doc comment. */
export function undocumented(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    return source.statements.flatMap((s) =>
      documented(text, s) ? [] : functionsAndClasses(s).map((name) => `${file}: ${name}`),
    );
  });
}

const FILES = [...sources('server'), ...sources('client/src')];

describe('doc comments', () => {
  it('stand before every exported function and class of server/ and client/src/', () => {
    expect(undocumented(FILES)).toEqual([]);
  });

  it('are found where they stand and missed where they do not', () => {
    const all = FILES.flatMap((file) => {
      const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      return source.statements.flatMap(functionsAndClasses);
    });
    expect(all.length).toBeGreaterThan(300);
  });
});
