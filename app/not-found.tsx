import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="main" style={{ maxWidth: 640, margin: '64px auto' }}>
      <h1>Not found</h1>
      <p className="muted">There is no such cluster or page in this console.</p>
      <Link href="/">Back to the console</Link>
    </main>
  );
}
