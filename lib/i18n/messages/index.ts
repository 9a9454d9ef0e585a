import type { Locale } from '../locales';
import { en } from './en';
import { ptBR } from './pt-BR';

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, 'pt-BR': ptBR };
