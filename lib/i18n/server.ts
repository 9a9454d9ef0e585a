import 'server-only';
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { isLocale, type Locale, LOCALE_COOKIE, negotiateLocale } from './locales';
import { MESSAGES } from './messages';

/** The reader's locale: the switcher's cookie, else the browser's Accept-Language. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get('accept-language'));
}

/** For server components and metadata (page titles). */
export async function getTranslator() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
