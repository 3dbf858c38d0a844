/** An author's role and biography in one language, from content/authors.yml. */
export function AuthorIntro({ role, bio }: { role?: string; bio?: string }) {
  return (
    <div className="author-intro">
      {role ? <p className="author-role">{role}</p> : null}
      {bio ? <p className="author-bio">{bio}</p> : null}
    </div>
  );
}
