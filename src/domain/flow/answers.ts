/** What the visitor answered, keyed by screen or field id, and the values every question shares. */

export type Answer = string | readonly string[];
export type Answers = Readonly<Record<string, Answer>>;

/** Every key must hold one of its listed values. `effective-reason` is the reason after the diagnosis (see walk.ts). */
export type Condition = Readonly<Record<string, readonly string[]>>;

export const notSure = 'not-sure';
export const yesNo = ['yes', 'no', notSure] as const;
export const dontKnow = 'dont-know';
export const done = 'done';
