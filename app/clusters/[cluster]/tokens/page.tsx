import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { TokensView } from './tokens-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('tokens.title') };
}

export default function TokensPage() {
  return <TokensView />;
}
