// Type declarations for skimlight's JavaScript API (www/skimlight.js).
// tests/package checks that every export of skimlight.js is declared here and vice versa.

export type Category =
  | 'person' | 'organization' | 'place' | 'misc'
  | 'date' | 'number' | 'money' | 'percent' | 'quote';

/** One match. Offsets are UTF-16 code units into the scanned string: `text.slice(start, end)`. */
export interface Annotation {
  start: number;
  end: number;
  category: Category;
  /** The matched text. */
  text: string;
  /** The tooltip text: "Person · Sergei Lavrov, Russian Foreign Minister · 3 mentions". */
  description: string;
  /** A figure's normalized value: "2012-03-09", "1200000000 USD", "12.5%", "34". */
  value?: string;
  /** A figure's sentence: the text of the sentence it stands in. */
  sentence?: string;
  /** Names: index into `entities`, the full name and the number of mentions. */
  entity?: number;
  name?: string;
  mentions?: number;
  /** A person's role ("Russian Foreign Minister"), or a quote speaker's. */
  role?: string | null;
  /** Quotes: index into `quotes`, the resolved speaker and the mention the attribution names. */
  quote?: number;
  speaker?: string | null;
  speakerEntity?: number | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  /** Set by highlight(): the id shared by the pieces of one highlight (`data-skimlight-id`). */
  id?: number;
}

export interface Entity {
  category: 'person' | 'organization' | 'place' | 'misc';
  name: string;
  mentions: number;
  role: string | null;
  quotes: number;
  /** A person's estimated gender (an estimate, never a fact about them), or null. */
  gender: Gender | null;
  /** What the estimate rests on: the article's pronouns for them, a title, or the first name's
   * US birth counts (only where 90% or more were of one sex). */
  genderBasis: GenderBasis | null;
  /**
   * In `onUpdate` results (live mode): every entity number (`Annotation.entity`) with this
   * category and name, one per scan of added content that named it, the first standing for the
   * group; `mentions` then counts the group's mentions on the page (0 once its text is gone).
   */
  ids?: number[];
}

export type Gender = 'female' | 'male';
export type GenderBasis = 'pronoun' | 'title' | 'first name';

export interface Quote {
  speaker: string | null;
  speakerEntity: number | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  role: string | null;
}

export interface ScanOptions {
  /** Publication date (ISO "YYYY-MM-DD") to resolve "Monday" or "last year". */
  published?: string;
  /** Folder of the wasm package (skimlight.js + skimlight_bg.wasm); default ../pkg/ next to the shim. */
  pkgUrl?: string | URL;
  /** Scan in a Web Worker when the browser can (default true). */
  worker?: boolean;
  /** A worker scan's time budget in ms (default 3 s + 1 s per 100,000 characters): past it the
   * worker is stopped and the call rejects with a SkimlightError named 'SkimlightTimeoutError'. */
  timeout?: number;
  /** Scan somewhere else (an extension's service worker): resolve to what scanHere gives back. */
  scan?: (text: string, scanOptions: { published?: string } | null) => Promise<unknown>;
}

export interface InitOptions {
  /** Folder of the wasm package; default ../pkg/ next to the shim. */
  pkgUrl?: string | URL;
  /** The wasm-pack glue module, for contexts without import() (service workers). */
  glue?: unknown;
  /** With `glue`: the .wasm file's URL (relative to pkgUrl). */
  wasmUrl?: string | URL;
  /** The package's wasm compiled already (`WebAssembly.compileStreaming`): not fetched again. */
  module?: WebAssembly.Module;
}

export interface HighlightOptions extends ScanOptions {
  /** Categories to highlight (default: all but 'misc'). */
  categories?: Category[];
  /** CSS selector of elements whose text is left alone (default DEFAULT_SKIP). */
  skip?: string;
  /** Highlight colours for light or dark pages (default 'auto': from the page's background). */
  theme?: 'light' | 'dark' | 'auto';
  /** false: no built-in tooltip. */
  tooltip?: boolean;
  /** 'marks' (default) wraps matches in <mark>; 'highlights' paints them with the CSS Custom
   * Highlight API without touching the DOM (falls back to marks where the API is missing). */
  mode?: 'marks' | 'highlights';
  /** Class prefix of the marks, the tooltip and the toggles (default 'skimlight'; with another
   * prefix, bring CSS for it). Our own elements are found by data- attributes either way. */
  classPrefix?: string;
  /** Follow the page: highlight content it adds later (debounced), never twice. */
  live?: boolean;
  /** Debounce of live mode, in ms (default 200). */
  liveDelay?: number;
  /** Live mode: called after added content was highlighted, with what the page shows now. */
  onUpdate?: (result: HighlightResult) => void;
  /** Return false to drop a match. */
  filter?: (annotation: Annotation) => boolean;
  /** Called with the result once everything is highlighted. */
  onDone?: (result: HighlightResult) => void;
  /** Fill the tooltip yourself; its default text is already set. Return false to keep it. */
  renderTooltip?: (annotation: Annotation, tooltip: HTMLElement) => boolean | void;
  /** Script time per slice before yielding to the page, in ms (default 8). */
  sliceMs?: number;
  /** Characters wrapped per rendered frame (default 12000). */
  charsPerFrame?: number;
}

