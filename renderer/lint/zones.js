// @ts-check
// The renderer's layers, as one lint rule: which folder of renderer/src may import which.
//
//   app/         the shell: may import anything
//   features/X/  one screen: ui/, data/, host/ and its own folder; never another feature or app/
//   ui/          what several features share: data/ and host/; never features/ or app/
//   data/        the local database, sync and review actions: host/; never ui/, features/, app/
//   host/        the window.api implementation: only itself
//
// Screens (app/, features/, ui/) never touch RxDB or Dexie themselves: no `rxdb`/`dexie` import
// and no value import from data/db/ (types are fine); they call data/ instead.
import path from 'node:path';

const srcRoot = path.resolve(import.meta.dirname, '../src');
const screens = new Set(['app', 'features', 'ui']);

/** @type {Record<string, Set<string>>} what each top folder may import, besides itself */
const allowed = {
  app: new Set(['features', 'ui', 'data', 'host']),
  features: new Set(['ui', 'data', 'host']),
  ui: new Set(['data', 'host']),
  data: new Set(['host']),
  host: new Set([]),
};

/** @param {string} file */
function placeOf(file) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [top = '', second = ''] = relative.split(path.sep);
  return {
    top,
    feature: top === 'features' ? second : '',
    inDb: top === 'data' && second === 'db',
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'renderer/src layers: features, ui, data, host' },
    schema: [],
  },
  create(context) {
    const from = placeOf(context.filename);
    if (from === undefined || !(from.top in allowed)) return {};

    /**
     * @param {import('estree').Node} node
     * @param {unknown} source
     * @param {boolean} isTypeOnly
     */
    function check(node, source, isTypeOnly) {
      if (typeof source !== 'string' || from === undefined) return;
      if (screens.has(from.top) && /^(rxdb|dexie)(\/|$)/.test(source)) {
        context.report({ node, message: `界面代码不得直接引用 ${source}：通过 data/ 读写数据。` });
        return;
      }
      if (!source.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(context.filename), source));
      if (to === undefined || !(to.top in allowed)) return;
      if (to.top === from.top) {
        if (from.top === 'features' && to.feature !== from.feature) {
          context.report({
            node,
            message: `features/${from.feature} 不得引用 features/${to.feature}：共用的部分放到 ui/ 或 data/。`,
          });
        }
        return;
      }
      if (!allowed[from.top]?.has(to.top)) {
        context.report({
          node,
          message: `${from.top}/ 不得引用 ${to.top}/（见 renderer/lint/zones.js 的分层）。`,
        });
        return;
      }
      if (screens.has(from.top) && to.inDb && !isTypeOnly) {
        context.report({
          node,
          message:
            '界面代码不得使用 data/db/ 的数据库对象（只可引用类型）：通过 data/ 的查询和操作读写。',
        });
      }
    }

    return {
      ImportDeclaration(node) {
        const kinds = node.specifiers.map((s) => /** @type {any} */ (s).importKind);
        const isTypeOnly =
          /** @type {any} */ (node).importKind === 'type' ||
          (kinds.length > 0 && kinds.every((kind) => kind === 'type'));
        check(node, node.source.value, isTypeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source)
          check(node, node.source.value, /** @type {any} */ (node).exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, /** @type {any} */ (node).exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
      },
    };
  },
};

export const zonesPlugin = { rules: { layers } };
