// Pure: KRaft metadata.version feature levels as Kafka names them (org.apache.kafka.server.common.MetadataVersion,
// printed from the 4.3.1 jar). The highest level a broker supports tells its release.
const LEVELS: Record<number, string> = {
  7: '3.3-IV3', 8: '3.4-IV0', 9: '3.5-IV0', 10: '3.5-IV1', 11: '3.5-IV2', 12: '3.6-IV0', 13: '3.6-IV1',
  14: '3.6-IV2', 15: '3.7-IV0', 16: '3.7-IV1', 17: '3.7-IV2', 18: '3.7-IV3', 19: '3.7-IV4', 20: '3.8-IV0',
  21: '3.9-IV0', 22: '4.0-IV0', 23: '4.0-IV1', 24: '4.0-IV2', 25: '4.0-IV3', 26: '4.1-IV0', 27: '4.1-IV1',
  28: '4.2-IV0', 29: '4.2-IV1', 30: '4.3-IV0', 31: '4.4-IV0',
};
const NEWEST_KNOWN = 31;

/** "4.3-IV0" for level 30; levels past the table are named by what we know is below them. */
export function metadataVersionName(level: number): string {
  if (LEVELS[level]) return LEVELS[level];
  if (level > NEWEST_KNOWN) return `newer than ${LEVELS[NEWEST_KNOWN]} (level ${level})`;
  return `level ${level}`;
}

/** The Kafka release ("4.3") from the highest metadata.version a broker supports, or null if unknown. */
export function kafkaReleaseFromMetadataLevel(maxSupportedLevel: number | undefined): string | null {
  if (maxSupportedLevel === undefined) return null;
  const name = LEVELS[maxSupportedLevel];
  if (name) return name.split('-')[0]!;
  return maxSupportedLevel > NEWEST_KNOWN ? `newer than ${LEVELS[NEWEST_KNOWN]!.split('-')[0]}` : null;
}
