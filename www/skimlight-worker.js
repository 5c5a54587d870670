// skimlight-worker.js: scans text off the main thread. The shim starts it with
// new Worker(new URL('./skimlight-worker.js', import.meta.url), {type: 'module'}).
import { scanHere } from './skimlight.js';

self.onmessage = async (e) => {
  const { id, text, scanOptions, pkgUrl } = e.data;
  try {
    const result = await scanHere(text, scanOptions, pkgUrl);
    self.postMessage({ id, result }, [result.spans.buffer]);
  } catch (err) {
    // (a named error keeps its name across: the page's policy may forbid WebAssembly here too)
    self.postMessage({ id, error: String((err && err.message) || err), name: err && err.name, directive: err && err.directive });
  }
};
