import type { PrintSignOffFragment } from '../../graphql/generated/graphql';
import { printedDateTime } from './printed-date-time';
import { PARTY_LABELS, RUN_STATUS_LABELS, SIGN_OFF_STATUS_LABELS } from '../../../../rules/labels';

/** The order the parties sign a record in: the court, its agencies, then the CCPOR team. */
const PARTY_ORDER = ['COURT', 'LEA', 'DOJ', 'CCTC', 'CCPOR_TEAM'];

/** Who signed what and when: each sign-off with its statement and the run's status it saw. */
export function SignOffTable({ signOffs, label }: { signOffs: PrintSignOffFragment[]; label: string }) {
  if (signOffs.length === 0) return <p>Nobody has signed off yet.</p>;
  const ordered = [...signOffs].sort(
    (a, b) => PARTY_ORDER.indexOf(a.party) - PARTY_ORDER.indexOf(b.party) || a.signedAt.localeCompare(b.signedAt),
  );
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Party</th>
          <th scope="col">Signed by</th>
          <th scope="col">When</th>
          <th scope="col">Statement</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((s) => (
          <tr key={s.id} className="print-signature" data-testid="sign-off-row">
            <td>
              {PARTY_LABELS[s.party]}
              {s.organization && <div>{s.organization.name}</div>}
            </td>
            <td>
              {s.signerName}
              <div>{s.signerRole}</div>
            </td>
            <td>{printedDateTime(s.signedAt)}</td>
            <td>
              {s.statement}
              <div>Run was {RUN_STATUS_LABELS[s.runStatusAtSigning].toLowerCase()} when signed; recorded by {s.recordedBy}.</div>
            </td>
            <td>
              {SIGN_OFF_STATUS_LABELS[s.status]}
              {s.staleBecause.length > 0 && <div>{s.staleBecause.join(' ')}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
