import 'server-only';
// Password checks against the config file's argon2id hashes. A user name that does not exist still costs
// one verification, so timing does not tell which names exist.
import { verify } from '@node-rs/argon2';

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$TXJxUfK54ed051+tc5SRQw$8TpAez/rvYqvpw5eTXJ7qt5O6vgtBwd62Je9qJ6fxyk';

export async function passwordMatches(hash: string | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(hash ?? DUMMY_HASH, password);
    return ok && hash !== undefined;
  } catch {
    return false;
  }
}
