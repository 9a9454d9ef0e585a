import 'server-only';
// Bytes on disk: every broker answers DescribeLogDirs for the replicas it hosts. A broker that does not
// answer is reported as such beside the others' answers (partial failure is data).
import { createErrorFromCode } from './kafka-error-codes';
import { sendToBroker } from './broker-request';
import { translateKafkaError } from './errors';
import { DESCRIBE_LOG_DIRS, type DescribeLogDirsAnswer, decodeDescribeLogDirs, encodeDescribeLogDirs, type LogDirAnswer } from './protocol/log-dirs';

export interface BrokerLogDirs {
  brokerId: number;
  /** Why the broker gave no answer; its log dirs are then empty. */
  error: string | null;
  logDirs: (LogDirAnswer & { error: string | null })[];
}

function errorText(code: number): string | null {
  return code === 0 ? null : createErrorFromCode(code).message;
}

/** Each broker's log dirs, asked in parallel; topics null means every replica. */
export async function describeLogDirs(
  clusterName: string,
  brokerIds: number[],
  topics: { topic: string; partitions: number[] }[] | null,
): Promise<BrokerLogDirs[]> {
  return Promise.all(
    brokerIds.map(async (brokerId): Promise<BrokerLogDirs> => {
      try {
        const answer: DescribeLogDirsAnswer = await sendToBroker(clusterName, brokerId, {
          apiKey: DESCRIBE_LOG_DIRS.apiKey,
          apiName: 'DescribeLogDirs',
          minVersion: DESCRIBE_LOG_DIRS.minVersion,
          maxVersion: DESCRIBE_LOG_DIRS.maxVersion,
          encode: () => encodeDescribeLogDirs(topics),
          decode: decodeDescribeLogDirs,
        });
        return {
          brokerId,
          error: errorText(answer.errorCode),
          logDirs: answer.logDirs.map((d) => ({ ...d, error: errorText(d.errorCode) })),
        };
      } catch (err) {
        return { brokerId, error: translateKafkaError(err, clusterName).message, logDirs: [] };
      }
    }),
  );
}
