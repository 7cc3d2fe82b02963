// A field's error sits under it with the id `<field id>-error`, and the field points to it (and to its
// hint, if any) so that a screen reader reads the error with the field.

/** The error under a field, if it has one. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  );
}

/** `aria-invalid` and `aria-describedby` of the field `id` with this error (and this hint). */
export function fieldErrorProps(id: string, message: string | undefined, hintId?: string) {
  const describedBy = [hintId, message && `${id}-error`].filter(Boolean).join(' ');
  return { 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy || undefined };
}
