'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { SignInForm } from '@/components/access/sign-in-form';
import { ErrorCallout } from '@/components/ui/error-text';
import { keys, oidcLoginHref, sessionQuery, signIn } from '@/lib/api/queries';

/** A console path only: never another site (an open redirect would make the sign-in page a phishing aid). */
function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])\S*$/.test(next) ? next : '/';
}

export function SignInView() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const client = useQueryClient();
  const session = useQuery(sessionQuery());
  const mutation = useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => signIn(username, password),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.session() });
      router.replace(next);
    },
  });
  const signedIn = session.data && (session.data.mode === 'open' || session.data.user);
  useEffect(() => {
    if (signedIn) router.replace(next);
  }, [signedIn, next, router]);

  if (session.isPending) return <p className="muted">{t('loading')}</p>;
  if (session.isError) return <ErrorCallout error={session.error} />;
  // A provider's refusal arrives as ?error=, in the provider's words.
  const refused = params.get('error');
  const error = mutation.error ?? (refused ? new Error(refused) : null);
  return (
    <SignInForm
      passwordSignIn={session.data.passwordSignIn}
      oidcLabel={session.data.oidc?.label ?? null}
      oidcHref={oidcLoginHref(next)}
      error={error}
      pending={mutation.isPending}
      onSubmit={(username, password) => mutation.mutate({ username, password })}
    />
  );
}
