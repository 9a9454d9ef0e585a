import { describe, expect, it } from 'vitest';
import { readResetForm } from './reset-form';

const form = { topic: 'orders', partitions: '', kind: 'earliest' as const, value: '' };

describe('readResetForm', () => {
  it('resets all partitions when none are listed', () => {
    expect(readResetForm(form)).toEqual({ ok: true, topic: 'orders', partitions: undefined, to: 'earliest' });
  });

  it('reads a comma list of partitions', () => {
    expect(readResetForm({ ...form, partitions: '0, 2' })).toMatchObject({ ok: true, partitions: [0, 2] });
  });

  it('refuses partitions that are not numbers', () => {
    expect(readResetForm({ ...form, partitions: '1,a' })).toMatchObject({ ok: false });
  });

  it('turns a local date and time into an ISO timestamp', () => {
    const r = readResetForm({ ...form, kind: 'timestamp', value: '2026-01-02T03:04' });
    expect(r).toMatchObject({ ok: true, to: { timestamp: new Date('2026-01-02T03:04').toISOString() } });
  });

  it('reads a negative shift and refuses a negative offset', () => {
    expect(readResetForm({ ...form, kind: 'shiftBy', value: '-5' })).toMatchObject({ ok: true, to: { shiftBy: -5 } });
    expect(readResetForm({ ...form, kind: 'offset', value: '-5' })).toMatchObject({ ok: false });
  });

  it('asks for a topic and a value', () => {
    expect(readResetForm({ ...form, topic: ' ' })).toEqual({ ok: false, message: 'Choose a topic' });
    expect(readResetForm({ ...form, kind: 'offset', value: '' })).toMatchObject({ ok: false });
  });
});
