/** Closes a `switch` over a union: a case left out is a type error here, and a value nobody expected throws. */
export function assertUnreachable(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
