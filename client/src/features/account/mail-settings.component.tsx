import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import { LabelOptions } from '../../app/label-options.component';
import type { MailDelivery, MailKind } from '../../graphql/generated/graphql';
import { MyMailSettingsDocument, UpdateMyMailSettingsDocument } from '../../graphql/documents/mail';
import { MAIL_DELIVERY_LABELS, MAIL_KIND_LABELS } from '../../../../rules/labels';
import '../admin/admin.css';

/** The time zones offered: the courts' own first, then every zone this browser knows. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'America/Los_Angeles', ...known])];
}

/** How the person gets each kind of e-mail, and the time zone of their 7:00 daily digest. */
export function MailSettings() {
  const { data } = useQuery(MyMailSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(UpdateMyMailSettingsDocument);
  const [changes, setChanges] = useState<Partial<Record<MailKind, MailDelivery>>>({});
  const [timeZone, setTimeZone] = useState<string>();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const zoneId = useId();
  const me = data?.me;
  if (!me?.mailPreferences) return <p role="status">Loading your e-mail settings…</p>;

  const submit = async () => {
    setNotice(undefined);
    try {
      await save({
        variables: {
          input: {
            preferences: Object.entries(changes).map(([kind, delivery]) => ({ kind: kind as MailKind, delivery })),
            timeZone: timeZone ?? null,
            baseVersion: me.version,
            mutationId: crypto.randomUUID(),
          },
        },
      });
      setChanges({});
      setTimeZone(undefined);
      setNotice({ tone: 'success', text: 'E-mail settings saved.' });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessageOf(error) });
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <table className="admin-table" aria-label="E-mail by kind">
        <thead>
          <tr>
            <th scope="col">E-mail me when</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {me.mailPreferences.map((p) => (
            <tr key={p.kind}>
              <td id={`mail-kind-${p.kind}`}>{MAIL_KIND_LABELS[p.kind]}</td>
              <td>
                <select
                  className="input"
                  aria-labelledby={`mail-kind-${p.kind}`}
                  value={changes[p.kind] ?? p.delivery}
                  onChange={(e) => setChanges((c) => ({ ...c, [p.kind]: e.target.value as MailDelivery }))}
                >
                  <LabelOptions labels={MAIL_DELIVERY_LABELS} />
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field">
        <label htmlFor={zoneId}>Time zone (the daily digest comes at 7:00 there)</label>
        <select id={zoneId} className="input" value={timeZone ?? me.timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {timeZones(me.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : 'Save e-mail settings'}
        </button>
      </div>
      {notice && (
        <p className={`callout callout--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </form>
  );
}
