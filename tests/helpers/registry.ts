import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A registry of the people and topics unit tests' made-up articles name, in every language. */
export const TEST_AUTHORS = `a-b:
  name: { en: A B, be: А Б, ru: А Б }
zmitser-mitskevich:
  name: { en: Zmitser Mitskevich, be: Зміцер Міцкевіч, ru: Дмитрий Мицкевич }
hanna-liubakova:
  name: { en: Hanna Liubakova, be: Ганна Любакова, ru: Анна Любакова }
`;

export const TEST_TOPICS = `belarus:
  name: { en: Belarus, be: Беларусь, ru: Беларусь }
nato:
  name: { en: NATO, be: НАТА, ru: НАТО }
poland:
  name: { en: Poland, be: Польшча, ru: Польша }
`;

/** Writes authors.yml and topics.yml into a content folder a test made. */
export function writeTestRegistry(contentDir: string, authors = TEST_AUTHORS, topics = TEST_TOPICS): void {
  writeFileSync(path.join(contentDir, 'authors.yml'), authors);
  writeFileSync(path.join(contentDir, 'topics.yml'), topics);
}
