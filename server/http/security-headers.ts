import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Who may use the browser features behind a permission prompt: the camera for the app itself
 * (scanner photos), nothing else for anybody.
 */
export const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), display-capture=()';

/**
 * Security headers on every response (docs/security.md#http-headers). The CSP is enforced, and no
 * script runs that is not a file of this origin: no inline script, no eval. Styles may be inline
 * (GraphiQL's editor writes its own), which cannot run code.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Photos are previewed from blob: URLs before they are uploaded; icons may be data: URLs.
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // GraphiQL's editor starts its language workers from files of this origin or blob: URLs.
          workerSrc: ["'self'", 'blob:'],
          manifestSrc: ["'self'"],
          mediaSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // For browsers that predate frame-ancestors.
      xFrameOptions: { action: 'deny' },
      // HTTPS, and so HSTS, is the reverse proxy's (docs/operations.md): two differing headers would conflict.
      strictTransportSecurity: false,
    }),
    (_req, res, next) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      next();
    },
  ];
}
