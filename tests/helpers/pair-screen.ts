import type { EditorClient } from './editor-client.js';

interface Pending {
  status: 'pending';
  pairingId: string;
  code: string;
}
interface Paired {
  status: 'paired';
  token: string;
  screenId: string;
}

/** Pairs a simulated device the way a player does, returning its device token. */
export async function pairScreen(
  baseUrl: string,
  editor: EditorClient,
  name: string,
): Promise<{ token: string; screenId: string }> {
  const first = (await postPair(baseUrl, {})) as Pending;
  await editor.post('/api/screens/pair', { code: first.code, name });
  const answer = (await postPair(baseUrl, { pairingId: first.pairingId })) as Paired | Pending;
  if (answer.status !== 'paired') throw new Error('the claimed pairing is still pending');
  return { token: answer.token, screenId: answer.screenId };
}

async function postPair(baseUrl: string, body: object): Promise<Pending | Paired> {
  const response = await fetch(`${baseUrl}/api/device/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`pairing failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Pending | Paired;
}
