/**
 * Notices written for a test, in the layout real gazettes use (see docs/samples), so that tests can
 * place appointments at dates relative to today — probations that end next week, for example.
 */
export interface AppointClause {
  person: string;
  post: string;
  /** Written as the notice writes it: 一年, 六个月… */
  probation?: string;
  after?: string;
}

export interface NoticeSpec {
  issuer: string;
  docNumber: string;
  /** yyyy-mm-dd */
  date: string;
  appoint?: AppointClause[];
  remove?: { person: string; post: string }[];
  /** Lines under the appointments that no clause form reads (the parser must report them). */
  unreadable?: string[];
}

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function isoDaysFromToday(days: number, years = 0): string {
  const zone = 'Asia/Shanghai';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function noticeText(n: NoticeSpec): string {
  const first = n.appoint?.[0]?.person ?? n.remove?.[0]?.person ?? '';
  const lines = [`# ${n.issuer} 关于任免${first}等工作人员职务的通知`, '', n.docNumber, '', `${n.issuer.replace(/人民政府$/, '')}各部门：`, ''];
  if (n.appoint?.length) {
    lines.push('经研究决定，任命：', '');
    for (const a of n.appoint) {
      const notes = [a.probation ? `试用期${a.probation}` : null, a.after ? `列${a.after}之后` : null].filter(Boolean);
      lines.push(`${a.person}为${a.post}${notes.map((x) => `（${x}）`).join('')}；`, '');
    }
    for (const u of n.unreadable ?? []) lines.push(u, '');
  }
  if (n.remove?.length) {
    lines.push('免去：', '');
    for (const r of n.remove) lines.push(`${r.person}的${r.post}职务；`, '');
  }
  lines.push(n.issuer, '', chineseDate(n.date), '');
  return lines.join('\n');
}
