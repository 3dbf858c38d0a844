import { describe, expect, it } from 'vitest';
import { toEmbed } from './embed-providers';

describe('toEmbed', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'YouTube video',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    ['https://youtu.be/dQw4w9WgXcQ?si=tracking', 'YouTube video', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'YouTube video', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'Vimeo video', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'https://vimeo.com/76979871/8272103f6e',
      'Vimeo video',
      'https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e',
    ],
    ['https://t.me/belsat/12345', 'Telegram post', 'https://t.me/belsat/12345?embed=1'],
    [
      'https://x.com/belsat_eng/status/1234567890',
      'X post',
      'https://platform.twitter.com/embed/Tweet.html?id=1234567890&dnt=true',
    ],
    [
      'https://twitter.com/belsat_eng/status/1234567890/',
      'X post',
      'https://platform.twitter.com/embed/Tweet.html?id=1234567890&dnt=true',
    ],
    ['https://www.instagram.com/p/C0dE_x-1/', 'Instagram post', 'https://www.instagram.com/p/C0dE_x-1/embed/'],
    [
      'https://www.facebook.com/belsat/posts/pfbid02abc',
      'Facebook post',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fbelsat%2Fposts%2Fpfbid02abc',
    ],
    [
      'https://www.facebook.com/belsat/videos/123456/',
      'Facebook post',
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fbelsat%2Fvideos%2F123456%2F',
    ],
  ])('embeds %s as a %s from a privacy-enhanced address', (url, name, src) => {
    expect(toEmbed(url)).toMatchObject({ platform: name.replace(/ (video|post)$/, ''), src });
  });

  it.each([
    'https://example.com/watch?v=dQw4w9WgXcQ', // another host
    'https://www.youtube.com/@belsat', // a channel, not a video
    'https://www.youtube.com/watch?v=short', // not a video id
    'https://t.me/belsat', // a channel, not a post
    'https://x.com/belsat_eng', // a profile
    'https://www.facebook.com/belsat', // a page
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', // a look-alike host
    'ftp://youtu.be/dQw4w9WgXcQ',
    'not a url',
  ])('leaves %s a plain link', (url) => {
    expect(toEmbed(url)).toBeUndefined();
  });
});
