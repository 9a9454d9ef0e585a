import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHead } from '@/components/ui/page-head';
import { getTranslator } from '@/lib/i18n/server';
import { BrokerConfigSection } from '../broker-config-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('brokerDefaults.title') };
}

export default async function BrokerDefaultsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const cluster = decodeURIComponent((await params).cluster);
  const t = await getTranslator();
  return (
    <div className="stack">
      <PageHead
        title={t('brokerDefaults.title')}
        sub={t.rich('brokerDefaults.sub', { link: (chunks) => <Link href={`/clusters/${encodeURIComponent(cluster)}/brokers`}>{chunks}</Link> })}
      />
      <BrokerConfigSection cluster={cluster} scope="default" />
    </div>
  );
}
