// GraphiQL for /graphiql, bundled at build time by esbuild (no CDN at run time).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const fetcher = async (params, opts) => {
  const res = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts && opts.headers) },
    body: JSON.stringify(params),
  });
  return res.json();
};

const defaultQuery = `# resistkg: cancer drug resistance knowledge graph
query FGFR4Drugs {
  gene(symbol: "FGFR4") {
    symbol
    name
    targetedBy(first: 10) {
      totalCount
      edges { node { id name } interactionType sign belief }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true }),
);
