/**
 * The embedded Neo4j is no open door: a web page cannot reach it over WebSocket (the Bolt port
 * closes anything that does not start with Bolt's handshake), and Bolt needs user neo4j's password.
 */
import { connect } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';

const boltPort = () => Number(new URL(inject('neo4jUri')).port);

/** What the Bolt port answers to `request` (all it sends until it closes, or 'open' after 10 s). */
function exchange(request: Buffer | string): Promise<{ answer: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: boltPort() });
    let answer = '';
    const timer = setTimeout(() => (socket.destroy(), resolve({ answer, closed: false })), 10_000);
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('close', () => (clearTimeout(timer), resolve({ answer, closed: true })));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ECONNRESET') reject(e);
    });
    socket.on('connect', () => socket.write(request));
  });
}

const upgrade = (origin: string) =>
  [
    'GET / HTTP/1.1',
    `Host: 127.0.0.1:${boltPort()}`,
    'Connection: Upgrade',
    'Upgrade: websocket',
    `Origin: ${origin}`,
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    '',
    '',
  ].join('\r\n');

describe('the Bolt port of the embedded Neo4j', () => {
  it('closes a WebSocket upgrade from a web page unanswered (no 101, no HTTP at all)', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:4000']) {
      const { answer, closed } = await exchange(upgrade(origin));
      expect(closed, origin).toBe(true);
      expect(answer, origin).toBe('');
    }
    // A plain HTTP request (Neo4j answers discovery over HTTP on its Bolt port otherwise) too.
    expect(await exchange('GET / HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n')).toEqual({
      answer: '',
      closed: true,
    });
  });

  it('still answers a Bolt handshake', async () => {
    // Magic, then four versions: 5.x ranges and 4.4; the server picks one (4 bytes, not all zero).
    const handshake = Buffer.from('6060b017' + '00080805' + '00000404' + '00000000' + '00000000', 'hex');
    const socket = connect({ host: '127.0.0.1', port: boltPort() });
    const reply = await new Promise<Buffer>((resolve, reject) => {
      socket.once('data', resolve);
      socket.once('error', reject);
      socket.on('connect', () => socket.write(handshake));
    });
    socket.destroy();
    expect(reply.length).toBe(4);
    expect(reply.readUInt32BE(0)).not.toBe(0);
  });

  it('refuses a wrong or empty password, so nothing can be read without the password file', async () => {
    for (const password of ['wrong-password', '', 'neo4j']) {
      const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', password));
      try {
        const err = await driver.executeQuery('MATCH (n) RETURN count(n) AS n').catch((e: unknown) => e);
        expect((err as { code?: string }).code, password).toBe('Neo.ClientError.Security.Unauthorized');
      } finally {
        await driver.close();
      }
    }
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', inject('neo4jPassword')));
    try {
      const { records } = await driver.executeQuery('MATCH (g:Gene {id: $id}) RETURN g.symbol AS s', {
        id: 'HGNC:1527',
      });
      expect(records[0]!.get('s')).toBe('CAV1');
    } finally {
      await driver.close();
    }
  });
});
