/** A post or video from a platform, as the site can show it without the platform's trackers. */
export type Embed = Readonly<{
  /** The platform's name, e.g. YouTube; the card says "YouTube video" in the article's language. */
  platform: string;
  kind: 'video' | 'post';
  /** The player or post page the card loads when the reader asks, on its privacy-enhanced origin. */
  src: string;
}>;

type Provider = Readonly<{
  platform: string;
  kind: Embed['kind'];
  hosts: readonly string[];
  src: (url: URL) => string | undefined;
}>;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function youtubeId(url: URL): string | undefined {
  const [first, second] = url.pathname.split('/').filter(Boolean);
  const id = url.hostname === 'youtu.be' ? first : first === 'watch' ? url.searchParams.get('v') : second;
  if (url.hostname !== 'youtu.be' && first !== 'watch' && !['shorts', 'live', 'embed'].includes(first ?? '')) return;
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}

function facebookSrc(url: URL): string | undefined {
  const path = url.pathname;
  const video = /\/videos\/\d+|^\/watch\/?$|^\/reel\/\d+/.test(path);
  const post = /\/posts\/[\w.-]+|^\/permalink\.php$|^\/story\.php$/.test(path);
  if (!video && !post) return undefined;
  const original = `https://www.facebook.com${path}${url.search}`;
  return `https://www.facebook.com/plugins/${video ? 'video' : 'post'}.php?href=${encodeURIComponent(original)}`;
}

const PROVIDERS: readonly Provider[] = [
  {
    platform: 'YouTube',
    kind: 'video',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'],
    src: (url) => {
      const id = youtubeId(url);
      return id && `https://www.youtube-nocookie.com/embed/${id}`;
    },
  },
  {
    platform: 'Vimeo',
    kind: 'video',
    hosts: ['vimeo.com', 'www.vimeo.com'],
    src: (url) => {
      const [, id, hash] = /^\/(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(url.pathname) ?? [];
      return id && `https://player.vimeo.com/video/${id}?dnt=1${hash ? `&h=${hash}` : ''}`;
    },
  },
  {
    platform: 'Telegram',
    kind: 'post',
    hosts: ['t.me', 'telegram.me'],
    src: (url) => {
      const [, channel, post] = /^\/([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)\/?$/.exec(url.pathname) ?? [];
      return channel && `https://t.me/${channel}/${post}?embed=1`;
    },
  },
  {
    platform: 'X',
    kind: 'post',
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
    src: (url) => {
      const [, id] = /^\/\w{1,15}\/status\/(\d+)\/?$/.exec(url.pathname) ?? [];
      return id && `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`;
    },
  },
  {
    platform: 'Instagram',
    kind: 'post',
    hosts: ['instagram.com', 'www.instagram.com'],
    src: (url) => {
      const [, type, code] = /^\/(p|reel|tv)\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname) ?? [];
      return code && `https://www.instagram.com/${type}/${code}/embed/`;
    },
  },
  {
    platform: 'Facebook',
    kind: 'post',
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com'],
    src: facebookSrc,
  },
];

/**
 * The embed for a link to a video or post on YouTube, Vimeo, Telegram, X, Instagram or Facebook, or
 * undefined for any other address (another host, a channel page, a profile): that stays a plain link.
 */
export function toEmbed(address: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const provider = PROVIDERS.find((candidate) => candidate.hosts.includes(url.hostname));
  const src = provider?.src(url);
  return provider && src ? { platform: provider.platform, kind: provider.kind, src } : undefined;
}

/** The origins the site's pages may frame once a reader loads an embed (for the CSP `frame-src`). */
export function embedOrigin(src: string): string {
  return new URL(src).origin;
}
