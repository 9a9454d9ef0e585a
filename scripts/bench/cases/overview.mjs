// The overview API beside `kcat -L`, which asks the broker for the same metadata and nothing else.
export const name = 'overview';
export const description = 'GET /api/clusters/{cluster} (metadata + summary) vs kcat -L';

export async function run({ bootstrap, url, cluster, haveKcat, timeIt, timeCommand, printTable }) {
  const path = `${url}/api/clusters/${cluster}`;
  const get = async () => {
    const res = await fetch(path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    await res.json();
  };
  await get();
  const api = await timeIt(get, 20);
  const rows = [{ what: 'Fluxo overview API (warm)', command: `curl ${path}`, 'best ms': api.best, 'median ms': api.median }];
  if (haveKcat) {
    const kcat = await timeCommand('kcat', ['-L', '-b', bootstrap], 20);
    rows.push({ what: 'kcat -L (metadata only)', command: `kcat -L -b ${bootstrap}`, 'best ms': kcat.best, 'median ms': kcat.median });
  }
  printTable('Overview latency (20 runs each)', rows);
}
