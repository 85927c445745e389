import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates the SDK's typed documents from the committed schema and `sdk/operations`.
 * The output is committed; `sdk/scripts/check-generated.mjs` fails when it drifts.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['sdk/operations/**/*.graphql'],
  // An operations folder that matches nothing is a mistake, not an empty SDK.
  ignoreNoDocuments: false,
  // NodeNext resolution needs explicit extensions on relative imports between generated files.
  importExtension: '.js',
  generates: {
    'sdk/src/generated/': {
      preset: 'client',
      presetConfig: {
        // Results are plain typed objects: fragments spread into their parents' types.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // Union of string literals, no runtime enum objects. This is what `enumsAsTypes: true`
        // meant for the `typescript` plugin; the client preset's typescript-operations 6 only
        // knows `enumType` (and ignores `enumsAsTypes`).
        enumType: 'string-literal',
        // Every custom scalar must be mapped, so a new one fails generation instead of `any`.
        strictScalars: true,
        scalars: {
          ID: 'string',
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          EmailAddress: 'string',
          IdentityDocumentNumber: 'string',
          JSONObject: 'Record<string, unknown>',
          PhoneNumber: 'string',
        },
      },
    },
  },
};

export default config;
