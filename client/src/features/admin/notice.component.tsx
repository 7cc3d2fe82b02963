import type { Notice } from './admin.utils';

/** What the last action on an admin screen came to; an error is announced at once, the rest politely. */
export function NoticeCallout({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  return (
    <div className={`callout callout--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </div>
  );
}
