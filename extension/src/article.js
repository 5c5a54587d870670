// The article of a page, as the extension highlights it (a classic script run before
// content.js; tools/page_text.mjs runs it too, so the page gold set is scored on the same text).
/**
 * The live element holding the article: Readability parses a clone of the document (it
 * rewrites what it parses), each clone element tagged with its index in the live page; the
 * article is the smallest live element containing everything Readability kept. Null when the
 * page does not look like an article.
 */
globalThis.skimlightFindArticle = function findArticle(doc) {
  const R = globalThis.Readability, readerable = globalThis.isProbablyReaderable;
  if (typeof R !== 'function' || typeof readerable !== 'function') return null;
  try {
    if (!readerable(doc)) return null;
    const live = Array.from(doc.getElementsByTagName('*'));
    const clone = doc.cloneNode(true);
    const copies = clone.getElementsByTagName('*');
    if (copies.length !== live.length) return null;
    for (let i = 0; i < copies.length; i++) copies[i].setAttribute('data-skimlight-idx', String(i));
    const article = new R(clone, { serializer: (el) => el }).parse();
    if (!article || !article.content || !article.content.querySelectorAll) return null;
    let top = null;
    for (const el of article.content.querySelectorAll('[data-skimlight-idx]')) {
      const orig = live[Number(el.getAttribute('data-skimlight-idx'))];
      if (!orig || !orig.isConnected) continue;
      if (!top) top = orig;
      while (top && !top.contains(orig)) top = top.parentElement;
    }
    if (!top || top === doc.body || top === doc.documentElement) return null;
    // an element holding much less text than Readability found is a wrong guess
    const kept = (article.textContent || '').trim().length;
    if (top.textContent.trim().length < kept * 0.6) return null;
    return top;
  } catch {
    return null; // Readability failed on odd markup: the whole page it is
  }
};
