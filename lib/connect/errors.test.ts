import { describe, expect, it } from 'vitest';
import { connectErrorFor } from './errors';

describe('connectErrorFor', () => {
  it("keeps Connect's message and maps its status to ours", () => {
    const err = connectErrorFor('cdc', 404, { error_code: 404, message: 'Connector x not found' });
    expect([err.code, err.status, err.message]).toEqual(['not_found', 404, 'Connector x not found']);
  });

  it('reads a rebalance in progress as a conflict', () => {
    expect(connectErrorFor('cdc', 409, { error_code: 409, message: 'Cannot complete request momentarily due to stale configuration' }).code).toBe('conflict');
  });

  it('names the Connect cluster when the worker fails or refuses the credentials', () => {
    expect(connectErrorFor('cdc', 500, { error_code: 500, message: 'boom' }).message).toBe('Connect cluster "cdc" failed: boom');
    expect(connectErrorFor('cdc', 401, 'Unauthorized')).toMatchObject({ code: 'forbidden', message: 'Connect cluster "cdc" refused the credentials: Unauthorized' });
  });

  it('says the status when the answer has no message', () => {
    expect(connectErrorFor('cdc', 502, null)).toMatchObject({ code: 'unavailable', message: 'Connect cluster "cdc" answered HTTP 502' });
  });
});
