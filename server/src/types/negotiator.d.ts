// negotiator ships no types (DefinitelyTyped's @types/negotiator is not installed): what we use.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    language(available?: string[]): string | undefined;
    languages(available?: string[]): string[];
  }
}
