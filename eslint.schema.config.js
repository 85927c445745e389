// @ts-check
// Lint of the emitted SDL (schema/schema.graphql), run by `npm run lint:schema` (part of
// `npm run check`): every type, field, argument and enum value is described; connections follow
// the Relay spec; names follow the GraphQL conventions users expect. Kept apart from
// eslint.config.js so that `eslint .` stays a lint of the code.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { defineConfig } from 'eslint/config';

const SCHEMA = 'schema/schema.graphql';

export default defineConfig([
  {
    files: [SCHEMA],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: SCHEMA } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': [
        'error',
        {
          withEdgeSuffix: true,
          // Off, because the published API has them and must not change: connections carry
          // `nodes: [T!]!` beside `edges` (as GitHub's API does), and many object fields are
          // plain lists of a handful of rows (a deal's follow-ups, a meeting's people).
          listTypeCanWrapOnlyEdgeType: false,
          // Off for the same reason: AttendeeReadiness (a purchaser's attendee, checked) and
          // Notification (one user's inbox) are listed with cursors but are not refetchable
          // Nodes; every other edge's node is one.
          shouldImplementNode: false,
        },
      ],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          DirectiveDefinition: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
          'FieldDefinition[parent.name.value=Query]': {
            forbiddenPrefixes: ['query', 'get'],
            forbiddenSuffixes: ['Query'],
          },
          'FieldDefinition[parent.name.value=Mutation]': {
            forbiddenPrefixes: ['mutation'],
            forbiddenSuffixes: ['Mutation'],
          },
          'FieldDefinition[parent.name.value=Subscription]': {
            forbiddenPrefixes: ['subscription'],
            forbiddenSuffixes: ['Subscription'],
          },
          'EnumTypeDefinition,EnumTypeExtension': {
            forbiddenPrefixes: ['Enum'],
            forbiddenSuffixes: ['Enum'],
          },
          'ObjectTypeDefinition,ObjectTypeExtension': {
            forbiddenPrefixes: ['Type'],
            forbiddenSuffixes: ['Type'],
            // published before this rule: a meeting day's break (`MeetingDay.breaks`)
            ignorePattern: '^SlotBreakType$',
          },
        },
      ],
    },
  },
]);
