/** Who wrote it. */
export function Byline({ author }: { author: string }) {
  return (
    <p className="byline">
      By <span className="author">{author}</span>
    </p>
  );
}
