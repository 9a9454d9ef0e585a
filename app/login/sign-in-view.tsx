'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { SignInForm } from '@/components/access/sign-in-form';
import { ApiError } from '@/lib/api/client';
import { keys, oidcLoginHref, sessionQuery, signIn } from '@/lib/api/queries';

/** A console path only: never another site (an open redirect would make the sign-in page a phishing aid). */
function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])\S*$/.test(next) ? next : '/';
}

export function SignInView() {
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

  if (session.isPending) return <p className="muted">Loading…</p>;
  if (session.isError) return <p className="callout danger" role="alert">{session.error.message}</p>;
  const error = params.get('error') ?? (mutation.error instanceof ApiError || mutation.error ? mutation.error.message : null);
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
