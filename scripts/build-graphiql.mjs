#!/usr/bin/env node
// Bundles the offline GraphiQL page (web/graphiql/main.tsx) into
// dist/graphiql/graphiql.{js,css}. Output dir: first argv, else
// $GRAPHIQL_OUT_DIR, else dist/graphiql (tests build into a temp dir).
import path from "node:path";
import { bundlePage, ROOT } from "./bundle-page.mjs";

const outdir = path.resolve(process.argv[2] ?? process.env.GRAPHIQL_OUT_DIR ?? path.join(ROOT, "dist/graphiql"));

// graphql-ws is only reached for websocket subscriptions, which resgraph does not
// offer; stubbing it keeps it out of the bundle and out of our dependency needs.
const stubGraphqlWs = {
  name: "stub-graphql-ws",
  setup(b) {
    b.onResolve({ filter: /^graphql-ws$/ }, () => ({
      path: path.join(ROOT, "web/graphiql/graphql-ws-stub.ts"),
    }));
  },
};

await bundlePage({
  name: "graphiql",
  entry: "web/graphiql/main.tsx",
  outdir,
  options: {
    jsx: "automatic",
    // Any font/image not already inlined by graphiql's CSS becomes a data URL,
    // so the page never asks the network (or even our server) for it.
    loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
    plugins: [stubGraphqlWs],
  },
});
