// "Always highlight on this site": the host permission a site needs, for the popup and the
// background. Firefox's match patterns cannot hold a port ("http://127.0.0.1:8080/*" is
// refused, and a permission asked for that way never covers the tab), so the pattern names
// the scheme and host only, in both browsers; content-auto.js then highlights only the
// origins (port included) that the user chose.

/** The match pattern for an origin: "http://127.0.0.1:8080" -> "http://127.0.0.1/*". */
export function sitePattern(origin) {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
