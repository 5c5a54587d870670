// skimlight-worker.js: scans text off the main thread. The shim starts it with
// new Worker(new URL('./skimlight-worker.js', import.meta.url), {type: 'module'}).
import { scanHere, importGlue } from './skimlight.js';

self.onmessage = async (e) => {
  if (e.data.prepare) {
    // the page sends this first: the glue is fetched while the page compiles the wasm (a
    // failure here is met again, and reported, by the scan that follows)
    importGlue(e.data.pkgUrl).catch(() => {});
    return;
  }
  const { id, text, scanOptions, pkgUrl, module } = e.data;
  try {
    // (the first message brings the wasm module the page compiled, when it could)
    const result = await scanHere(text, scanOptions, pkgUrl, module);
    self.postMessage({ id, result }, [result.spans.buffer, result.sentences.buffer]);
  } catch (err) {
    // (a named error keeps its name across: the page's policy may forbid WebAssembly here too)
    self.postMessage({ id, error: String((err && err.message) || err), name: err && err.name, directive: err && err.directive });
  }
};
