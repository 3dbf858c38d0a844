import type { VFile } from 'vfile';
import { type Messages, messagesFor } from '../i18n/messages';

declare module 'vfile' {
  interface DataMap {
    /** The interface language of the article being rendered: the words the extensions add are in it. */
    messages: Messages;
  }
}

/** The messages of the article whose body `file` is (set by renderMarkdown), for the labels extensions write. */
export function bodyMessages(file: VFile): Messages {
  return file.data.messages ?? messagesFor('en');
}
