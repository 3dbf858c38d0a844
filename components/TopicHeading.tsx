import type { ArchiveGroup } from '@/lib/lists/archive';

/** "Articles about NATO", the topic's name in the language it was written in. */
export function TopicHeading({ topic }: { topic: ArchiveGroup }) {
  return (
    <>
      Articles about <span lang={topic.language}>{topic.name}</span>
    </>
  );
}
