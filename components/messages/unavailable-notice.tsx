/** Says which partitions a read could not reach (no leader, broker down): the rest is shown. */
export function UnavailableNotice({ partitions }: { partitions?: readonly number[] }) {
  if (!partitions?.length) return null;
  const list = partitions.join(', ');
  return (
    <p className="callout warn" role="status">
      {partitions.length === 1 ? `Partition ${list} cannot be read right now` : `Partitions ${list} cannot be read right now`} (no leader or its broker is down);
      the other partitions are shown.
    </p>
  );
}
