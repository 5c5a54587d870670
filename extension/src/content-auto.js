// Runs after content.js on the sites the user chose to always highlight. The registered
// pattern names a host without its port (sites.js): highlight only the origins chosen.
(async () => {
  const api = globalThis.browser || globalThis.chrome;
  const { sites = [] } = await api.storage.sync.get('sites');
  if (Array.isArray(sites) && sites.includes(location.origin)) await globalThis.__skimlight.on();
})().catch(() => {});
