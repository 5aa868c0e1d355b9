import type { CodegenConfig } from '@graphql-codegen/cli';

// Types every operation in app/ (and the web server's, which the app shares: src/main/resources) against the committed snapshot of the gateway's composed schema
// (schema.graphql; scripts/check-schema.mjs compares it with a live gateway's): an operation the schema
// no longer answers fails the build.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['app/**/*.{ts,tsx}', '!app/gql/**/*', 'src/main/resources/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'app/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        scalars: { BigDecimal: 'string | number', Date: 'string', DateTime: 'string', BigInteger: 'string | number', Long: 'number' },
      },
    },
  },
};
export default config;
