import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The largest upload or pasted text the desk takes: the same as a GraphQL body (a whole gazette). */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** The most files one preview takes (a folder of a gazette year is a few dozen PDFs). */
export const BATCH_MAX_FILES = 50;

/** The most bytes one preview of many files keeps in memory while it reads them. */
export const BATCH_LIMIT_BYTES = 200 * 1024 * 1024;

/**
 * Files a form may send before the multipart parser gives up with a bare 413 (Nest's JSON, not a
 * desk page): far beyond BATCH_MAX_FILES, so even a large folder is told in Chinese how many files
 * a batch may hold, while each file past the bound is read to nothing and never kept (what stays is
 * a small object per part, some 1.5 MB at this bound).
 */
const PARSER_MAX_FILES = 5000;

interface BatchCount {
  files: number;
  bytes: number;
}

/** A file part as the multipart parser hands it to `onFile`. */
interface IncomingFile {
  file: AsyncIterable<unknown>;
  toBuffer(): Promise<Buffer>;
}

/**
 * The multipart `onFile` handler: keeps a file part in memory while its request is within the
 * batch's bounds; past them the part is drained unread and marked, so memory stays bounded by
 * `maxBytes` plus one file whatever a form sends, and the preview can say the batch was too large.
 */
export function batchKeeper(bounds: { maxFiles: number; maxBytes: number }): (this: object, part: IncomingFile) => Promise<void> {
  const counted = new WeakMap<object, BatchCount>();
  return async function keepWithinBatch(this: object, part: IncomingFile): Promise<void> {
    const count = counted.get(this) ?? { files: 0, bytes: 0 };
    counted.set(this, count);
    count.files += 1;
    if (count.files <= bounds.maxFiles && count.bytes < bounds.maxBytes) {
      count.bytes += (await part.toBuffer()).length;
      return;
    }
    Object.assign(part, { beyondBatch: true, _buf: Buffer.alloc(0) });
    for await (const chunk of part.file) void chunk;
  };
}

const FORM_TYPES = /^\s*(?:application\/x-www-form-urlencoded|multipart\/form-data)/i;

/** The desk's own addresses: forms that change things, and pages that carry the session's csrf value. */
const DESK_PATHS = /^\/(?:sign-in|sign-out|ingest|review|audit|correct)(?:[/?]|$)/;

/**
 * The desk's pages may not be framed by another site (a click on a framed 确认载入 would be the
 * editor's), load nothing from elsewhere (they are plain HTML with inline CSS) and send forms only
 * here.
 */
const DESK_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

/**
 * What the desk's forms need from the HTTP server: cookies, urlencoded and multipart bodies. Form
 * bodies are for the desk only: GraphQL keeps answering JSON alone, so another site's plain HTML
 * form (which a browser sends without asking) can never reach it.
 */
export function configureDesk(app: NestFastifyApplication): void {
  void app.register(fastifyCookie);
  void app.register(fastifyFormbody, { bodyLimit: UPLOAD_LIMIT_BYTES });
  void app.register(fastifyMultipart, {
    // Fields are on request.body before the guard runs, so the csrf field is checked before the
    // handler: a refused upload is read, never parsed or kept.
    attachFieldsToBody: true,
    // Too large is told by `truncated` and answered with a message, not thrown as a JSON error.
    throwFileSizeLimit: false,
    onFile: batchKeeper({ maxFiles: BATCH_MAX_FILES, maxBytes: BATCH_LIMIT_BYTES }),
    limits: { fileSize: UPLOAD_LIMIT_BYTES, fieldSize: UPLOAD_LIMIT_BYTES, files: PARSER_MAX_FILES, fields: 20, parts: PARSER_MAX_FILES + 24 },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (DESK_PATHS.test(request.url)) void reply.headers(DESK_HEADERS);
    // A page shown to a signed-in person carries the session's csrf value in its header: no cache
    // (a shared proxy, the browser's back-forward store after signing out) may keep it.
    if (request.headers.cookie?.includes('renmian_session=')) void reply.header('cache-control', 'no-store');
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/graphql') || !FORM_TYPES.test(String(request.headers['content-type'] ?? ''))) return;
    await reply
      .code(415)
      .type('application/json')
      .send(JSON.stringify({ data: null, errors: [{ message: 'GraphQL takes application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] }));
  });
}
