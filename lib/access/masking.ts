// Data masking: rules by topic pattern and field, applied on the server to every message before it leaves
// (browse, permalink, search, tail, export). Pure. When a field rule meets a value that is not JSON, the
// whole value is masked: the field cannot be found, so nothing of it may show.
import { createHash } from 'node:crypto';
import type { Message } from '../api/schemas/messages';
import type { MaskRule } from '../config/access-schema';
import { globMatches } from './permissions';

export const MASK = '****';

export function rulesForTopic(rules: readonly MaskRule[], topic: string): MaskRule[] {
  return rules.filter((r) => r.topics.some((p) => globMatches(p, topic)));
}

function digest(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

function replacement(action: MaskRule['action'], original: string): string | null {
  if (action === 'remove') return null;
  return action === 'hash' ? digest(original) : MASK;
}

/** Applies one action at a JSON path; false when the path is not there. */
function maskPath(root: unknown, path: readonly string[], action: MaskRule['action']): boolean {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[path[i]!];
  }
  const last = path[path.length - 1]!;
  if (!node || typeof node !== 'object' || !Object.hasOwn(node, last)) return false;
  const holder = node as Record<string, unknown>;
  if (action === 'remove') {
    if (Array.isArray(holder)) holder[Number(last)] = null;
    else delete holder[last];
  } else {
    holder[last] = replacement(action, JSON.stringify(holder[last]));
  }
  return true;
}

type Part = 'key' | 'value';

function maskPart(message: Message, part: Part, path: string[], action: MaskRule['action']): Message {
  const text = message[part];
  if (text === null) return message;
  const encodingKey = part === 'key' ? 'keyEncoding' : 'valueEncoding';
  const whole = (): Message => ({ ...message, [part]: replacement(action, text), [encodingKey]: 'text' });
  if (path.length === 0) return whole();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return whole();
  }
  if (!parsed || typeof parsed !== 'object') return whole();
  maskPath(parsed, path, action);
  return { ...message, [part]: JSON.stringify(parsed) };
}

export function maskMessage(message: Message, rules: readonly MaskRule[]): Message {
  let out = message;
  for (const rule of rules) {
    if (rule.field.startsWith('headers.')) {
      const name = rule.field.slice('headers.'.length);
      out = {
        ...out,
        headers: out.headers.flatMap((h) => {
          if (h.key !== name) return [h];
          if (rule.action === 'remove') return [];
          return [{ ...h, value: h.value === null ? null : replacement(rule.action, h.value), encoding: 'text' as const }];
        }),
      };
    } else {
      const [part, ...path] = rule.field.split('.') as [Part, ...string[]];
      out = maskPart(out, part, path, rule.action);
    }
  }
  return out;
}

/**
 * The masked field a filter mentions, if any: a search may not filter on a masked field, or the filter
 * becomes an oracle for its contents. Conservative: any mention of the field's last name counts.
 */
export function maskedFieldInFilter(filter: string, rules: readonly MaskRule[]): string | null {
  for (const rule of rules) {
    const segments = rule.field.split('.');
    const name = rule.field.startsWith('headers.') ? rule.field.slice('headers.'.length) : segments[segments.length - 1]!;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^A-Za-z0-9_$-])${escaped}($|[^A-Za-z0-9_$-])`).test(filter)) return rule.field;
  }
  return null;
}
