import { readDocument } from '@renmian/documents';
import { parseNotices } from '@renmian/notice-parser';
import { TextEncoder } from 'util';
import { NOTICE_EVENTS, NOTICE_NUMBER, eventF1, noticeSavedPageHtml } from '../../support/document-fixtures.util';

/** A notice page as browsers save it: site navigation, scripts and styles around the article. */
const PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于林某某等同志职务任免的通知_青禾县人民政府</title>
<style>.x { color: red }</style><script>var tracking = "任命甲为乙";</script></head>
<body>
<header><div class="logo">青禾县人民政府</div><nav><a href="/">首页</a><a href="/gk">政务公开</a></nav></header>
<div class="breadcrumb">当前位置：首页 &gt; 人事任免</div>
<main><article>
  <header><h1>青禾县人民政府
  关于林某某等同志职务任免的通知</h1></header>
  <p class="doc-no">青政任〔2031〕7号</p>
  <p>各乡镇人民政府，县政府各部门：</p>
  <p>\u3000\u3000经县人民政府研究决定：</p>
  <p>\u3000\u3000任命林某某为县文化&amp;旅游局局长；<br>免去贺某某的县文化&amp;旅游局局长职务。</p>
  <table><tr><td>姓名</td><td>职务</td></tr></table>
  <noscript>请启用脚本</noscript><template><p>模板</p></template>
  <p style="display:none">隐藏的段落</p>
  <footer><p>青禾县人民政府</p><p>2031年3月1日</p></footer>
</article></main>
<aside><ul><li>相关链接</li></ul></aside>
<footer><p>版权所有 青禾县人民政府办公室</p></footer>
</body></html>`;

describe('readDocument: HTML saved from a browser', () => {
  it('keeps what a person reads as the notice, one block a line', async () => {
    const doc = await readDocument(new TextEncoder().encode(PAGE), { name: 'page.html' });
    expect(doc.kind).toBe('html');
    expect(doc.pageCount).toBeNull();
    expect(doc.text.split('\n')).toEqual([
      '青禾县人民政府 关于林某某等同志职务任免的通知',
      '青政任〔2031〕7号',
      '各乡镇人民政府，县政府各部门：',
      '经县人民政府研究决定：',
      '任命林某某为县文化&旅游局局长；',
      '免去贺某某的县文化&旅游局局长职务。',
      '姓名',
      '职务',
      '青禾县人民政府',
      '2031年3月1日',
    ]);
    expect(doc.linePages).toHaveLength(10);
  });

  it('decodes a page that declares GBK', async () => {
    const body = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>任命林某某为局长。</p></body></html>';
    const doc = await readDocument(encodeGbk(body), { name: 'gbk.html' });
    expect(doc.text).toBe('任命林某某为局长。');
  });
});

/** GBK bytes for the few characters used here (Node encodes only UTF-8; the table is GB2312's). */
function encodeGbk(s: string): Uint8Array {
  const table: Record<string, number[]> = {
    任: [0xc8, 0xce], 命: [0xc3, 0xfc], 林: [0xc1, 0xd6], 某: [0xc4, 0xb3], 为: [0xce, 0xaa], 局: [0xbe, 0xd6], 长: [0xb3, 0xa4], '。': [0xa1, 0xa3],
  };
  const out: number[] = [];
  for (const ch of s) out.push(...(table[ch] ?? [ch.charCodeAt(0)]));
  return new Uint8Array(out);
}

describe('readDocument: the notice page as a site serves it', () => {
  it('drops the site around the notice and gives the parser every event', async () => {
    const doc = await readDocument(new TextEncoder().encode(noticeSavedPageHtml()), { name: 'saved.htm' });
    expect(doc.text).not.toMatch(/首页|dataLayer|_hmt|分享到|您的位置|主办|color/);
    const parsed = parseNotices(doc.text);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatchObject({ docNumber: NOTICE_NUMBER, date: '2031-03-01' });
    expect(eventF1(NOTICE_EVENTS, parsed).f1).toBe(1);
  });
});
