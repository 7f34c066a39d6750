import { expect } from '@open-wc/testing';
import { clearDraft, commenterKey, loadDraft, loadIdentity, saveDraft, saveIdentity } from '../../src/components/comment-form/drafts.js';

const KEY = 'news-elements:comment-draft:';

describe('comment drafts in localStorage', () => {
  afterEach(() => localStorage.clear());

  it('keeps a draft per article, with its key and the request sent', () => {
    const sent = { authorName: 'Ada', email: '', body: 'Hi', captcha: { kind: 'pow' as const, payload: 'p' } };
    expect(saveDraft('a1', { authorName: 'Ada', email: '', body: 'Hi', key: 'k-1', sent })).to.equal(true);
    const draft = loadDraft('a1')!;
    expect(draft).to.include({ authorName: 'Ada', body: 'Hi', key: 'k-1' });
    expect(draft.sent).to.deep.equal(sent);
    expect(loadDraft('a2')).to.equal(undefined);
  });

  it('removes an empty draft instead of storing it, and clears on request', () => {
    saveDraft('a1', { authorName: 'Ada', email: '', body: 'Hi' });
    saveDraft('a1', { authorName: '', email: '', body: '' });
    expect(localStorage.getItem(`${KEY}a1`)).to.equal(null);
    saveDraft('a1', { authorName: 'Ada', email: '', body: 'Hi' });
    clearDraft('a1');
    expect(loadDraft('a1')).to.equal(undefined);
  });

  it('drops drafts older than 30 days', () => {
    saveDraft('a1', { authorName: 'Ada', email: '', body: 'Hi' });
    expect(loadDraft('a1', Date.now() + 31 * 24 * 3600_000)).to.equal(undefined);
  });

  it('reads junk as no draft and wrong types as empty fields', () => {
    localStorage.setItem(`${KEY}a1`, '{not json');
    expect(loadDraft('a1')).to.equal(undefined);
    localStorage.setItem(`${KEY}a1`, JSON.stringify({ authorName: 7, body: ['x'], savedAt: Date.now(), key: 3 }));
    const draft = loadDraft('a1')!;
    expect(draft).to.include({ authorName: '', email: '', body: '' });
    expect(draft.key).to.equal(undefined);
  });

  it('remembers name and email with one commenter key, and forgets them', () => {
    const pageKey = commenterKey();
    saveIdentity({ authorName: 'Ada', email: 'ada@example.org' });
    expect(loadIdentity()).to.deep.equal({ authorName: 'Ada', email: 'ada@example.org' });
    expect(commenterKey(), 'the key stays with the identity').to.equal(pageKey);
    saveIdentity(undefined);
    expect(loadIdentity()).to.equal(undefined);
  });

  it('never throws when storage refuses to write', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveDraft('a1', { authorName: 'Ada', email: '', body: 'Hi' })).to.equal(false);
      expect(() => saveIdentity({ authorName: 'Ada', email: 'a@b.co' })).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
