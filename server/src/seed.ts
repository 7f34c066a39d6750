/** Writes the demo sections and articles into an empty database (once). */
import type { Db } from './db.js';
import { readingMinutes, textOfHtml } from '../../src/sdk/reading-time.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { fillEmptyCatalog, type NewArticle, type NewSection } from './repo/articles.js';
import type { NewComment } from './repo/comments.js';
import { seedComments } from './seed-comments.js';
import { stories } from './seed-articles.js';
import { seedLangs, sections } from './seed-sections.js';

/**
 * Article id of a story's language version: 1001 (story 0, en), 1002 (story 0, ar), ... Numbered by
 * the demo's languages, not the configured ones, so that a version keeps its id whatever a site serves.
 */
export const articleId = (story: number, langIndex: number) => String(1001 + story * seedLangs.length + langIndex);

/**
 * Seeds the versions in `languages` (the site's) that the demo is written in, when the articles
 * table is empty; returns the number of articles written.
 */
export async function seed(db: Db, languages: readonly string[], now = new Date()): Promise<number> {
  const langs = seedLangs.filter((lang) => languages.includes(lang));
  return fillEmptyCatalog(db, () => {
    const sectionRows: NewSection[] = Object.entries(sections).flatMap(([id, names]) => langs.map((lang) => ({ id, lang, path: names[lang] })));
    const articles: NewArticle[] = stories.flatMap((story, s) =>
      langs.map((lang) => {
        const l = seedLangs.indexOf(lang);
        const v = story.versions[lang];
        // Translations appear a little after the original.
        const publishedAt = new Date(now.getTime() - story.hoursAgo * 3_600_000 + l * 25 * 60_000);
        // Stored as readers get it, and timed on that.
        const bodyHtml = sanitizeArticleHtml(v.bodyHtml);
        return {
          id: articleId(s, l),
          slug: story.slug,
          lang,
          title: v.title,
          lead: v.lead,
          bodyHtml,
          sectionId: story.section,
          authorName: v.author,
          publishedAt,
          updatedAt: s % 2 === 0 ? new Date(publishedAt.getTime() + 90 * 60_000) : null,
          image: { src: `/images/${story.image.name}.svg`, alt: v.alt, width: story.image.width, height: story.image.height, caption: v.caption ?? null },
          tags: v.tags,
          viewCount: Math.round(story.views / (l + 1)),
          commentsOpen: story.commentsOpen,
          readingMinutes: readingMinutes(textOfHtml(bodyHtml), lang),
        };
      }),
    );
    const published = new Map(articles.map((a) => [a.id, a.publishedAt]));
    const idOf = (key: string) => `seed-${key}`;
    const comments: NewComment[] = seedComments.flatMap((c) => {
      const article = articleId(c.story, seedLangs.indexOf(c.lang));
      const at = published.get(article);
      if (!at) return []; // a language this site does not serve
      const createdAt = new Date(at.getTime() + c.minutes * 60_000);
      const status = c.status ?? 'approved';
      return [{
        id: idOf(c.key),
        articleId: article,
        parentId: c.parent && idOf(c.parent),
        authorName: c.author,
        email: `${c.key}@example.org`,
        body: c.body,
        status,
        holdCode: c.hold?.code,
        holdReason: c.hold?.reason,
        commenterKey: undefined,
        createdAt,
        ...(status !== 'pending' && { moderatedAt: new Date(createdAt.getTime() + 4 * 60_000) }),
      }];
    });
    return { sections: sectionRows, articles, comments };
  });
}
