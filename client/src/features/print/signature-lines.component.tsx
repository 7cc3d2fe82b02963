import type { PrintDeploymentHeaderFragment } from '../../graphql/generated/graphql';

/** Blank name, signature and date lines a court files the paper record with: the court, each participating LEA, then the CCPOR team. */
export function SignatureLines({ deployment }: { deployment: PrintDeploymentHeaderFragment }) {
  const signers = [deployment.court.name, ...deployment.participatingLeas.map((l) => l.name), 'CCPOR team'];
  return (
    <section className="print-signature-lines" aria-labelledby="signature-lines-heading">
      <h2 id="signature-lines-heading">Signatures</h2>
      {signers.map((signer) => (
        <div key={signer} className="print-signature-line" data-testid="signature-line">
          <p className="print-signature-line__party">For {signer}</p>
          {['Name and title', 'Signature', 'Date'].map((caption) => (
            <div key={caption}>
              <div className="print-signature-line__blank" />
              <div className="print-signature-line__caption">{caption}</div>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
