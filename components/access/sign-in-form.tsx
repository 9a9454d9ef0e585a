'use client';
import { type FormEvent, useState } from 'react';

export interface SignInFormProps {
  passwordSignIn: boolean;
  /** The SSO button's text, when single sign-on is configured. */
  oidcLabel: string | null;
  /** Where the SSO button starts the provider's round trip. */
  oidcHref: string;
  error: string | null;
  pending: boolean;
  onSubmit: (username: string, password: string) => void;
}

export function SignInForm({ passwordSignIn, oidcLabel, oidcHref, error, pending, onSubmit }: SignInFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(username, password);
  };
  return (
    <div className="stack" style={{ gap: 16 }}>
      {error && <p className="callout danger" role="alert">{error}</p>}
      {passwordSignIn && (
        <form onSubmit={submit} className="stack" style={{ gap: 12 }} aria-label="Sign in with a password">
          <label className="field">
            <span>User name</span>
            <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
          </label>
          <label className="field">
            <span>Password</span>
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <button type="submit" className="button primary" disabled={pending || !username || !password}>
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
      {oidcLabel && (
        <a className="button" href={oidcHref}>
          {oidcLabel}
        </a>
      )}
      {!passwordSignIn && !oidcLabel && (
        <p className="callout warn">No way to sign in is configured: add users or an OIDC provider to the config file's auth section.</p>
      )}
    </div>
  );
}
