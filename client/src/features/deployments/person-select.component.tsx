import { useId } from 'react';

/** One person of the CCPOR team to choose by name, or none (`noneLabel`). */
export function PersonSelect({ label, noneLabel, people, value, onChange }: {
  label: string;
  noneLabel: string;
  people: readonly { id: string; displayName: string }[];
  value: string;
  onChange(id: string): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{noneLabel}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
