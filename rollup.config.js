// Build outputs (see DESIGN.md), every element of the registry (src/elements.ts) in each:
//   dist/index.js, dist/sdk/index.js, dist/elements/<name>.js  npm build, dependencies external
//   dist/react/index.js          React wrappers (@lit/react), one module per element
//   dist/ssr/index.js            server rendering in Node (@lit-labs/ssr), every element
//   dist/cdn/news-elements.js    every element and the SDK, minified, lit included
//   dist/cdn/elements/<name>.js  one element each, for the autoloader
//   dist/cdn/loader.js           the autoloader, with the map of what each tag needs
//   dist/cdn/manifest.json       what each of them needs, for the size script, the demo and servers
// The element files share chunks: chunks/runtime-*.js (lit, the localize runtime, the base class,
// styles, events) and chunks/sdk-*.js (client, schemas, zod); code only loaded lazily (DOMPurify,
// translations, validation helpers) goes to lazy chunks. DOMPurify's chunk imports nothing, so the
// bundle and the element files share that one file.
// Declarations come from `tsc -p tsconfig.build.json`; custom-elements.json from `cem analyze`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-minify-template-literals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { elements, tagOf } from './scripts/registry.js';

export { elements };

const onwarn = (warning, warn) => {
  // zod's ESM build uses top-level `this` and has circular imports; both are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: false });
// Whitespace and comments out of html`` and css`` templates: the elements' CSS is most of their own weight.
// Not src/ssr: server code, whose article bodies go through unsafeHTML (which the plugin then warns about).
const literals = () => minifyLiterals({ include: ['src/**/*.ts'], exclude: ['src/ssr/**'] });
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const elementInputs = (prefix) => Object.fromEntries(elements.map((name) => [`${prefix}${name}`, `src/components/${name}/index.ts`]));

/**
 * The two shared chunks every CDN element file builds on. Whatever is not named here goes where
 * rollup puts it: an element's own code into its file, code only loaded lazily into lazy chunks.
 */
function sharedChunk(id) {
  const path = id.replaceAll('\\', '/');
  if (/\/node_modules\/zod\//.test(path)) return 'sdk';
  if (/\/src\/sdk\/(client|http|schemas|errors|language-tag|index)\.ts$/.test(path)) return 'sdk';
  // Lit's hydration internals go with the hydration support (hydrate.js), which only server-rendered pages load.
  if (/\/node_modules\/lit-html\/(development\/)?(private-ssr-support|directive-helpers)\.js$/.test(path)) return undefined;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//.test(path)) return 'runtime';
  if (/\/src\/internal\/(news-element|decorators|context|direction|localization|warn|styles)\.ts$/.test(path)) return 'runtime';
  if (/\/src\/(events\/|locales\/locale-codes\.ts$|sdk\/url\.ts$)/.test(path)) return 'runtime';
  // What several elements share beyond the runtime (formats, counts, the data loader, lazy rendering,
  // the limits the comment form shares with the SDK's schemas): one file rather than five small ones,
  // each with its own compression and import lists.
  if (/\/src\/(internal\/(fallback|format|counts|loader|lazy-render|status-view|report-error|document-events|paging|context-answer)|sdk\/limits)\.ts$/.test(path)) return 'helpers';
  return undefined;
}

/**
 * Writes what each CDN entry needs, from the chunk graph, into dist/cdn/manifest.json (both CDN builds
 * add their part):
 *   elements: tag → its element file, every chunk it imports, and the chunks its code loads lazily but
 *             at once (the provider's client, the article's sanitizer and DOMPurify, not what only an
 *             attribute asks for, such as the article's JSON-LD); also written into
 *             loader.js in place of `__NEWS_AUTOLOAD_MANIFEST__`;
 *   bundle:   news-elements.js with its static imports (`files`), the lazy chunks it loads at once
 *             for an article (`lazy`), and of those the sanitizer with DOMPurify (`sanitizer`, pages
 *             rendered in the browser) and the hydration support (`hydrate`, server-rendered pages);
 *   translations / bundleTranslations: locale → its chunk, for the loader's files and the bundle's.
 * Translations are never in the lists: a page needs one locale, which the runtime asks for.
 */
function cdnManifest(kind) {
  let part;
  return {
    name: 'news-cdn-manifest',
    generateBundle(_options, bundle) {
      const translations = {};
      for (const chunk of Object.values(bundle)) {
        const locale = /\/src\/locales\/([a-z]{2,3})\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (locale) translations[locale] = chunk.fileName;
      }
      const isLocale = (file) => Object.values(translations).includes(file);
      // Loaded only when asked for: `<news-article emit-jsonld>`, and the proof-of-work solver once a
      // person starts writing a comment (most readers never do). Not preloaded with the element.
      const onDemand = (file) => /\/components\/(article\/article-jsonld|comment-form\/pow)\.ts$/.test(bundle[file]?.facadeModuleId ?? '');
      // Another element's file, imported lazily (the comment list opens a reply form): the autoloader
      // loads it for its own tag; it is not part of the importing element's files.
      const isElement = (file) => /^elements\//.test(file);
      const closure = (file, files, lazy = true) => {
        if (files.includes(file) || isLocale(file) || onDemand(file)) return files;
        files.push(file);
        for (const dep of bundle[file]?.imports ?? []) closure(dep, files, lazy);
        for (const dep of lazy ? (bundle[file]?.dynamicImports ?? []) : []) if (!isElement(dep)) closure(dep, files, lazy);
        return files;
      };
      if (kind === 'loader') {
        const elementFiles = { ...Object.fromEntries(elements.map((name) => [tagOf(name), closure(`elements/${name}.js`, [])])), hydrate: closure('hydrate.js', []) };
        const loader = bundle['loader.js'];
        if (!loader?.code.includes('__NEWS_AUTOLOAD_MANIFEST__')) this.error('loader.js lost its __NEWS_AUTOLOAD_MANIFEST__ placeholder');
        loader.code = loader.code.replace('__NEWS_AUTOLOAD_MANIFEST__', JSON.stringify(elementFiles));
        part = { elements: elementFiles, translations };
      } else {
        const files = closure('news-elements.js', [], false);
        const lazy = closure('news-elements.js', []).filter((file) => !files.includes(file));
        // Of those, what only one kind of page loads: the article's sanitizer with DOMPurify (pages rendered
        // in the browser) and the hydration support (pages rendered on the server).
        const lazyOf = (module) => {
          const entry = lazy.find((file) => bundle[file]?.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
          if (!entry) this.error(`the bundle lost its lazy chunk for ${module}`);
          // That chunk and the lazy chunks it loads (DOMPurify for the sanitizer), not the bundle it imports from.
          const found = [];
          const walk = (file) => {
            if (!lazy.includes(file) || found.includes(file)) return;
            found.push(file);
            for (const dep of [...(bundle[file]?.imports ?? []), ...(bundle[file]?.dynamicImports ?? [])]) walk(dep);
          };
          walk(entry);
          return found;
        };
        part = { bundle: { files, lazy, sanitizer: lazyOf('/src/internal/sanitize.ts'), hydrate: lazyOf('/src/internal/hydrate.ts') }, bundleTranslations: translations };
      }
    },
    writeBundle({ dir }) {
      const file = `${dir}/manifest.json`;
      const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      writeFileSync(file, `${JSON.stringify({ ...previous, ...part }, null, 2)}\n`);
    },
  };
}

/**
 * @lit/localize hashes a message's text into its id at run time when msg() is given no `id`. Every
 * msg() here has one (test/sdk/translations.test.ts checks), so the CDN files leave the hashing out
 * (a quarter of a kilobyte gzipped on every page).
 */
function explicitMessageIds() {
  return {
    name: 'news-explicit-message-ids',
    load(id) {
      if (!/@lit\/localize\/internal\/id-generation\.js$/.test(id.replaceAll('\\', '/'))) return null;
      return 'export const generateMsgId = () => { throw new Error("news-elements: msg() needs an explicit id"); };';
    },
  };
}

/**
 * Elements of admin screens, not of reader pages: left out of the CDN bundle, which reader pages load
 * (the moderation queue and its admin client would take it past its 40 KB ceiling). Admin pages load
 * them through the autoloader (dist/cdn/elements/<name>.js) or the npm build, which keep every element.
 */
const ADMIN_ELEMENTS = ['moderation-queue'];
function leaveOutOfBundle() {
  const left = new RegExp(`/src/components/(${ADMIN_ELEMENTS.join('|')})/index\\.ts$`);
  return { name: 'news-leave-out-of-bundle', load: (id) => (left.test(id.replaceAll('\\', '/')) ? 'export {};' : null) };
}

/**
 * The bundle's translations without the admin elements' strings (`moderation.*`), which no element of
 * the bundle uses: a reader's locale file would otherwise carry the whole queue's wording. One entry
 * per line is what lit-localize writes; an entry over several lines would leave broken code and fail
 * the build, never pass silently.
 */
function leaveAdminStringsOut() {
  const locale = /\/src\/locales\/[a-z]{2,3}\.ts$/;
  return {
    name: 'news-leave-admin-strings-out',
    transform: (code, id) => (locale.test(id.replaceAll('\\', '/')) ? code.replace(/^'moderation\.[^']*': .*,\n/gm, '') : null),
  };
}

const cdnPlugins = () => [
  explicitMessageIds(),
  nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'] }),
  ts(),
  literals(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];
const cdnOutput = { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' };

export default [
  {
    input: {
      index: 'src/index.ts',
      'sdk/index': 'src/sdk/index.ts',
      // The CMS adapters: entries of their own, so only the sites that use one load it (and `entities`).
      'sdk/admin': 'src/sdk/admin.ts',
      'sdk/adapters/wordpress': 'src/sdk/adapters/wordpress.ts',
      'sdk/adapters/ghost': 'src/sdk/adapters/ghost.ts',
      // Server rendering, for Node only: @lit-labs/ssr and jsdom stay external (optional peer dependencies).
      'ssr/index': 'src/ssr/index.ts',
      // Hydration support, for pages that import single elements (`news-elements/hydrate` before them).
      hydrate: 'src/internal/hydrate.ts',
      ...elementInputs('elements/'),
      // The React wrappers: one module per element (each imports its element's file), so that a bundler
      // keeps only the elements whose wrappers an app uses; react and @lit/react stay external.
      'react/index': 'src/react/index.ts',
      ...Object.fromEntries(elements.map((name) => [`react/${name}`, `src/react/${name}.ts`])),
    },
    external: isBare,
    plugins: [ts(), literals()],
    onwarn,
    // Lazy chunks (translations) may import from the entry itself instead of forcing a facade chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Each file imports what it uses, nothing more: an app's bundler then drops the element files
      // (side effects: they define their tags) of the wrappers and entries it does not use.
      hoistTransitiveImports: false,
    },
  },
  // The bundle: one file with every element, lit and the SDK; lazy chunks beside it. One file
  // compresses better than the same code in shared chunks (8 KB gz less for all seven elements).
  {
    input: { 'news-elements': 'src/cdn.ts' },
    plugins: [leaveOutOfBundle(), leaveAdminStringsOut(), ...cdnPlugins(), cdnManifest('bundle')],
    onwarn,
    preserveEntrySignatures: 'allow-extension',
    output: cdnOutput,
  },
  // Each CMS adapter as one self-contained CDN file (its own SDK engine, schemas and zod/mini), exporting
  // `createNewsClient` beside the adapter: separate builds, so the element files' chunks stay as they are.
  ...['wordpress', 'ghost'].map((name) => ({
    input: { [`adapters/${name}`]: `src/sdk/adapters/${name}-cdn.ts` },
    plugins: cdnPlugins(),
    onwarn,
    output: { ...cdnOutput, inlineDynamicImports: true },
  })),
  // The autoloader and one file per element, sharing the runtime and SDK chunks.
  {
    // hydrate.js: Lit's hydration support, which the loader imports first on a page with server-rendered elements.
    input: { loader: 'src/autoloader/index.ts', hydrate: 'src/internal/hydrate.ts', ...elementInputs('elements/') },
    plugins: [...cdnPlugins(), cdnManifest('loader')],
    onwarn,
    preserveEntrySignatures: 'allow-extension',
    output: { ...cdnOutput, manualChunks: sharedChunk },
  },
];
