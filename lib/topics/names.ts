// Pure: Kafka's topic naming rules, checked before anything is sent (kafka clients: common/internals/Topic.java).
import { topicNameSchema } from '../api/schemas/topics';

/** Kafka's metrics replace "." with "_", so two names differing only there collide and Kafka refuses the second. */
export function collisionKey(name: string): string {
  return name.replaceAll('.', '_');
}

/** Why a name is illegal, or null when Kafka will accept it. */
export function topicNameProblem(name: string): string | null {
  const parsed = topicNameSchema.safeParse(name);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid topic name');
}

/** The existing topic this name would collide with, if any. */
export function collidingTopic(name: string, existing: Iterable<string>): string | null {
  const key = collisionKey(name);
  for (const other of existing) if (other !== name && collisionKey(other) === key) return other;
  return null;
}

/** A hint for names mixing "." and "_", which invite collisions later. */
export function mixesPeriodAndUnderscore(name: string): boolean {
  return name.includes('.') && name.includes('_');
}
