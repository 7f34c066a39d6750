import { readdirSync, readFileSync } from 'node:fs';

/** Keeps the public surface only: private, protected and #private members are not documentation. */
function publicOnly() {
  return {
    name: 'news-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/** `'news-share': CustomEvent<NewsShareDetail>` entries of the HTMLElementEventMap declarations in src/events. */
function eventTypes() {
  const types = new Map();
  for (const file of readdirSync('src/events').filter((name) => name.startsWith('news-'))) {
    for (const [, name, detail] of readFileSync(`src/events/${file}`, 'utf8').matchAll(/'(news-[a-z-]+)': CustomEvent<(\w+)>/g)) {
      if (!types.has(name)) types.set(name, detail);
    }
  }
  return types;
}

/** The string-literal members of a union type alias in a source file: `export type Name = | 'a' | 'b';`. */
function unionOf(file, alias) {
  const body = new RegExp(`export type ${alias} =([^;]+);`).exec(readFileSync(file, 'utf8'))?.[1];
  if (!body) throw new Error(`custom-elements-manifest.config.js: no union \`${alias}\` in ${file}`);
  return [...body.matchAll(/'([^']+)'/g)].map((m) => `'${m[1]}'`).join(' | ');
}

/**
 * What framework types and editor data read from the manifest (scripts/frameworks.js):
 * - each `news-*` event gets its type from the event map in src/events (`CustomEvent<NewsShareDetail>`),
 *   so `@fires` tags keep their prose and the detail type is written once;
 * - events that are not ours are dropped: the analyzer takes the context protocol's request, which
 *   every element dispatches to find its provider, for an event of each element;
 * - attributes that take a space-separated list of tokens get the tokens as `expandedType`, for the
 *   editors' value completion (the property stays a `string`).
 */
function frameworkData() {
  const tokenLists = { 'news-share-bar': { networks: unionOf('src/events/news-share.ts', 'ShareTarget') } };
  return {
    name: 'news-framework-data',
    packageLinkPhase({ customElementsManifest }) {
      const types = eventTypes();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('news-'));
            for (const event of declaration.events) {
              const detail = types.get(event.name);
              if (!detail) throw new Error(`custom-elements-manifest.config.js: ${declaration.tagName} fires ${event.name}, which no HTMLElementEventMap entry in src/events declares`);
              event.type = { text: `CustomEvent<${detail}>` };
            }
          }
          const lists = tokenLists[declaration.tagName] ?? {};
          for (const attribute of declaration.attributes ?? []) {
            if (lists[attribute.name]) attribute.expandedType = { text: lists[attribute.name] };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/news-*.ts', 'src/internal/news-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicOnly(), frameworkData()],
};
