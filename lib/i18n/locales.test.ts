import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { ptBR } from './messages/pt-BR';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('reads any Portuguese as pt-BR and any English as en', () => {
    expect(negotiateLocale('pt-BR,pt;q=0.9,en;q=0.8')).toBe('pt-BR');
    expect(negotiateLocale('pt-PT')).toBe('pt-BR');
    expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en');
  });

  it('follows the quality order, not the written order', () => {
    expect(negotiateLocale('en;q=0.5,pt;q=0.9')).toBe('pt-BR');
  });

  it('skips unsupported languages and falls back to English', () => {
    expect(negotiateLocale('de-DE,pt;q=0.7')).toBe('pt-BR');
    expect(negotiateLocale('fr-FR')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('pt;q=0')).toBe('en');
  });
});

describe('messages', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('pt-BR translates every English key and nothing more', () => {
    expect(keys(ptBR).sort()).toEqual(keys(en).sort());
  });

  it('pt-BR keeps each message’s placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    const flat = (o: object, prefix = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? flat(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, v as string] as [string, string]]));
    const pt = new Map(flat(ptBR));
    for (const [key, text] of flat(en)) expect([key, placeholders(pt.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });
});
