import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/client';

/** One field of a public form: its name is the key the server reads. */
export interface SubmitField {
  name: string;
  label: string;
  max: number;
  required?: boolean;
  multiline?: boolean;
  hint?: string;
}

/** A text field with its limit and a live count (the server refuses anything longer). */
function Field({ label, name, max, required, multiline, hint, error }: SubmitField & { error?: string }) {
  const id = useId();
  const [length, setLength] = useState(0);
  const props = {
    id,
    name,
    maxLength: max,
    required,
    'aria-describedby': `${id}-count`,
    'aria-invalid': error ? true : undefined,
    onChange: (e: { target: { value: string } }) => setLength(e.target.value.length),
  };
  return (
    <div className="public-field">
      <label htmlFor={id}>
        {label}
        {required ? '' : '（选填）'}
      </label>
      {multiline ? <textarea rows={6} {...props} /> : <input type="text" {...props} />}
      <span id={`${id}-count`} className="public-secondary">
        {hint ? `${hint} · ` : ''}
        {length} / {max} 字
      </span>
      {error && <span className="public-error">{error}</span>}
    </div>
  );
}

/**
 * A resident's form on a public page (no account): the fields with their limits, the server's
 * refusal under the field it names (else above the button), and its 收到 message once sent, after
 * which the form starts empty again. Texts are trimmed; an optional field left empty is not sent.
 */
export function PublicSubmitForm({
  label,
  submitLabel,
  fields,
  send,
}: {
  /** The form's accessible name, e.g. 我要留言. */
  label: string;
  submitLabel: string;
  fields: SubmitField[];
  send: (values: Record<string, string | undefined>) => Promise<{ message: string }>;
}) {
  const [state, setState] = useState<{ done?: string; error?: string; field?: string; busy?: boolean }>({});
  const [formKey, setFormKey] = useState(0);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const values = Object.fromEntries(
      fields.map((field) => {
        const value = String(f.get(field.name) ?? '').trim();
        return [field.name, field.required ? value : value || undefined];
      }),
    );
    // The form's own words for an empty field, not the browser's (in whatever language it has).
    const empty = fields.find((field) => field.required && !values[field.name]);
    if (empty) {
      setState({ error: `请填写${empty.label}`, field: empty.name });
      return;
    }
    setState({ busy: true });
    try {
      const res = await send(values);
      setState({ done: res.message });
      setFormKey((k) => k + 1);
    } catch (err) {
      setState({
        error: err instanceof Error ? err.message : '提交失败',
        field: err instanceof ApiError ? err.field : undefined,
      });
    }
  };
  return (
    <form key={formKey} className="public-card public-stack" aria-label={label} onSubmit={submit} noValidate>
      {fields.map((field) => (
        <Field key={field.name} {...field} error={state.field === field.name ? state.error : undefined} />
      ))}
      {state.error && !state.field && (
        <p role="alert" className="public-error">
          {state.error}
        </p>
      )}
      {state.done && (
        <p role="status" className="public-success">
          {state.done}
        </p>
      )}
      <button type="submit" className="public-primary" disabled={state.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
