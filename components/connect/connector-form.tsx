'use client';
// The create form, built from the plugin's config definitions; presentational: values and errors in, changes out.
import type { ConfigDef } from '@/lib/api/schemas/connect';
import styles from './connect.module.css';

interface ConnectorFormProps {
  fields: ConfigDef[];
  name: string;
  values: Record<string, string>;
  extra: string;
  /** Validation messages by config key ("name" and "extra" included). */
  errors: Record<string, string[]>;
  busy: boolean;
  onName: (name: string) => void;
  onValue: (key: string, value: string) => void;
  onExtra: (text: string) => void;
  onSubmit: () => void;
}

function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className={styles.fieldError} role="alert">
      {messages.join(' ')}
    </span>
  );
}

export function ConnectorForm({ fields, name, values, extra, errors, busy, onName, onValue, onExtra, onSubmit }: ConnectorFormProps) {
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label className="field">
        <span>Connector name (required)</span>
        <input type="text" value={name} onChange={(e) => onName(e.target.value)} autoComplete="off" aria-describedby="err-name" aria-invalid={Boolean(errors.name?.length)} />
        <FieldErrors id="err-name" messages={errors.name} />
      </label>
      {fields.map((f) => {
        const errId = `err-${f.name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        return (
          <label className="field" key={f.name}>
            <span>
              {f.name}
              {f.required ? ' (required)' : ''} <span className="muted">· {f.type.toLowerCase()}</span>
            </span>
            <input
              type={f.type === 'PASSWORD' ? 'password' : 'text'}
              value={values[f.name] ?? ''}
              placeholder={f.defaultValue ?? ''}
              onChange={(e) => onValue(f.name, e.target.value)}
              autoComplete="off"
              aria-describedby={errId}
              aria-invalid={Boolean(errors[f.name]?.length)}
            />
            {f.documentation && <span className="muted">{f.documentation}</span>}
            <FieldErrors id={errId} messages={errors[f.name]} />
          </label>
        );
      })}
      <label className="field">
        <span>Other properties (key=value per line: tasks.max, transforms, converters…)</span>
        <textarea rows={5} value={extra} onChange={(e) => onExtra(e.target.value)} spellCheck={false} aria-describedby="err-extra" />
        <FieldErrors id="err-extra" messages={errors.extra} />
      </label>
      <div className="row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Validating…' : 'Validate and create'}
        </button>
      </div>
    </form>
  );
}
