import 'server-only';
// A producer of its own for a long-running job (the payments generator): idempotent, acks from all in-sync
// replicas, the job's patient timeouts, no topic auto-creation.
import { jobKafkaFor } from './client';

export interface JobRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface JobProducer {
  send(topic: string, records: JobRecord[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobProducer(clusterName: string, clientId: string): Promise<JobProducer> {
  const producer = jobKafkaFor(clusterName, clientId).producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  return {
    async send(topic, records) {
      await producer.send({ topic, messages: records, acks: -1 });
    },
    stop: () => producer.disconnect(),
  };
}
