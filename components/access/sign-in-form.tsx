'use client';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ErrorCallout } from '@/components/ui/error-text';

export interface SignInFormProps {
  passwordSignIn: boolean;
  /** The SSO button's text, when single sign-on is configured. */
  oidcLabel: string | null;
  /** Where the SSO button starts the provider's round trip. */
  oidcHref: string;
  /** The last attempt's failure: the API's error, or the provider's refusal. */
  error: unknown;
  pending: boolean;
  onSubmit: (username: string, password: string) => void;
}

export function SignInForm({ passwordSignIn, oidcLabel, oidcHref, error, pending, onSubmit }: SignInFormProps) {
  const t = useTranslations('signIn');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(username, password);
  };
  return (
    <div className="stack" style={{ gap: 16 }}>
      <ErrorCallout error={error} />
      {passwordSignIn && (
        <form onSubmit={submit} className="stack" style={{ gap: 12 }} aria-label={t('passwordForm')}>
          <label className="field">
            <span>{t('username')}</span>
            <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('password')}</span>
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <button type="submit" className="button primary" disabled={pending || !username || !password}>
            {pending ? t('submitting') : t('submit')}
          </button>
        </form>
      )}
      {oidcLabel && (
        <a className="button" href={oidcHref}>
          {oidcLabel}
        </a>
      )}
      {!passwordSignIn && !oidcLabel && (
        <p className="callout warn">{t('noMethod')}</p>
      )}
    </div>
  );
}
