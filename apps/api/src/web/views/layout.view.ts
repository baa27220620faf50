import type { Viewer } from '../../identity/viewer';
import { SafeHtml, html } from './html.util';

/** Plain CSS in the page itself: nothing to build, nothing else to fetch. */
const STYLE = `
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#8b1a1a;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none}header .brand{font-weight:bold;font-size:1.2rem}
header form{margin-left:auto}header input{padding:.3rem;width:16rem}
main{max-width:72rem;margin:1rem auto;padding:0 1.2rem}
table{border-collapse:collapse;width:100%;background:#fff;margin:.6rem 0}
th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f0ecec}
th a{color:inherit}
.muted{color:#777}.inferred{color:#a05a00;font-size:.85em;border:1px solid #e0b070;border-radius:3px;padding:0 .25rem}.acting{color:#2d5f8a;font-size:.85em;border:1px solid #8ab0d0;border-radius:3px;padding:0 .25rem}
.probation{color:#1a5d8b}.retracted{background:#fde8e8;border:1px solid #e8a0a0;padding:.5rem}
.notice-text{display:grid;grid-template-columns:3.5rem 1fr 26rem;gap:0 .6rem;background:#fff;border:1px solid #ddd;padding:.5rem}
.notice-text .no{color:#999;text-align:right}.notice-text .clause{background:#fff6cf}
.notice-text .unparsed{background:#fde8e8;text-decoration:underline wavy #c00}
.events-beside{font-size:.9em}.events-beside div{margin-bottom:.2rem}
.superseded{text-decoration:line-through;color:#999}
.person{background:#fff;border:1px solid #ddd;padding:.6rem 1rem;margin:1rem 0}
nav.tabs a{margin-right:1rem}nav.tabs a.on{font-weight:bold}
header .desk{display:flex;gap:.8rem;align-items:center;border-left:1px solid #c77;padding-left:1rem}
header .desk form{margin:0}header .desk button{background:none;border:1px solid #fff;color:#fff;border-radius:3px;cursor:pointer}
.message{padding:.5rem .8rem;border-radius:3px;margin:.6rem 0}.message.error{background:#fde8e8;border:1px solid #e8a0a0}
.message.ok{background:#e8f6e8;border:1px solid #9c9}.message.warn{background:#fff6cf;border:1px solid #e0c060}
form.desk-form{background:#fff;border:1px solid #ddd;padding:.8rem 1rem;margin:.6rem 0}
form.desk-form label{display:block;margin:.4rem 0}form.desk-form input[type=text],form.desk-form input[type=password],form.desk-form textarea{width:100%;box-sizing:border-box;padding:.3rem}
form.desk-form .row{display:flex;gap:1rem;flex-wrap:wrap}form.desk-form .row label{flex:1;min-width:10rem}
a.action,button.action{font-size:.85em;margin-left:.4rem}
.review-group ul{padding:0}.review-item .evidence{padding-left:1.2rem}.review-item{list-style:none;background:#fff;border:1px solid #ddd;padding:.5rem .8rem;margin:.4rem 0}
.review-item .links,.review-item form{margin-top:.3rem}ul.evidence{margin:.2rem 0;color:#555}
table.changes{margin:0 0 .3rem;width:auto}table.changes th,table.changes td{border:none;padding:0 .4rem 0 0;background:none}
#audit pre{white-space:pre-wrap;font-size:.8em;max-width:36rem}.corrected{font-size:.85em;margin-top:.2rem}th.pick{width:2rem}.act{white-space:nowrap}
form.confirm button{font-weight:bold;padding:.3rem 1.2rem}#warnings li{margin:.2rem 0}
figure.timeline{margin:.6rem 0;background:#fff;border:1px solid #ddd;padding:.5rem}figure.timeline svg{display:block;max-width:100%;height:auto}
figure.timeline figcaption{color:#555;font-size:.9em;margin-top:.3rem}form.span-form input[type=number]{width:5rem}nav.jump a{margin-right:1rem}
#succession td:nth-child(2),#succession td:nth-child(4),#succession td:nth-child(6),#vacancies td:nth-child(2),#vacancies td:nth-child(3){white-space:nowrap}
@media print{header form,header .desk,form{display:none}th,td{font-size:.8em;padding:.2rem .3rem}main{max-width:none;margin:0}figure.timeline,tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
.badge{display:inline-block;font-size:.8em;font-weight:bold;border-radius:3px;padding:0 .35rem;border:1px solid;white-space:nowrap}
.badge.sev-high{background:#fde8e8;color:#a01010;border-color:#e8a0a0}.badge.sev-medium{background:#fff6cf;color:#7a5a00;border-color:#e0c060}
.badge.sev-low{background:#eef2f6;color:#456;border-color:#b8c4d0}
.panels{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:1rem;margin:1rem 0;align-items:start}
@media (max-width:50rem){.panels{grid-template-columns:1fr}}
.weights .badge{margin-left:.5rem}.weights .badge:first-child{margin-left:0}
.panel{background:#fff;border:1px solid #ddd;padding:.4rem 1rem}.panel h2{font-size:1.1rem;margin:.4rem 0}
.panel .count{display:inline-block;min-width:1.6rem;text-align:center;background:#8b1a1a;color:#fff;border-radius:1rem;padding:0 .5rem;font-size:.9em}
.panel ul{padding-left:1.1rem;margin:.3rem 0}.panel li{margin:.25rem 0}.panel .when{color:#555;font-size:.9em}#loads li a{white-space:nowrap}.panel .more{text-align:right;margin:.3rem 0}
`;

const ROLE_WORDS: Record<string, string> = { reader: '只读', editor: '编辑', admin: '管理员' };

/** Who is signed in, the desk's pages, and signing out (a form: leaving a session changes state). */
function deskHeader(viewer: Viewer | null): SafeHtml {
  if (!viewer) return html`<span class="desk"><a href="/sign-in">登录</a></span>`;
  return html`<span class="desk">
  <span class="who">${viewer.name}（${ROLE_WORDS[viewer.role] ?? viewer.role}）</span>
  <a href="/ingest">载入通知</a><a href="/review">待核查</a><a href="/audit">操作记录</a>
  <form method="post" action="/sign-out"><input type="hidden" name="csrf" value="${viewer.csrf}"><button type="submit">退出</button></form>
</span>`;
}

export function layout(title: string, body: SafeHtml, q = '', viewer: Viewer | null = null): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 任免</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header>
  <a class="brand" href="/">任免</a>
  <a href="/probations">试用期到期</a>
  <a href="/calendar/probations.ics">订阅试用期日历</a>
  <a href="/export/xlsx">导出 Excel</a>
  <form action="/search" method="get" role="search">
    <input type="search" name="q" value="${q}" placeholder="搜索人员、职务、机构" aria-label="搜索人员、职务、机构">
    <button type="submit">搜索</button>
  </form>
  ${deskHeader(viewer)}
</header>
<main>
${body}
</main>
</body>
</html>
`.value;
}
