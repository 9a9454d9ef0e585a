import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInView } from './sign-in-view';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <main className="sign-in-page">
      <section className="panel sign-in-panel" aria-labelledby="sign-in-title">
        <div className="panel-body stack" style={{ gap: 16 }}>
          <h1 id="sign-in-title" className="brand-title">
            <img src="/fluxo.svg" alt="" width={28} height={28} /> Sign in to Fluxo
          </h1>
          <Suspense>
            <SignInView />
          </Suspense>
        </div>
      </section>
    </main>
  );
}
