import { Fragment, type ReactNode } from 'react';

/** A message's parts (text and elements) as React children, each with the key React asks of a list. */
export function keyed(parts: readonly ReactNode[]): ReactNode[] {
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
