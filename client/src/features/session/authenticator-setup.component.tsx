import { QrCode } from '../../app/qr-code.component';
import './session.css';

/** The key grouped in fours, as authenticator apps show it ("JBSW Y3DP EHPK 3PXP"). */
const groupKey = (secret: string): string => secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? secret;

/** QR code and typed key of a new TOTP secret, for the first step of setting up an authenticator app. */
export function AuthenticatorSetup({ secret, otpauthUri }: { secret: string; otpauthUri: string }) {
  return (
    <div className="authenticator-setup">
      <QrCode value={otpauthUri} label="QR code to add CCPOR Deploy to your authenticator app" />
      <ol className="setup-steps">
        <li>Open an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator).</li>
        <li>
          Scan the QR code, or add an account by hand with this key:
          <code className="secret-key">{groupKey(secret)}</code>
        </li>
        <li>Enter the 6-digit code the app shows for CCPOR Deploy.</li>
      </ol>
    </div>
  );
}
