/** Credits the original publisher and links to the original article. */
export function Attribution({ source }: { source: { name: string; url: string } }) {
  return (
    <p className="attribution">
      Originally published by <a href={source.url}>{source.name}</a>.
    </p>
  );
}
