import { useEffect, useState } from 'react';
import './qr-code.css';

type Rendered = { value: string; src: string } | { value: string; failed: true };

/**
 * A QR code of `value` as an image. The encoder (the `qrcode` package) loads only when a QR code is
 * first shown, so it never weighs on the initial JS budget.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [rendered, setRendered] = useState<Rendered>();

  useEffect(() => {
    let current = true;
    import('qrcode')
      .then(({ toString }) => toString(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(
        (svg) => current && setRendered({ value, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
        () => current && setRendered({ value, failed: true }),
      );
    return () => {
      current = false;
    };
  }, [value]);

  // Until the code for the current value exists, a placeholder of the same size keeps the layout still.
  if (!rendered || rendered.value !== value) {
    return (
      <div className="qr-code qr-code--pending" role="status">
        Preparing the QR code…
      </div>
    );
  }
  if ('failed' in rendered) {
    return (
      <div className="qr-code qr-code--pending" role="alert">
        The QR code could not be drawn: enter the key instead.
      </div>
    );
  }
  return <img className="qr-code" src={rendered.src} alt={label} width={224} height={224} />;
}
