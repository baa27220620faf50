import { pathToFileURL } from 'url';

/**
 * Loads an ES-module-only package (htmlparser2 12, pdfjs-dist 5) from this CommonJS code. A
 * written `import()` is rewritten to `require()` by swc under Jest, which cannot require ES
 * modules; the body of a Function is not rewritten, so the import stays native everywhere. The
 * package is resolved to a file URL first so that the import does not depend on the working directory.
 */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

export function importEsm<T>(specifier: string): Promise<T> {
  return nativeImport(pathToFileURL(require.resolve(specifier)).href) as Promise<T>;
}
