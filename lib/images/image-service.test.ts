import { describe, expect, it } from 'vitest';
import { readImageService } from './image-service';

const THUMBOR = {
  IMAGE_SERVICE: 'thumbor',
  THUMBOR_URL: 'https://images.example.org/',
  THUMBOR_SECURITY_KEY: 's3cret',
};

describe('readImageService', () => {
  it('derives files in the build when IMAGE_SERVICE is unset or empty', () => {
    expect(readImageService({})).toEqual({ kind: 'files' });
    expect(readImageService({ IMAGE_SERVICE: ' ' })).toEqual({ kind: 'files' });
  });

  it('takes Thumbor’s address (a path allowed, no trailing slash kept) and key', () => {
    expect(readImageService(THUMBOR)).toEqual({
      kind: 'thumbor',
      url: 'https://images.example.org',
      origin: 'https://images.example.org',
      key: 's3cret',
    });
    expect(readImageService({ ...THUMBOR, THUMBOR_URL: 'http://127.0.0.1:8888/thumbor/' })).toMatchObject({
      url: 'http://127.0.0.1:8888/thumbor',
      origin: 'http://127.0.0.1:8888',
    });
  });

  it.each([
    [
      'a missing address',
      { ...THUMBOR, THUMBOR_URL: undefined },
      'THUMBOR_URL is not set; with IMAGE_SERVICE=thumbor set it to the address the service answers on, e.g. https://images.example.org',
    ],
    [
      'a missing key',
      { ...THUMBOR, THUMBOR_SECURITY_KEY: undefined },
      "THUMBOR_SECURITY_KEY is not set; with IMAGE_SERVICE=thumbor set it to the service's SECURITY_KEY (from the environment or the CI's secrets, never committed)",
    ],
    [
      'an empty key',
      { ...THUMBOR, THUMBOR_SECURITY_KEY: '  ' },
      "THUMBOR_SECURITY_KEY is not set; with IMAGE_SERVICE=thumbor set it to the service's SECURITY_KEY (from the environment or the CI's secrets, never committed)",
    ],
    [
      'an address that is not one',
      { ...THUMBOR, THUMBOR_URL: 'images.example.org' },
      'THUMBOR_URL: "images.example.org" is not a web address; set it to the service\'s address, e.g. https://images.example.org',
    ],
    [
      'an address with a query',
      { ...THUMBOR, THUMBOR_URL: 'https://images.example.org/?key=x' },
      'THUMBOR_URL: "https://images.example.org/?key=x" must be an http(s) address with no query, fragment or password, e.g. https://images.example.org',
    ],
    [
      'a service the site does not know',
      { ...THUMBOR, IMAGE_SERVICE: 'imgix' },
      'IMAGE_SERVICE: "imgix" is not an image service this site knows; set it to thumbor, or leave it unset for photos derived by the build',
    ],
  ])('refuses %s, naming the variable and the fix', (_, env, message) => {
    expect(() => readImageService(env)).toThrow(message);
  });
});
