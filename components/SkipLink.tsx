/** The first focusable element: lets keyboard and screen reader users jump past the header. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main" data-print="hide">
      Skip to content
    </a>
  );
}
