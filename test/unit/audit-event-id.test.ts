import { describe, expect, it } from 'vitest';
import { auditEventId } from '../../server/modules/audit/audit.subscriber';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('audit event ids', () => {
  it('are UUIDs that start with the millisecond they were made, so later rows sort after earlier ones', () => {
    const before = Date.now();
    const first = auditEventId();
    // The next millisecond, by the clock, not a sleep.
    while (Date.now() <= before + 1);
    const second = auditEventId();
    expect(first).toMatch(UUID_V7);
    expect(second).toMatch(UUID_V7);
    expect(parseInt(first.replace('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(before);
    expect(second > first).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, auditEventId)).size).toBe(1000);
  });
});
