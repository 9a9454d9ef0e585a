import { describe, expect, it } from 'vitest';
import { parseConfigLines } from './config-text';
import { collidingTopic, mixesPeriodAndUnderscore, topicNameProblem } from './names';

describe('topicNameProblem', () => {
  it('accepts letters, digits, ".", "_" and "-"', () => {
    expect(topicNameProblem('orders.v2_eu-west')).toBeNull();
  });

  it('names the rule a bad name breaks', () => {
    expect(topicNameProblem('has space')).toMatch(/only contain/);
    expect(topicNameProblem('..')).toMatch(/cannot be "\." or "\.\."/);
    expect(topicNameProblem('')).toMatch(/empty/);
    expect(topicNameProblem('x'.repeat(250))).toMatch(/at most 249/);
    expect(topicNameProblem('x'.repeat(249))).toBeNull();
  });
});

describe('collisions between "." and "_"', () => {
  it('finds the existing topic a name would collide with', () => {
    expect(collidingTopic('a.b', ['a_b', 'c'])).toBe('a_b');
    expect(collidingTopic('a.b', ['a.b', 'a-b'])).toBeNull();
  });

  it('warns about names mixing both', () => {
    expect(mixesPeriodAndUnderscore('a.b_c')).toBe(true);
    expect(mixesPeriodAndUnderscore('a.b.c')).toBe(false);
  });
});

describe('parseConfigLines', () => {
  it('reads key=value lines and skips blanks and comments', () => {
    expect(parseConfigLines('retention.ms=1000\n\n# note\ncleanup.policy = compact')).toEqual({ configs: { 'retention.ms': '1000', 'cleanup.policy': 'compact' } });
  });

  it('names the line without "="', () => {
    expect(parseConfigLines('a=1\nbroken')).toEqual({ error: expect.stringMatching(/^Line 2:/) });
  });
});
