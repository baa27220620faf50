/**
 * Loads an ES-module-only package (htmlparser2 12, pdfjs-dist 5) from this CommonJS code. With
 * `module: node16` TypeScript leaves `import()` as it is, so Node loads the package as an ES
 * module; Jest's swc transform is told to leave it too (jest.config.js, `ignoreDynamic`). One
 * place, so that a package's types are named once and a later change of approach is one edit.
 */
export function importEsm<T>(specifier: 'htmlparser2' | 'pdfjs-dist/legacy/build/pdf.mjs'): Promise<T> {
  switch (specifier) {
    case 'htmlparser2':
      return import('htmlparser2') as Promise<T>;
    case 'pdfjs-dist/legacy/build/pdf.mjs':
      return import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<T>;
  }
}
