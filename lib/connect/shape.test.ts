import { describe, expect, it } from 'vitest';
import { describeValidation, failedFirst, MASK, maskConfig, sensitiveKeys, shapeValidation, summarizeConnector, topicsFromConfig, unmaskConfig } from './shape';

describe('summarizeConnector', () => {
  it('counts running and failed tasks and names the worker of each', () => {
    const s = summarizeConnector('c', 'orders', {
      status: {
        type: 'sink',
        connector: { state: 'RUNNING', worker_id: 'w1:8083' },
        tasks: [
          { id: 1, state: 'FAILED', worker_id: 'w2:8083', trace: 'boom' },
          { id: 0, state: 'RUNNING', worker_id: 'w1:8083' },
        ],
      },
      info: { config: { 'connector.class': 'X', topics: 'a, b' } },
    });
    expect(s).toMatchObject({ type: 'sink', plugin: 'X', state: 'RUNNING', tasksRunning: 1, tasksFailed: 1, topics: ['a', 'b'] });
    expect(s.tasks.map((t) => [t.id, t.workerId, t.trace])).toEqual([[0, 'w1:8083', null], [1, 'w2:8083', 'boom']]);
  });

  it('reads an unknown state as UNKNOWN rather than passing it on', () => {
    expect(summarizeConnector('c', 'x', { status: { connector: { state: 'SLEEPING' } } }).state).toBe('UNKNOWN');
  });
});

describe('topicsFromConfig', () => {
  it('names a regex and a prefix as patterns', () => {
    expect(topicsFromConfig({ 'topics.regex': 'orders-.*', 'topic.prefix': 'pg' })).toEqual(['/orders-.*/', 'pg.*']);
  });
});

describe('failedFirst', () => {
  it('puts a connector with a failed task before a healthy one', () => {
    const base = summarizeConnector('c', 'a', { status: { connector: { state: 'RUNNING' } } });
    const bad = { ...base, name: 'z', tasksFailed: 1 };
    expect([base, bad].sort(failedFirst).map((c) => c.name)).toEqual(['z', 'a']);
  });
});

describe('masking', () => {
  it('masks PASSWORD-typed keys and keys named like secrets', () => {
    const config = { 'database.password': 'p', 'my.token': 't', 'api.key': 'k', 'connection.url': 'jdbc:x', 'custom.pw': 'c' };
    const masked = sensitiveKeys(config, new Set(['custom.pw']));
    expect(masked).toEqual(['api.key', 'custom.pw', 'database.password', 'my.token']);
    expect(maskConfig(config, masked)).toEqual({ 'database.password': MASK, 'my.token': MASK, 'api.key': MASK, 'connection.url': 'jdbc:x', 'custom.pw': MASK });
  });

  it('keeps the stored secret when the edited value is still the mask, and takes a retyped one', () => {
    expect(unmaskConfig({ a: MASK, b: 'new', c: MASK }, { a: 'secret', b: 'old' })).toEqual({ a: 'secret', b: 'new', c: MASK });
  });
});

describe('shapeValidation', () => {
  it('keeps only the fields with errors and names them in one line', () => {
    const result = shapeValidation('P', {
      error_count: 1,
      configs: [
        { value: { name: 'topic', errors: ['Missing required configuration "topic" which has no default value.'] } },
        { value: { name: 'file', errors: [] } },
      ],
    });
    expect(result.errors).toEqual([{ field: 'topic', messages: ['Missing required configuration "topic" which has no default value.'] }]);
    expect(describeValidation(result)).toBe('The config is invalid: topic: Missing required configuration "topic" which has no default value.');
  });
});
