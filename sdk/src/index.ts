/**
 * Typed client of the Delegation Hub GraphQL API: {@link createClient}, the one error it throws
 * ({@link DelegationHubError}), and a typed document with result and variables types for every
 * operation in `sdk/operations`.
 *
 * @packageDocumentation
 */
export {
  createClient,
  type ClientOptions,
  type DelegationHubClient,
  type VariablesArgument,
} from './client.js';
export { DelegationHubError, type DelegationHubErrorOptions } from './errors.js';
export { trainManifestFile, type TrainManifestFile } from './logistics.js';
export * from './generated/graphql.js';
