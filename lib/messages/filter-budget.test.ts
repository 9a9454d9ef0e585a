import { describe, expect, it } from 'vitest';
import { evaluationBudget } from './filter-budget';

describe('evaluationBudget', () => {
  it('adds up what each batch spent and is exhausted at the total', () => {
    const budget = evaluationBudget(100);
    budget.charge(40);
    budget.charge(50);
    expect(budget.usedMs).toBe(90);
    expect(budget.remainingMs).toBe(10);
    expect(budget.exhausted).toBe(false);
    budget.charge(10);
    expect(budget.exhausted).toBe(true);
    expect(budget.remainingMs).toBe(0);
  });

  it('ignores negative and non-finite charges', () => {
    const budget = evaluationBudget(100);
    budget.charge(-5);
    budget.charge(Number.NaN);
    budget.charge(Number.POSITIVE_INFINITY);
    expect(budget.usedMs).toBe(0);
  });

  it('says how large the budget was when it stops a filter', () => {
    expect(evaluationBudget(60_000).exhaustedReason).toMatch(/budget of 60 s/);
  });
});
