import { useState } from 'react';
import { isVisible, type Answers, type QuestionSpec } from '../../../../rules/questionnaire';
import { numberAnswer } from './questionnaire-form';

interface FieldProps {
  question: QuestionSpec;
  /** The field's path: "staffCount", "orderVolumes[1].monthlyVolume". */
  path: string;
  value: unknown;
  onChange: (value: unknown) => void;
  problems: Record<string, string>;
  /** The answers around a group item's questions (for their conditions). */
  outer?: Answers;
}

/** An element id for a field path ("orderVolumes[1].monthlyVolume" → "q-orderVolumes-1-monthlyVolume"). */
export const fieldId = (path: string) => `q-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/** One question with its label, help, input and, next to it, what is wrong with its answer. */
export function QuestionField({ question, path, value, onChange, problems, outer }: FieldProps) {
  const id = fieldId(path);
  const problem = problems[path];
  const hintId = question.help ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {question.label}
      {question.unit && !question.label.toLowerCase().includes(question.unit.toLowerCase()) && <span className="muted"> ({question.unit})</span>}
      {!question.required && <span className="muted"> (optional)</span>}
    </>
  );
  const hint = question.help && (
    <p id={hintId} className="field-hint">
      {question.help}
    </p>
  );
  const error = problem && (
    <p id={errorId} className="field-error">
      {question.label} {problem}
    </p>
  );

  switch (question.type) {
    case 'TEXT':
    case 'DATE':
      return (
        <div className="field question">
          <label htmlFor={id}>{label}</label>
          {hint}
          {question.type === 'TEXT' ? (
            <textarea
              id={id}
              className="input question__text"
              rows={3}
              value={typeof value === 'string' ? value : ''}
              onChange={(event) => onChange(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
            />
          ) : (
            <input
              id={id}
              type="date"
              className="input question__short"
              value={typeof value === 'string' ? value : ''}
              onChange={(event) => onChange(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
          {error}
        </div>
      );
    case 'NUMBER':
      return (
        <div className="field question">
          <label htmlFor={id}>{label}</label>
          {hint}
          <NumberInput id={id} value={value} onChange={onChange} invalid={Boolean(problem)} describedBy={describedBy} />
          {error}
        </div>
      );
    case 'YES_NO':
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const choices =
        question.type === 'YES_NO'
          ? [
              { value: true, label: 'Yes' },
              { value: false, label: 'No' },
            ]
          : (question.choices ?? []).map((choice) => ({ value: choice.value as string | boolean, label: choice.label }));
      const multiple = question.type === 'MULTIPLE_CHOICE';
      const selected = Array.isArray(value) ? value : [];
      return (
        <fieldset className="question question__choices" aria-describedby={describedBy} aria-invalid={problem ? true : undefined}>
          <legend>{label}</legend>
          {hint}
          <div className="question__options">
            {choices.map((choice) => (
              <label key={String(choice.value)} className="choice question__option">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={id}
                  checked={multiple ? selected.includes(choice.value) : value === choice.value}
                  onChange={(event) => {
                    if (!multiple) onChange(choice.value);
                    else onChange(event.target.checked ? [...selected, choice.value] : selected.filter((v) => v !== choice.value));
                  }}
                />
                {choice.label}
              </label>
            ))}
          </div>
          {error}
        </fieldset>
      );
    }
    case 'PHOTO':
      return (
        <div className="field question">
          <p className="question__label">{label}</p>
          <p className="field-hint">
            {Array.isArray(value) && value.length > 0
              ? `${value.length} photo(s) attached.`
              : 'Adding photos is not available on this screen yet.'}
          </p>
          {error}
        </div>
      );
    case 'GROUP':
      return <GroupField question={question} path={path} value={value} onChange={onChange} problems={problems} outer={outer} />;
  }
}

/** A number typed as text, so that "2." stays on screen while typing and "12a" can be named as wrong. */
function NumberInput({ id, value, onChange, invalid, describedBy }: { id: string; value: unknown; onChange: (v: unknown) => void; invalid: boolean; describedBy?: string }) {
  const format = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const [text, setText] = useState(format(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // An answer changed from elsewhere (a draft restored) replaces the text; typing keeps its own.
    setSeen(value);
    if (numberAnswer(text) !== (value ?? null)) setText(format(value));
  }
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      className="input question__short"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(numberAnswer(event.target.value));
      }}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
    />
  );
}

/** A repeat group: each item answers the nested questions; items can be added and removed. */
function GroupField({ question, path, value, onChange, problems, outer = {} }: FieldProps) {
  const items = Array.isArray(value) ? (value as Answers[]) : [];
  const problem = problems[path];
  const errorId = problem ? `${fieldId(path)}-error` : undefined;
  const setItem = (index: number, item: Answers) => onChange(items.map((existing, i) => (i === index ? item : existing)));
  return (
    <fieldset className="question question__group" aria-describedby={errorId}>
      <legend>
        {question.label}
        {!question.required && <span className="muted"> (optional)</span>}
      </legend>
      {question.help && <p className="field-hint">{question.help}</p>}
      {items.length === 0 && <p className="muted">No item yet.</p>}
      {items.map((item, index) => (
        <fieldset key={index} className="question__item">
          <legend>
            {question.label}: item {index + 1}
          </legend>
          {(question.questions ?? [])
            .filter((inner) => isVisible(inner, item, outer))
            .map((inner) => (
              <QuestionField
                key={inner.key}
                question={inner}
                path={`${path}[${index}].${inner.key}`}
                value={item[inner.key]}
                onChange={(innerValue) => setItem(index, { ...item, [inner.key]: innerValue })}
                problems={problems}
                outer={outer}
              />
            ))}
          <div className="button-row button-row--start">
            <button type="button" className="button button--secondary" onClick={() => onChange(items.filter((_, i) => i !== index))}>
              Remove item {index + 1}
            </button>
          </div>
        </fieldset>
      ))}
      {problem && (
        <p id={errorId} className="field-error">
          {question.label} {problem}
        </p>
      )}
      <div className="button-row button-row--start">
        <button type="button" className="button button--secondary" onClick={() => onChange([...items, {}])}>
          Add an item to “{question.label}”
        </button>
      </div>
    </fieldset>
  );
}
