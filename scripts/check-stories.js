// Checks the built Storybook: every element in custom-elements.json has stories,
// and each element's stories cover the four locales (a story named for each).
import { readFileSync } from 'node:fs';

const index = JSON.parse(readFileSync(process.argv[2] ?? 'storybook-static/index.json', 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const LOCALE_NAMES = ['English', 'Arabic', 'Persian', 'Urdu'];

let problems = 0;
for (const tag of tags) {
  const mine = stories.filter((s) => s.title === `Elements/${tag}`);
  const missing = LOCALE_NAMES.filter((name) => !mine.some((s) => s.name.includes(name)));
  console.log(`${tag}: ${mine.length} stories${missing.length ? `, missing locales: ${missing.join(', ')}` : ', all four locales'}`);
  if (mine.length === 0 || missing.length > 0) problems++;
}
process.exit(problems ? 1 : 0);
