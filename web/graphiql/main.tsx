// Browser entry for the offline GraphiQL bundle (built by scripts/build-graphiql.mjs).
// Everything it needs — including graphiql's inlined fonts — ends up in
// dist/graphiql, so the page works on a machine with no internet access.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/graphiql.css";
import "./page.css";

const root = document.getElementById("graphiql");
if (!root) {
  throw new Error("resgraph GraphiQL: missing #graphiql root element");
}

// The server owns the URL: it writes the endpoint into the page, so mounting
// the API under another path needs no rebuild of this bundle.
const endpoint = root.dataset.endpoint || "/graphql";
const defaultQuery = root.dataset.defaultQuery;
// A link may carry its query (`/graphql?query=…&variables=…`), so people can share what they ran.
const params = new URLSearchParams(window.location.search);
const shared = {
  ...(params.get("query") ? { query: params.get("query") ?? "" } : {}),
  ...(params.get("variables") ? { variables: params.get("variables") ?? "" } : {}),
};

// Resolve relative endpoints against the page so the fetcher gets an absolute URL.
const fetcher = createGraphiQLFetcher({ url: new URL(endpoint, window.location.href).href });

createRoot(root).render(
  <GraphiQL fetcher={fetcher} {...(defaultQuery ? { defaultQuery } : {})} {...shared} />,
);
