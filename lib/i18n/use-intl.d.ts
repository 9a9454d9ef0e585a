// Typed keys: t('shell.cluster') is checked against the English messages, and pt-BR must match them.
import type { Locale } from './locales';
import type { Messages } from './messages';

declare module 'use-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
