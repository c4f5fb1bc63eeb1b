import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Every .ts/.tsx file under `root`, tests included (a test importing in a circle is one too). */
export function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The import graph of the given files: each file to the files it imports, type-only imports and
 * re-exports included (a cycle of types still ties two modules together). Relative specifiers and
 * the `#shared/` alias are followed; packages are not part of the graph.
 */
export function importGraph(files: readonly string[], repoRoot: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = fileName.startsWith('#shared/')
        ? path.join(repoRoot, 'shared', fileName.slice('#shared/'.length))
        : fileName.startsWith('.')
          ? path.resolve(path.dirname(file), fileName)
          : undefined;
      return resolved !== undefined && existsSync(resolved) ? [resolved] : [];
    });
    graph.set(file, targets);
  }
  return graph;
}

/** The graph's cycles: each strongly connected group of two or more files, or a self-import. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const targets = graph.get(frame.node) ?? [];
      const target = targets[frame.next];
      if (target !== undefined) {
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        for (;;) {
          const member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          group.push(member);
          if (member === frame.node) break;
        }
        const isSelfImport = group.length === 1 && targets.includes(frame.node);
        if (group.length > 1 || isSelfImport) cycles.push(group.sort());
      }
    }
  }
  return cycles;
}

/** The line count past which a file must say why it is long (STYLE.md: small files). */
export const longFileLines = 250;

/** Files longer than the limit without a comment that says why ("Over 250 lines: …"). */
export function unexplainedLongFiles(files: readonly { name: string; text: string }[]): string[] {
  return files
    .filter(({ text }) => text.split('\n').length > longFileLines + 1)
    .filter(({ text }) => !/(\/\/|\/\*|\*) Over 250 lines: \S/.test(text))
    .map(({ name }) => name);
}
