import { describe, expect, it } from 'vitest';
import {
  sideOf,
  TradeRules,
  TradeSide,
  type MatchParties,
  type TradeRule,
} from '../../server/src/auth/policy.js';
import { Role } from '../../server/src/auth/roles.js';
import { Viewer } from '../../server/src/auth/viewer.js';
import { grantOf } from '../helpers/grants.js';

/** The side rule of two-sided trade writes (auth/policy.ts `sideOf`), without HTTP. */
const match: MatchParties = {
  purchaserId: 'p1',
  delegationId: 'd1',
  subDelegationId: 's1',
  invitedByOrganisationId: 'o1',
  exhibitorId: 'x1',
};
const viewer = (...grants: Parameters<typeof grantOf>[]) =>
  new Viewer(
    { id: 'u', name: 'u' },
    grants.map(([role, more]) => grantOf(role, more)),
  );
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { code, field } = (error as { extensions: { code: string; field?: string } }).extensions;
    return field ? `${code} ${field}` : code;
  }
  return 'ok';
};

describe('the side a viewer acts for on a match', () => {
  const office = viewer([Role.DELEGATION_OFFICE, { delegationId: 'd1' }]);
  const purchaser = viewer([Role.PURCHASER, { delegationId: 'd1', purchaserId: 'p1' }]);
  const exhibitor = viewer([Role.EXHIBITOR, { expoId: 'e1', exhibitorId: 'x1' }]);
  const rival = viewer([Role.EXHIBITOR, { expoId: 'e1', exhibitorId: 'x2' }]);
  const admin = viewer([Role.ADMIN]);
  const both = viewer(
    [Role.DELEGATION_OFFICE, { delegationId: 'd1' }],
    [Role.EXHIBITOR, { expoId: 'e1', exhibitorId: 'x1' }],
  );
  const side = (
    v: Viewer,
    rule: TradeRule = TradeRules.decisions,
    requested?: TradeSide,
    fallback?: TradeSide,
  ) => codeOf(() => sideOf(v, match, rule, 'accept matches', requested, fallback ?? null));

  it('is the purchaser side for those who write its records, the exhibitor side for its representatives', () => {
    expect(sideOf(office, match, TradeRules.matchmaking, 'x', null)).toBe(TradeSide.PURCHASER_SIDE);
    expect(sideOf(purchaser, match, TradeRules.decisions, 'x', null)).toBe(
      TradeSide.PURCHASER_SIDE,
    );
    expect(sideOf(exhibitor, match, TradeRules.matchmaking, 'x', null)).toBe(
      TradeSide.EXHIBITOR_SIDE,
    );
  });

  it('refuses the others, and a side the viewer does not act for', () => {
    expect(side(rival)).toBe('FORBIDDEN');
    // the purchaser proposes nothing (matchmaking), but decides
    expect(side(purchaser, TradeRules.matchmaking)).toBe('FORBIDDEN');
    expect(side(exhibitor, TradeRules.decisions, TradeSide.PURCHASER_SIDE)).toBe('FORBIDDEN');
    expect(side(office, TradeRules.decisions, TradeSide.EXHIBITOR_SIDE)).toBe('FORBIDDEN');
  });

  it('lets ADMIN (and anyone on both sides) name the side, or takes the one the write leaves no doubt about', () => {
    expect(side(admin)).toBe('BAD_USER_INPUT side');
    expect(side(both)).toBe('BAD_USER_INPUT side');
    expect(sideOf(admin, match, TradeRules.decisions, 'x', TradeSide.EXHIBITOR_SIDE)).toBe(
      TradeSide.EXHIBITOR_SIDE,
    );
    expect(sideOf(both, match, TradeRules.decisions, 'x', null, TradeSide.EXHIBITOR_SIDE)).toBe(
      TradeSide.EXHIBITOR_SIDE,
    );
  });

  it('gives an exhibitor no delegation to read: its edition serves its needs only', () => {
    const grant = grantOf(Role.EXHIBITOR, {
      expoId: 'e1',
      exhibitorId: 'x1',
      expoDelegationIds: ['d1', 'd2'],
      needAreaIds: ['a1', 'z1'],
    });
    const v = new Viewer({ id: 'u', name: 'u' }, [grant]);
    expect(v.delegationIds).toEqual([]);
    expect(v.fullDelegationIds).toEqual([]);
    expect(v.exhibitorIds).toEqual(['x1']);
    expect(v.exhibitorDelegationIds).toEqual(['d1', 'd2']);
    expect(v.needAreaIds).toEqual(['a1', 'z1']);
  });
});
