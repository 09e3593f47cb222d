// Peer for bench/run.sh: what a developer would write with Node's built-in fetch to pull
// every identity from the Identity API — token by client credentials, then follow
// next_page_cursor to the end. Prints the number of identities fetched.
// usage: node list-all.mjs BASE_URL CLIENT_ID CLIENT_SECRET [LIMIT]
const [base, clientId, secret, limit = '100'] = process.argv.slice(2);

const tokenResponse = await fetch(`${base}/oauth2/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: secret,
    scope: 'identity:read_identity',
  }),
});
if (!tokenResponse.ok) throw new Error(`token: HTTP ${tokenResponse.status}`);
const { access_token: token } = await tokenResponse.json();

let cursor = '';
let count = 0;
do {
  const url = new URL(`${base}/v2/identity/identities`);
  url.searchParams.set('limit', limit);
  if (cursor) url.searchParams.set('page_cursor', cursor);
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`list: HTTP ${response.status}`);
  const page = await response.json();
  count += page.items.length;
  cursor = page.next_page_cursor || '';
} while (cursor);
console.log(count);
