/** The options of a select over an enum, in the order and the words of its labels record. */
export function LabelOptions<Value extends string>({ labels }: { labels: Record<Value, string> }) {
  return (
    <>
      {(Object.keys(labels) as Value[]).map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
