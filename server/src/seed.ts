/** Writes the demo sections and articles into an empty database (once). */
import type { Db } from './db.js';
import { readingMinutes, textOfHtml } from '../../src/sdk/reading-time.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { bumpCatalogVersion } from './store.js';
import { stories } from './seed-articles.js';
import { langs, sections } from './seed-sections.js';

/** Article id of a story's language version: 1001 (story 0, en), 1002 (story 0, ar), ... */
export const articleId = (story: number, langIndex: number) => String(1001 + story * langs.length + langIndex);

/** Seeds when the articles table is empty; returns the number of articles written. */
export async function seed(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(4242002)');
    const [existing] = await tx.query<{ n: number }>('select count(*)::int as n from articles');
    if (existing && existing.n > 0) return 0;
    for (const [id, names] of Object.entries(sections)) {
      for (const lang of langs) {
        const path = names[lang];
        await tx.query('insert into sections (id, lang, name, path) values ($1, $2, $3, $4)', [
          id,
          lang,
          path[path.length - 1],
          JSON.stringify(path),
        ]);
      }
    }
    let written = 0;
    for (const [s, story] of stories.entries()) {
      for (const [l, lang] of langs.entries()) {
        const v = story.versions[lang];
        // Translations appear a little after the original.
        const published = new Date(now.getTime() - story.hoursAgo * 3_600_000 + l * 25 * 60_000);
        const updated = s % 2 === 0 ? new Date(published.getTime() + 90 * 60_000) : null;
        // Stored as readers get it, and timed on that.
        const bodyHtml = sanitizeArticleHtml(v.bodyHtml);
        await tx.query(
          `insert into articles (id, slug, lang, title, lead, body_html, section_id, author_name, published_at, updated_at,
             image_src, image_alt, image_width, image_height, image_caption, tags, view_count, comments_open, reading_minutes)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
          [
            articleId(s, l),
            story.slug,
            lang,
            v.title,
            v.lead,
            bodyHtml,
            story.section,
            v.author,
            published.toISOString(),
            updated?.toISOString() ?? null,
            `/images/${story.image.name}.svg`,
            v.alt,
            story.image.width,
            story.image.height,
            v.caption ?? null,
            JSON.stringify(v.tags),
            Math.round(story.views / (l + 1)),
            story.commentsOpen,
            readingMinutes(textOfHtml(bodyHtml), lang),
          ],
        );
        written++;
      }
    }
    await bumpCatalogVersion(tx);
    return written;
  });
}
