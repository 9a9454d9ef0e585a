import type { ReactNode } from 'react';

export function Panel({ title, hint, actions, children }: { title: string; hint?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      <div className="panel-head">
        <div>
          <h2>{title}</h2>
          {hint && <div className="hint">{hint}</div>}
        </div>
        {actions}
      </div>
      <div className="panel-body">{children}</div>
    </section>
  );
}
