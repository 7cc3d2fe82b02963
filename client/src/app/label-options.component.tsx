/**
 * The options of a select over an enum, in the words of its labels record: `values` in their order when
 * given (such as the statuses a record may move to), else every value in the labels' order.
 */
export function LabelOptions<Value extends string>({ labels, values }: { labels: Record<Value, string>; values?: readonly Value[] }) {
  return (
    <>
      {(values ?? (Object.keys(labels) as Value[])).map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
