import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'delegation-hub';
const ALGORITHM = 'HS256';

/** The HMAC key tokens are signed with. */
export type SigningKey = Uint8Array;

/**
 * JWT_SECRET when set (at least 32 characters); otherwise a development key generated once and
 * kept in the data directory, so that tokens printed by `npm run token` work with `npm start`.
 */
export async function loadSigningKey(
  secret: string | undefined,
  dataDir: string,
): Promise<SigningKey> {
  if (secret) {
    if (secret.length < 32) throw new Error('JWT_SECRET must have at least 32 characters');
    return new TextEncoder().encode(secret);
  }
  const file = path.join(dataDir, 'jwt-secret');
  try {
    return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
  } catch {
    await mkdir(dataDir, { recursive: true });
    const generated = randomBytes(32).toString('hex');
    try {
      await writeFile(file, `${generated}\n`, { flag: 'wx', mode: 0o600 });
    } catch {
      // another process wrote it first: use theirs
      return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
    }
    await chmod(file, 0o600);
    return new TextEncoder().encode(generated);
  }
}

export interface IssuedToken {
  token: string;
  jti: string;
  expiresAt: Date;
}

export async function issueToken(
  key: SigningKey,
  userId: string,
  ttlSeconds: number,
): Promise<IssuedToken> {
  const jti = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(userId)
    .setJti(jti)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key);
  return { token, jti, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

export interface VerifiedToken {
  userId: string;
  jti: string;
  expiresAt: Date;
}

/** The token's claims, or a reason it is not acceptable. */
export async function verifyToken(
  key: SigningKey,
  token: string,
): Promise<VerifiedToken | { problem: string }> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: [ALGORITHM] });
    if (!payload.sub || !payload.jti || !payload.exp)
      return { problem: 'token lacks sub, jti or exp' };
    return { userId: payload.sub, jti: payload.jti, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { problem: 'token has expired' };
    return { problem: 'token is not valid' };
  }
}
