/** Something in a body that would not be published as written, with the line it is on. */
export type BodyProblem = Readonly<{ line: number | undefined; found: string; fix: string }>;
