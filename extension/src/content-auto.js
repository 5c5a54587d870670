// Runs after content.js on the sites the user chose to always highlight.
globalThis.__skimlight.on().catch(() => {});
