/** One way to share an article without any third-party script: a plain link. */
export type ShareLink = Readonly<{ network: string; label: string; href: string }>;

/**
 * Links that open each network's own share page with the canonical URL and headline, correctly
 * encoded. They load nothing until the reader follows one.
 */
export function shareLinks(url: string, headline: string): readonly ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(headline);
  return [
    {
      network: 'email',
      label: 'Email',
      href: `mailto:?subject=${t}&body=${encodeURIComponent(`${headline}\n${url}`)}`,
    },
    { network: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${headline} ${url}`)}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
