import { describe, expect, it } from 'vitest';
import type { ConfigDef } from '../api/schemas/connect';
import { buildConfig, formFields, parsePropertyLines, toPropertyLines } from './form';

const def = (name: string, required: boolean, importance = 'LOW'): ConfigDef => ({
  name, type: 'STRING', required, defaultValue: null, importance, documentation: null, group: null, orderInGroup: null,
});

describe('formFields', () => {
  it('leads with required fields, then by importance, and leaves out what the form sets itself', () => {
    const fields = formFields([def('batch.size', false), def('name', true), def('file', false, 'HIGH'), def('topic', true, 'HIGH'), def('connector.class', true)]);
    expect(fields.map((f) => f.name)).toEqual(['topic', 'file', 'batch.size']);
  });
});

describe('parsePropertyLines', () => {
  it('reads key=value lines, keeping "=" inside values and skipping comments', () => {
    expect(parsePropertyLines('# c\na=1\n\n b = x=y ')).toEqual({ ok: true, config: { a: '1', b: 'x=y' } });
  });

  it('names the line that is not key=value', () => {
    expect(parsePropertyLines('a=1\noops')).toEqual({ ok: false, line: 2, message: 'Line 2: expected key=value' });
  });

  it('round-trips a config without its name', () => {
    expect(parsePropertyLines(toPropertyLines({ name: 'n', b: '2', a: '1' }))).toEqual({ ok: true, config: { a: '1', b: '2' } });
  });
});

describe('buildConfig', () => {
  it('drops empty fields so the plugin default applies, and lets extra lines override', () => {
    expect(buildConfig('P', { topic: ' t ', file: '' }, { 'tasks.max': '2' })).toEqual({ 'connector.class': 'P', topic: 't', 'tasks.max': '2' });
  });
});