/** One speaker the article quotes (speaker null: the quotes nobody is named for). */
export interface Source {
  speaker: string | null;
  role: string | null;
  quotes: number;
  /** Words quoted: pieces with a letter or a digit. */
  words: number;
  /** Share of all quoted words, in percent (one decimal). */
  share: number;
  /** The speaker's estimated gender (a person's; null when unknown). */
  gender: Gender | null;
  genderBasis: GenderBasis | null;
  /** The quotes' annotation ids, in text order. */
  ids: number[];
}

export interface HighlightResult {
  counts: Record<Category, number>;
  entities: Entity[];
  quotes: Quote[];
  annotations: Annotation[];
  /** Who is quoted and how much, most words first; unattributed quotes last. */
  sources: Source[];
}

/** A failure told apart by `name`: 'SkimlightBlockedError' when the page's
 * Content-Security-Policy forbids WebAssembly (`directive`: what the policy lacks,
 * "script-src 'wasm-unsafe-eval'"); 'SkimlightTimeoutError' when a worker scan ran past its
 * time budget (`budget`, ms) and was stopped. */
export class SkimlightError extends Error {
  constructor(name: string, message: string, details?: { directive?: string; budget?: number; cause?: unknown });
  directive?: string;
  budget?: number;
}

export const CATEGORIES: Category[];
export const DEFAULT_CATEGORIES: Category[];
export const DEFAULT_SKIP: string;

/** Load and instantiate the wasm scanner once (highlight and annotate call it for you). */
export function init(options?: InitOptions): Promise<unknown>;
/** Highlight the article under `root`; resolves when done. */
export function highlight(root: Element, options?: HighlightOptions): Promise<HighlightResult>;
/** Remove every highlight under `root`, restoring the DOM exactly. */
export function unhighlight(root: Element): void;
/** Scan text without a DOM (Node, workers, servers). */
export function annotate(text: string, options?: ScanOptions): Promise<Annotation[]>;
/** Who the annotations quote and how much (what highlight() gives as `sources`); with the
 * result's `entities`, each person's estimated gender. */
export function sourcesOf(annotations: Annotation[], entities?: Entity[]): Source[];

/** The quoted words' shares by estimated gender, in percent (one decimal), as the report counts them. */
export function genderShares(sources: Source[]): { female: number; male: number; unknown: number };

export interface ReportOptions {
  /** 'markdown' (default), 'csv' (one RFC 4180 table), 'json' (a string), 'data' (the JSON's object). */
  format?: 'markdown' | 'csv' | 'json' | 'data';
  /** The Markdown's heading (default "skimlight report"). */
  title?: string;
  /** Show the estimated genders and the quoted words' share by them (default false). */
  gender?: boolean;
  /** The scanned text: JSON and CSV then give code-point `start`/`end`, as `skimlight jsonl` does. */
  text?: string;
}

/** What `skimlight report` prints, from a result: sources, quotes, figures with their
 * sentences, names; the same bytes as the CLI for the same text. */
export function reportOf(result: { annotations: Annotation[]; entities: Entity[] }, options?: ReportOptions): string | object;
/** Scan `text` and report it, as `skimlight report` does. */
export function report(text: string, options?: ReportOptions & ScanOptions): Promise<string | object>;

/** Show or hide one category's highlights under `root`. */
export function setCategoryVisible(root: Element, category: Category, visible: boolean): void;
/** Scroll to, focus and flash the first highlight `match` accepts; false when there is none. */
export function reveal(root: Element, match: (annotation: Annotation) => boolean): boolean;
/** 'dark' when the page behind `root` is dark, else 'light'. */
export function pageTheme(root: Element): 'light' | 'dark';
/** The text under `root` as one string, with the text nodes and their start offsets. */
export function collectText(root: Node, skip?: string): { text: string; nodes: Text[]; starts: number[] };
/** Scan in the calling thread (used by the worker, with the module the page compiled). */
export function scanHere(text: string, scanOptions: { published?: string } | null, pkgUrl?: string, module?: WebAssembly.Module): Promise<unknown>;
/** Import the wasm-bindgen glue of the package in `pkgUrl` (default `../pkg/`; used by the worker). */
export function importGlue(pkgUrl?: string): Promise<unknown>;
