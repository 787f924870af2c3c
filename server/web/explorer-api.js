// The explorer's one way to /graphql: POSTs a query, with the curator's token when one is signed in
// (kept in sessionStorage, so it leaves with the tab), and throws errors that carry their code.

const TOKEN_KEY = 'resistkg.token';

export const esc = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (t) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
};

/** Runs a GraphQL operation; an error's message starts with its code ("[FORBIDDEN] …"). */
export async function gql(query, variables = {}) {
  const headers = { 'content-type': 'application/json' };
  const t = token.get();
  if (t) headers.authorization = `Bearer ${t}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors?.length) {
    const first = body.errors[0];
    const err = new Error(
      body.errors.map((e) => `${e.extensions?.code ? `[${e.extensions.code}] ` : ''}${e.message}`).join('; '),
    );
    err.code = first.extensions?.code;
    throw err;
  }
  return body.data;
}
