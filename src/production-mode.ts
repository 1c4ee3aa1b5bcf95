// Imported first by the CLI entry, before anything loads graphql: graphql-js picks its type checks
// when its modules load, and skips the development ones (about 5% of a nested query) only when
// NODE_ENV=production. NODE_ENV=development, set explicitly, keeps them and also lets error details
// reach API clients.
process.env.NODE_ENV ??= "production";
