import { TenureRecord, tenuresToPopolo } from '@renmian/exports';
import { popoloErrors } from '../../support/popolo-schemas.util';
import { tenureRecord } from '../../support/tenure-record.util';

const BASE = 'https://renmian.example.gov.cn/';

const tenure = (over: Partial<TenureRecord> = {}): TenureRecord => tenureRecord(over);

describe("the Popolo export against Popolo's own JSON Schemas (draft-03)", () => {
  it('validates: persons, organizations, posts and memberships, ended, open, with an unknown start or a notice without a number', () => {
    const doc = tenuresToPopolo(
      [
        tenure(),
        tenure({ personId: '8', person: '李四', start: null, end: '2024-03-09', endReason: 'SUPERSEDED', endInferred: true }),
        tenure({ personId: '9', person: '王五', source: { key: 'a1b2c3d4e5f6', docNumber: null, issuer: null, title: null, signedOn: null } }),
        tenure({ personId: '10', person: '赵六', source: null }),
      ],
      BASE,
    );
    expect(popoloErrors(doc)).toEqual([]);
  });

  it("links each membership's source to its notice's page under the base address", () => {
    const doc = tenuresToPopolo([tenure(), tenure({ personId: '9', source: { key: 'a1b2c3d4e5f6', docNumber: null, issuer: null, title: null, signedOn: null } })], BASE);
    expect(doc.memberships[0].sources).toEqual([
      { url: `https://renmian.example.gov.cn/notice/${encodeURIComponent('青政任〔2024〕3号')}`, note: '青禾市人民政府 青政任〔2024〕3号 关于任免张晓明等同志职务的通知' },
    ]);
    expect(doc.memberships[1].sources).toEqual([{ url: 'https://renmian.example.gov.cn/notice/a1b2c3d4e5f6' }]);
  });

  it('catches what the standard forbids (the validator is not a formality): a source without a url, a date not in its pattern', () => {
    const doc = tenuresToPopolo([tenure()], BASE);
    const broken = { ...doc, memberships: [{ ...doc.memberships[0], sources: [{ note: 'no url' }], start_date: '2024年3月9日' }] } as unknown as typeof doc;
    const errors = popoloErrors(broken);
    expect(errors.some((e) => /memberships\[0\]\.sources\[0\]\.url: is required/.test(e))).toBe(true);
    expect(errors.some((e) => /memberships\[0\]\.start_date: does not match pattern/.test(e))).toBe(true);
  });
});
