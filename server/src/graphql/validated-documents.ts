import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

/** Texts kept, at most, and their characters in all; past either the cache starts over. */
const MAX_DOCUMENTS = 1_000;
const MAX_CHARACTERS = 4_000_000;

/**
 * Documents parsed and validated against one schema, by their text: ten thousand screens that
 * subscribe with the same document parse and validate it once, and share the one parsed
 * document instead of holding a copy each. Only documents that parse and validate are kept;
 * for any other text {@link get} says `undefined`, and the caller goes its usual way, so that a
 * bad document is answered exactly as without the cache.
 */
export class ValidatedDocuments {
  private readonly byText = new Map<string, DocumentNode>();
  private characters = 0;

  constructor(private readonly schema: GraphQLSchema) {}

  /** The parsed document of `text`, if it is one that validates. */
  get(text: unknown): DocumentNode | undefined {
    if (typeof text !== 'string') return undefined;
    const cached = this.byText.get(text);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch {
      return undefined;
    }
    if (validate(this.schema, document).length > 0) return undefined;
    if (this.byText.size >= MAX_DOCUMENTS || this.characters + text.length > MAX_CHARACTERS) {
      this.byText.clear();
      this.characters = 0;
    }
    if (text.length <= MAX_CHARACTERS) {
      this.byText.set(text, document);
      this.characters += text.length;
    }
    return document;
  }
}
