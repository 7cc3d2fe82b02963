import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import type express from 'express';

/**
 * Answers smaller than this go out as they are: compressing them saves less than it costs. The
 * client build's precompressed copies use the same limit (client/scripts/precompress.mjs).
 */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compresses answers made at request time (GraphQL, CSV reports, calendar feeds, files not
 * precompressed) with what the request accepts: brotli or gzip. A streamed answer that calls
 * `res.flush()` after each part still reaches the client part by part.
 */
export const compressAnswers = () => compression({ threshold: COMPRESSION_THRESHOLD_BYTES });

/** The client build's precompressed copies (client/scripts/precompress.mjs), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Sends a file of the client build as its precompressed copy when the request accepts one (`Vary:
 * Accept-Encoding` either way), or hands over to `next` (express.static, or `fallback`) when the
 * file has no such copies or the request accepts none.
 */
export function sendPrecompressed(req: express.Request, res: express.Response, file: string, cacheControl: string, next: (error?: unknown) => void): void {
  Promise.all([fs.promises.stat(file), fs.promises.stat(`${file}${PRECOMPRESSED[1].suffix}`)]).then(([original, copy]) => {
    // A copy older than its file is stale: the file was rewritten after the build.
    if (!original.isFile() || !copy.isFile() || copy.mtimeMs < original.mtimeMs) return next();
    res.vary('Accept-Encoding');
    // The server's preference, not the header's order (Chromium lists gzip before br).
    const chosen = PRECOMPRESSED.find((p) => req.acceptsEncodings(p.encoding) === p.encoding);
    if (!chosen) return next();
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', chosen.encoding);
    res.setHeader('Cache-Control', cacheControl);
    res.sendFile(`${file}${chosen.suffix}`, { cacheControl: false }, (error) => {
      // A client that went away (a page closed mid-download) is no failure of the server's to report.
      if (error && !res.headersSent && (error as NodeJS.ErrnoException).code !== 'ECONNABORTED') next(error);
    });
  }, () => next());
}
