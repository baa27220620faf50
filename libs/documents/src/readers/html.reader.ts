import type { Parser as HtmlParser } from 'htmlparser2' with { 'resolution-mode': 'import' };
import type { ReaderOutput } from '../document.types';
import { importEsm } from '../esm-import.util';
import { decodeHtml } from './html-charset.util';
import { unknownPages } from './text.reader';

/**
 * A page saved from a browser, as the lines a person reads on it: scripts, styles and navigation
 * dropped, each block element on lines of its own, entities decoded, the markup's own line breaks
 * and indentation collapsed as a browser does.
 */
export async function readHtml(b: Uint8Array): Promise<ReaderOutput> {
  const { Parser } = await importEsm<{ Parser: typeof HtmlParser }>('htmlparser2');
  const out = new LineCollector();
  const stack: string[] = [];
  // Stack depth at which a dropped element opened; -1 while nothing is being dropped.
  let dropFrom = -1;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (dropFrom >= 0) return;
        if (isDropped(name, attrs, stack)) {
          dropFrom = stack.length - 1;
          return;
        }
        if (name === 'pre') preDepth++;
        if (BLOCKS.has(name)) out.breakLine();
      },
      onclosetag(name) {
        stack.pop();
        if (dropFrom >= 0) {
          if (stack.length <= dropFrom) dropFrom = -1;
          return;
        }
        if (name === 'pre') preDepth--;
        if (BLOCKS.has(name)) out.breakLine();
      },
      ontext(data) {
        if (dropFrom < 0) out.add(data, preDepth > 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(decodeHtml(b));
  parser.end();
  const text = out.text();
  return { text, pageCount: null, ocr: false, linePages: unknownPages(text) };
}

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Never text a person reads as the document: code, styling, embedded things, controls. */
const ALWAYS_DROPPED = new Set([
  'audio', 'button', 'canvas', 'embed', 'head', 'iframe', 'map', 'nav', 'noscript', 'object', 'script', 'select',
  'style', 'svg', 'template', 'textarea', 'title', 'video',
]);

/** Site furniture — unless inside an article, where a header holds the title and a footer the date. */
const SITE_FURNITURE = new Set(['header', 'footer', 'aside']);
const SITE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'complementary']);

/** Class or id names that mark navigation on sites built of plain divs (as most government sites are). */
const NAVIGATION_CLASS = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|topbar|share|toolbar|skip)(?:$|[\s_-])/i;

function isDropped(name: string, attrs: Record<string, string>, stack: string[]): boolean {
  if (ALWAYS_DROPPED.has(name)) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  if (attrs.style && /display\s*:\s*none/i.test(attrs.style)) return true;
  const inArticle = stack.some((t) => t === 'article' || t === 'main');
  if (inArticle) return false;
  if (SITE_FURNITURE.has(name) || SITE_ROLES.has(attrs.role ?? '')) return true;
  return NAVIGATION_CLASS.test(attrs.class ?? '') || NAVIGATION_CLASS.test(attrs.id ?? '');
}

/** Builds lines as a browser lays text out: runs of whitespace are one space, blank lines vanish. */
class LineCollector {
  private readonly lines: string[] = [];
  private current = '';

  add(data: string, preformatted: boolean): void {
    if (!preformatted) {
      this.current += data.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    const parts = data.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.breakLine();
      this.current += part;
    });
  }

  breakLine(): void {
    const line = this.current.trim();
    if (line.length > 0) this.lines.push(line);
    this.current = '';
  }

  text(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}
