// Peer for bench/import.sh: what a developer would write with Node's built-in fetch to post a
// CSV of persons to the Identity API — token by client credentials, parse the CSV (RFC 4180
// quotes), build each Create Identity body from the API-named columns, POST it with a ref_id,
// CONCURRENCY requests in flight at a time (the same as paxosctl's import). No client-side
// checks: it sends what the file says. Prints the number of identities created.
// usage: node import-persons.mjs BASE_URL CLIENT_ID CLIENT_SECRET FILE [CONCURRENCY]
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const [base, clientId, secret, file, concurrency = '4'] = process.argv.slice(2);

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// The API-named columns the bench file uses, to their place in the body.
const paths = {
  first_name: 'person_details.first_name', last_name: 'person_details.last_name',
  date_of_birth: 'person_details.date_of_birth', email: 'person_details.email',
  address1: 'person_details.address.address1', city: 'person_details.address.city',
  province: 'person_details.address.province', zip_code: 'person_details.address.zip_code',
  country: 'person_details.address.country', nationality: 'person_details.nationality',
  cip_id: 'person_details.cip_id', cip_id_type: 'person_details.cip_id_type',
  cip_id_country: 'person_details.cip_id_country', verifier_type: 'person_details.verifier_type',
  estimated_yearly_income: 'customer_due_diligence.estimated_yearly_income',
  expected_transfer_value: 'customer_due_diligence.expected_transfer_value',
  source_of_wealth: 'customer_due_diligence.source_of_wealth',
  employment_status: 'customer_due_diligence.employment_status',
  employment_industry_sector: 'customer_due_diligence.employment_industry_sector',
};
function set(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys.at(-1)] = value;
}

const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const tokenResponse = await fetch(`${base}/oauth2/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    grant_type: 'client_credentials', client_id: clientId, client_secret: secret,
    scope: 'identity:read_identity identity:write_identity',
  }),
});
if (!tokenResponse.ok) throw new Error(`token: HTTP ${tokenResponse.status}`);
const { access_token: token } = await tokenResponse.json();

let next = 0, created = 0;
async function worker() {
  while (next < rows.length) {
    const i = next++;
    const body = { ref_id: createHash('sha256').update(rows[i].join('\x1f')).digest('hex').slice(0, 24) };
    header.forEach((name, c) => { if (paths[name] && rows[i][c]) set(body, paths[name], rows[i][c]); });
    const response = await fetch(`${base}/v2/identity/identities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.ok) created++;
    else if (response.status !== 409) throw new Error(`row ${i + 2}: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer().catch(() => {});
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
console.log(created);
