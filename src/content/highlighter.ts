// Painting ranges of the page without changing its DOM tree: the CSS Custom Highlight API
// (`CSS.highlights`) styles live Ranges through `::highlight(name)` rules, and the rules live in a
// constructed style sheet adopted by the document, which is not a node either. Nothing the page's
// scripts, layout or event handlers rely on changes.
//
// Where the API is missing (Firefox before 140, so Firefox ESR 128), nothing is painted: painting
// with overlays would need boxes kept in step with every reflow. A reveal still scrolls to the
// item and flashes it with boxes in a closed shadow root, on one host element added to <html> for
// the length of the flash and then removed, with pointer-events off so clicks go to the page.

import { HIGHLIGHT_COLOURS, type HighlightColour } from '../highlights/highlight';

/** Quotes whose wording differs in other outlets. */
export const QUOTE_HIGHLIGHT = 'parallax-quote';
/** Figures other outlets report differently. */
export const FIGURE_HIGHLIGHT = 'parallax-figure';
/** The item the panel just revealed, for FLASH_MS. */
export const FLASH_HIGHLIGHT = 'parallax-flash';
/** How long a revealed item stays flashed (ms). */
export const FLASH_MS = 1500;
/** The reader's highlights: one Highlight per palette colour, named `parallax-highlight-<colour>`. */
export const READER_HIGHLIGHT = 'parallax-highlight';

/**
 * The background each highlight colour is painted with: translucent, so the text stays legible
 * on light and dark pages. A stored colour is data: it goes through `paletteColour`, never into CSS.
 */
export const HIGHLIGHT_PALETTE: Record<HighlightColour, string> = {
  yellow: 'rgba(255, 221, 0, 0.4)',
  green: 'rgba(80, 200, 120, 0.35)',
  blue: 'rgba(90, 160, 255, 0.35)',
  pink: 'rgba(255, 110, 180, 0.35)',
  purple: 'rgba(170, 120, 255, 0.35)',
};

/** The registered Highlight name of one palette colour ("parallax-highlight-yellow"). */
export function readerHighlightName(colour: HighlightColour): string {
  return `${READER_HIGHLIGHT}-${colour}`;
}

const READER_NAMES = HIGHLIGHT_COLOURS.map(readerHighlightName);

// Translucent amber reads on white and on dark backgrounds alike; the dotted underline marks the
// text even where a page's own background hides a faint tint.
const STYLE = `
::highlight(${QUOTE_HIGHLIGHT}), ::highlight(${FIGURE_HIGHLIGHT}) {
  background-color: rgba(245, 166, 35, 0.16);
  text-decoration: underline dotted rgba(230, 138, 0, 0.9);
}
::highlight(${FLASH_HIGHLIGHT}) {
  background-color: rgba(255, 184, 0, 0.5);
}
${(Object.entries(HIGHLIGHT_PALETTE) as [HighlightColour, string][])
  .map(([colour, background]) => `::highlight(${readerHighlightName(colour)}) { background-color: ${background}; }`)
  .join('\n')}
`;
const FALLBACK_BOX_STYLE = 'position:absolute;background:rgba(255,184,0,0.45);border-radius:2px;pointer-events:none;';

/** Paints the extension's ranges in one document. */
export interface Highlighter {
  /** Whether ranges are painted here (false where the CSS Custom Highlight API is missing). */
  readonly paints: boolean;
  /** Replaces the painted quotes and figures. */
  paint(quotes: readonly Range[], figures: readonly Range[]): void;
  /** Replaces the painted reader highlights (an empty map removes them). */
  paintHighlights(byColour: ReadonlyMap<HighlightColour, readonly Range[]>): void;
  /** Flashes one range for FLASH_MS (the last flash wins). */
  flash(range: Range): void;
  /** Removes the painted quotes and figures and the flash (reader highlights stay). */
  clear(): void;
  /** Whether `element` is the extension's own (the text index must leave it out). */
  owns(element: Element): boolean;
}

type HighlightRegistry = Map<string, { priority: number }>;
type HighlightConstructor = new (...ranges: Range[]) => { priority: number };

/** A highlighter for `win`'s document: the Highlight API where it exists, else flash-only boxes. */
export function createHighlighter(win: Window): Highlighter {
  const features = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor };
  const registry = features.CSS?.highlights;
  const Highlight = features.Highlight;
  if (registry && Highlight) return new CssHighlighter(win.document, registry, Highlight);
  return new FlashBoxHighlighter(win);
}

class CssHighlighter implements Highlighter {
  readonly paints = true;
  private sheet: CSSStyleSheet | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
    private readonly Highlight: HighlightConstructor,
  ) {}

  paint(quotes: readonly Range[], figures: readonly Range[]): void {
    this.adoptStyle();
    this.registry.delete(QUOTE_HIGHLIGHT);
    this.registry.delete(FIGURE_HIGHLIGHT);
    if (quotes.length > 0) this.registry.set(QUOTE_HIGHLIGHT, new this.Highlight(...quotes));
    if (figures.length > 0) this.registry.set(FIGURE_HIGHLIGHT, new this.Highlight(...figures));
  }

  paintHighlights(byColour: ReadonlyMap<HighlightColour, readonly Range[]>): void {
    this.adoptStyle();
    for (const name of READER_NAMES) this.registry.delete(name);
    for (const [colour, ranges] of byColour) {
      if (ranges.length > 0) this.registry.set(readerHighlightName(colour), new this.Highlight(...ranges));
    }
  }

  flash(range: Range): void {
    this.adoptStyle();
    const highlight = new this.Highlight(range);
    // Above the quote paint where they overlap.
    highlight.priority = 1;
    this.registry.set(FLASH_HIGHLIGHT, highlight);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    for (const name of [QUOTE_HIGHLIGHT, FIGURE_HIGHLIGHT, FLASH_HIGHLIGHT]) this.registry.delete(name);
  }

  owns(): boolean {
    return false;
  }

  /** Adopts the style sheet, again if the page replaced the document's adopted sheets since. */
  private adoptStyle(): void {
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(STYLE);
      }
      if (!this.doc.adoptedStyleSheets.includes(this.sheet)) {
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      }
    } catch (error) {
      // Without the sheet highlights are registered but unstyled: invisible, never harmful.
      console.warn('Parallax: could not add the highlight style', error);
    }
  }
}

class FlashBoxHighlighter implements Highlighter {
  readonly paints = false;
  private host: HTMLElement | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly win: Window) {}

  paint(): void {
    // Nothing to paint without the Highlight API (see the file comment).
  }

  paintHighlights(): void {
    // As paint().
  }

  flash(range: Range): void {
    this.clear();
    const doc = this.win.document;
    const host = doc.createElement('div');
    host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
    const shadow = host.attachShadow({ mode: 'closed' });
    for (const rect of Array.from(range.getClientRects())) {
      const box = doc.createElement('div');
      // Page coordinates, so the boxes stay on the text while a smooth scroll is still running.
      box.style.cssText =
        FALLBACK_BOX_STYLE +
        `left:${rect.left + this.win.scrollX}px;top:${rect.top + this.win.scrollY}px;width:${rect.width}px;height:${rect.height}px;`;
      shadow.append(box);
    }
    doc.documentElement.append(host);
    this.host = host;
    this.flashTimer = setTimeout(() => this.clear(), FLASH_MS);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    this.host?.remove();
    this.host = null;
  }

  owns(element: Element): boolean {
    return element === this.host;
  }
}
