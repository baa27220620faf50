import type { PopoloDocument } from '@renmian/exports';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { popoloErrors } from '../support/popolo-schemas.util';
import { loadWebFixtures } from '../support/web-fixtures.util';

/** The live Popolo export checked by the standard's own draft-03 schemas (read from ../shared/vendor). */
describe('the Popolo export against Popolo’s schemas', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
    await loadWebFixtures(api);
  });
  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await api.close();
  });

  const exported = async () => {
    const res = await fetch(`${api.url}/export/popolo`);
    expect(res.status).toBe(200);
    return JSON.parse(await res.text()) as PopoloDocument;
  };

  it('validates, with sources on this server and under PUBLIC_URL', async () => {
    const doc = await exported();
    expect(doc.memberships.length).toBeGreaterThanOrEqual(7);
    expect(popoloErrors(doc)).toEqual([]);
    process.env.PUBLIC_URL = 'https://renmian.example.gov.cn';
    const published = await exported();
    delete process.env.PUBLIC_URL;
    expect(popoloErrors(published)).toEqual([]);
  });
});
