import { join } from 'node:path';
import ts from 'typescript';

/** A cast found in a file, by line (1-based), with its text. */
export interface FoundCast {
  file: string;
  line: number;
  text: string;
}

const TSCONFIG = join(import.meta.dirname, '../../tsconfig.json');

const isConst = (node: ts.AsExpression | ts.TypeAssertion, source: ts.SourceFile) =>
  ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const';

const unwrapped = (expression: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(expression) ? unwrapped(expression.expression) : expression;

const UNCHECKED = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive;

/**
 * Casts that type an answer without checking it: `as` (or `<T>`) on an `await`, or on a value
 * whose type says nothing of its shape (`any`, `unknown`, `object`), which is what a body, an
 * error's `details` or anything parsed from JSON is until a schema has read it. Casts between
 * known types (an event's target to an input, a string to one of a union) are left alone.
 */
export function uncheckedCasts(files: readonly string[]): FoundCast[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    TSCONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${TSCONFIG} cannot be read`);
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  return files.flatMap((file) => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    const found: FoundCast[] = [];
    const visit = (node: ts.Node): void => {
      if (
        (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) &&
        !isConst(node, source)
      ) {
        const operand = unwrapped(node.expression);
        const unchecked =
          ts.isAwaitExpression(operand) ||
          (checker.getTypeAtLocation(operand).flags & UNCHECKED) !== 0;
        if (unchecked) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          found.push({ file, line: line + 1, text: node.getText(source) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}
