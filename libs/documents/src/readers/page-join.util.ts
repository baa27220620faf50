/**
 * Pages joined into one text the way gazette pages print, so that the parser's handling of page
 * breaks applies: after each page but the last its number alone on a line (`— 3 —`, unless the
 * page already ends with one) and a blank line. A clause broken across the break is joined again
 * by the parser, which sets page numbers and blank lines aside.
 */
export function joinPages(pages: string[][]): { text: string; linePages: (number | null)[] } {
  const lines: string[] = [];
  const linePages: (number | null)[] = [];
  pages.forEach((pageLines, i) => {
    const page = i + 1;
    for (const line of pageLines) {
      lines.push(line);
      linePages.push(page);
    }
    if (page === pages.length) return;
    if (!PAGE_NUMBER.test((pageLines[pageLines.length - 1] ?? '').replace(/\s/g, ''))) {
      lines.push(`— ${page} —`);
      linePages.push(page);
    }
    lines.push('');
    linePages.push(null);
  });
  return { text: lines.join('\n'), linePages };
}

/** A page number standing alone (spaces removed), as the parser recognises it (`— 77 —`, `·12·`, `第3页`, `12`). */
const PAGE_NUMBER = /^(?:[—－\-·•]{0,3}\d{1,4}[—－\-·•]{0,3}|第\d{1,4}页)$/;
