import JSZip from 'jszip';
import { readDocument } from '@renmian/documents';
import { parseNotices } from '@renmian/notice-parser';
import { NOTICE_EVENTS, NOTICE_PAGES, buildDocx, eventF1 } from '../../support/document-fixtures.util';

describe('readDocument: a Word document (DOCX built in the test)', () => {
  it('gives one line per paragraph and the parser every event', async () => {
    const paragraphs = NOTICE_PAGES.flat();
    const doc = await readDocument(await buildDocx(paragraphs), { name: 'notice.docx' });
    expect(doc).toMatchObject({ kind: 'docx', pageCount: null, ocr: false });
    expect(doc.text.split('\n')).toEqual(paragraphs);
    expect(doc.linePages).toEqual(paragraphs.map(() => null));
    expect(eventF1(NOTICE_EVENTS, parseNotices(doc.text)).f1).toBe(1);
  });

  it('is told by its content: a Word document named .txt is still read as Word', async () => {
    const doc = await readDocument(await buildDocx(['任命甲某为局长。']), { name: 'renamed.txt' });
    expect(doc.kind).toBe('docx');
  });

  it('says a Word document without text is EMPTY', async () => {
    const e = await readDocument(await buildDocx(['', '']), { name: 'blank.docx' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'EMPTY', status: 400 });
    expect((e as Error).message).toMatch(/^blank\.docx: /);
  });

  it('says a Word document whose body is broken is UNREADABLE', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(['任命甲某为局长。']));
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const e = await readDocument(await zip.generateAsync({ type: 'nodebuffer' }), { name: 'broken.docx' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'UNREADABLE', status: 400 });
  });
});
