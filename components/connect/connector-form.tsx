'use client';
// The create form, built from the plugin's config definitions; presentational: values and errors in, changes out.
import { useTranslations } from 'use-intl';
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

/** The plugin's (or the form's) messages for one field: Connect's English. */
function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className={styles.fieldError} role="alert" lang="en">
      {messages.join(' ')}
    </span>
  );
}

function ConfigField({ f, values, errors, onValue }: { f: ConfigDef; values: Record<string, string>; errors: Record<string, string[]>; onValue: (key: string, value: string) => void }) {
  const t = useTranslations('newConnector');
  const id = `field-${f.name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <div className="field">
      {/* The label is the key alone, so a field is found by its config name; type and help are its description. */}
      <label htmlFor={id}>{f.required ? t('required', { name: f.name }) : f.name}</label>
      <input
        id={id}
        type={f.type === 'PASSWORD' ? 'password' : 'text'}
        value={values[f.name] ?? ''}
        placeholder={f.defaultValue ?? ''}
        onChange={(e) => onValue(f.name, e.target.value)}
        autoComplete="off"
        aria-describedby={`${id}-help ${id}-err`}
        aria-invalid={Boolean(errors[f.name]?.length)}
      />
      {/* The plugin's type and documentation of the key, in English. */}
      <span id={`${id}-help`} className="muted" lang="en">
        {f.type.toLowerCase()}
        {f.documentation ? ` · ${f.documentation}` : ''}
      </span>
      <FieldErrors id={`${id}-err`} messages={errors[f.name]} />
    </div>
  );
}

export function ConnectorForm({ fields, name, values, extra, errors, busy, onName, onValue, onExtra, onSubmit }: ConnectorFormProps) {
  // What must be filled, and what the plugin marks important, first; the rest have defaults and fold away.
  const t = useTranslations('newConnector');
  const primary = fields.filter((f) => f.required || f.importance === 'HIGH');
  const advanced = fields.filter((f) => !primary.includes(f));
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label className="field">
        <span>{t('name')}</span>
        <input type="text" value={name} onChange={(e) => onName(e.target.value)} autoComplete="off" aria-describedby="err-name" aria-invalid={Boolean(errors.name?.length)} />
        <FieldErrors id="err-name" messages={errors.name} />
      </label>
      {primary.map((f) => (
        <ConfigField key={f.name} f={f} values={values} errors={errors} onValue={onValue} />
      ))}
      {advanced.length > 0 && (
        <details open={advanced.some((f) => errors[f.name]?.length)}>
          <summary>{t('advanced', { count: advanced.length })}</summary>
          <div className="stack">
            {advanced.map((f) => (
              <ConfigField key={f.name} f={f} values={values} errors={errors} onValue={onValue} />
            ))}
          </div>
        </details>
      )}
      <label className="field">
        <span>{t('extra')}</span>
        <textarea rows={5} value={extra} onChange={(e) => onExtra(e.target.value)} spellCheck={false} aria-describedby="err-extra" />
        <FieldErrors id="err-extra" messages={errors.extra} />
      </label>
      <div className="row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('validating') : t('submit')}
        </button>
      </div>
    </form>
  );
}
