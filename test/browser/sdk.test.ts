/** The SDK in Chromium: real requests to the test server, the same validation and errors. */
import { expect } from '@open-wc/testing';
import { createNewsClient, NewsHttpError } from '../../src/sdk/index.js';

describe('SDK in the browser', () => {
  const client = createNewsClient({ baseUrl: '/test/fixtures/api', retries: 0 });

  it('resolves a relative baseUrl against the page and validates the response', async () => {
    const languages = await client.listLanguages();
    expect(languages.map((l) => l.nativeName)).to.deep.equal(['English', 'اردو', 'فارسی', 'العربية']);
  });

  it('rejects a 404 with NewsHttpError', async () => {
    const error = await client.getArticle({ id: 'missing' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NewsHttpError);
    expect((error as NewsHttpError).status).to.equal(404);
  });
});
