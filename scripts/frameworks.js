// Framework types and editor data, generated from dist/custom-elements.json after `cem analyze`
// (so they can never drift from the elements' source), with the generators of the
// custom-element-*-integration family (break-stuff, now WC Toolkit):
//   dist/frameworks/jsx.d.ts         JSX IntrinsicElements: React 19, Preact, Solid (prop:/attr:/on:), Stencil, ...
//   dist/frameworks/vue.d.ts         Vue GlobalComponents
//   dist/frameworks/svelte.d.ts      Svelte svelteHTML IntrinsicElements
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code
//   dist/web-types.json              JetBrains IDEs (package.json "web-types")
// Each .d.ts has an empty .js beside it, so that `news-elements/jsx` and the others resolve at run time
// too (a stray `import 'news-elements/vue'` must not break a build).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

/**
 * The manifest with the element modules only. The base class module (src/internal) documents what the
 * elements inherit, but the generators would import its functions as if they were elements.
 */
const elementsOnly = () => ({
  ...structuredClone(manifest),
  modules: manifest.modules
    .filter((mod) => mod.declarations?.some((declaration) => declaration.tagName))
    .map((mod) => ({ ...mod, declarations: mod.declarations.filter((declaration) => declaration.tagName) })),
});

/**
 * The same, with each event's `type` holding the detail type: the Vue and Svelte generators wrap it
 * in `CustomEvent<…>` themselves, while the manifest (and the JSX generator) name the event type.
 */
function withDetailTypes() {
  const copy = elementsOnly();
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
        if (detail) event.type = { text: detail };
      }
    }
  }
  return copy;
}

/**
 * The Vue and Svelte generators import a type once per element that uses it (`NewsErrorDetail` six
 * times), a duplicate identifier for any project that checks library types (`skipLibCheck: false`).
 */
function dedupeImports(file) {
  const source = readFileSync(file, 'utf8');
  const fixed = source.replace(/^import type \{([^}]*)\} from ("[^"]+");$/gm, (_all, names, from) => {
    const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
    return `import type {\n  ${unique.join(',\n  ')},\n} from ${from};`;
  });
  writeFileSync(file, fixed);
}

/**
 * The Svelte generator writes for a global file, but its output imports the element types, which
 * makes it a module: its `declare namespace svelteHTML` would stay local to the file (augmenting
 * nothing), and the `JSX` it names does not exist in a Svelte project. Here the namespace goes into
 * `declare global`, `children` and `style` take what Svelte takes, and each `on:news-*` event (Svelte 4)
 * gets its Svelte 5 event attribute `onnews-*` beside it. test/types/svelte.ts checks the result.
 */
function fixSvelte(file) {
  const source = readFileSync(file, 'utf8');
  const fixed = source
    .replace('children?: JSX.Element;', 'children?: unknown;')
    .replace('style?: JSX.CSSProperties;', 'style?: string;')
    .replace(/^( {2}"on:(news-[a-z-]+)"\?: (.+);)$/gm, '$1\n  "on$2"?: $3;')
    .replace(/^declare namespace svelteHTML \{\n([\s\S]*?)^\}/m, (_all, body) => `declare global {\n  namespace svelteHTML {\n${body.trimEnd().replace(/^/gm, '  ')}\n  }\n}`);
  if (/JSX\.|^declare namespace/m.test(fixed)) throw new Error(`scripts/frameworks.js: the Svelte generator's output changed shape; check ${file}`);
  writeFileSync(file, fixed);
}

/**
 * The Vue generator names each event prop `"onnews-share"`, which no template reaches: vue-tsc
 * types `@news-share` through the camel-cased prop `onNewsShare`, as Vue's runtime names it. Each
 * event prop gets its camel-cased twin, so a listener's event (and its `detail`) is typed.
 * examples/vue checks the result (with @vue-expect-error on a wrong detail).
 */
function fixVue(file) {
  const source = readFileSync(file, 'utf8');
  const camel = (name) => name.replace(/(^|-)([a-z])/g, (_m, _dash, letter) => letter.toUpperCase());
  const fixed = source.replace(/^( {2}"on(news-[a-z-]+)"\?: (.+);)$/gm, (line, _all, name, type) => `${line}\n  on${camel(name)}?: ${type};`);
  if (!/^ {2}onNewsError\?:/m.test(fixed)) throw new Error(`scripts/frameworks.js: the Vue generator's output changed shape; check ${file}`);
  writeFileSync(file, fixed);
}

const outdir = 'dist/frameworks';
mkdirSync(outdir, { recursive: true });
// Types come from the package's own declarations: the classes, the event details, the data types.
const common = { outdir, globalTypePath: '../index.js', hideLogs: true };

generateJsxTypes(elementsOnly(), { ...common, fileName: 'jsx.d.ts', stronglyTypedEvents: true });
generateVuejsTypes(withDetailTypes(), { ...common, fileName: 'vue.d.ts' });
fixVue(`${outdir}/vue.d.ts`);
generateSvelteTypes(withDetailTypes(), { ...common, fileName: 'svelte.d.ts' });
fixSvelte(`${outdir}/svelte.d.ts`);
for (const name of ['jsx', 'vue', 'svelte']) {
  dedupeImports(`${outdir}/${name}.d.ts`);
  writeFileSync(`${outdir}/${name}.js`, `// Types only: see ${name}.d.ts.\nexport {};\n`);
}

// Editors: descriptions from the JSDoc, attribute values from the types (and the token lists that
// custom-elements-manifest.config.js adds as `expandedType`, such as the share bar's networks).
const editor = { outdir: 'dist', hideLogs: true, typesSrc: 'expandedType', hideMethodDocs: true };
generateVsCodeCustomElementData(elementsOnly(), {
  ...editor,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(elementsOnly(), { ...editor, fileName: 'web-types.json', packageJson: false });
