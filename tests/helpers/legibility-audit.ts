/** The floors at 1080p, scaled by `scale` (the screen's design unit). */
export interface AuditFloors {
  scale: number;
  body: number;
  heading: number;
  lineHeight: number;
  contrast: number;
}

/** One visible text node, as laid out, with the colour of the pixels behind it. */
export interface TextSample {
  text: string;
  tag: string;
  fontSize: number;
  lineHeight: number;
  color: [number, number, number];
  /** Its line boxes, in screen pixels. */
  rects: Array<{ left: number; top: number; right: number; bottom: number }>;
  /** The box that clips it (the screen, or the nearest ancestor that hides overflow). */
  clip: { left: number; top: number; right: number; bottom: number };
  /** Where the tallest mark of its text reaches, above its first line's top. */
  inkTop: number;
  /** Scrolls sideways on purpose (ticker, strip text): only its height must fit. */
  scrolls: boolean;
}

/**
 * Runs in the page: every visible text node in the document, through shadow roots, with what the
 * audit needs. Self-contained, since Playwright sends its source to the page.
 */
export function collectText(): TextSample[] {
  const samples: TextSample[] = [];
  const canvas = document.createElement('canvas').getContext('2d')!;
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      if (node.nodeType === Node.TEXT_NODE) visit(node as Text);
      else walk(node);
    }
  };
  const clipOf = (element: Element) => {
    let clip = screen;
    for (let at: Element | null = element; at; ) {
      const style = getComputedStyle(at);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const r = at.getBoundingClientRect();
        clip = {
          left: Math.max(clip.left, r.left),
          top: Math.max(clip.top, r.top),
          right: Math.min(clip.right, r.right),
          bottom: Math.min(clip.bottom, r.bottom),
        };
      }
      at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
    }
    return clip;
  };
  const isShown = (element: Element): boolean => {
    for (let at: Element | null = element; at; ) {
      const style = getComputedStyle(at);
      if (style.display === 'none' || style.visibility !== 'visible' || style.opacity === '0') {
        return false;
      }
      at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
    }
    return true;
  };
  const visit = (node: Text) => {
    const text = (node.textContent ?? '').trim();
    const element = node.parentElement;
    if (text === '' || !element || !isShown(element)) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return;
    const style = getComputedStyle(element);
    const fontSize = Number.parseFloat(style.fontSize);
    const lineHeight =
      style.lineHeight === 'normal' ? 0 : Number.parseFloat(style.lineHeight) / fontSize;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const metrics = canvas.measureText(text);
    // The content area's top is the font's ascent above the baseline; marks may reach higher.
    const first = rects[0]!;
    const inkTop = first.top + metrics.fontBoundingBoxAscent - metrics.actualBoundingBoxAscent;
    const [r, g, b] = (style.color.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
    const scrolls =
      !!element.closest('.line') ||
      (element.getRootNode() as ShadowRoot).host?.localName === 'player-ticker';
    samples.push({
      text: text.slice(0, 60),
      tag: element.localName,
      fontSize,
      lineHeight,
      color: [r!, g!, b!],
      rects: rects.map(({ left, top, right, bottom }) => ({ left, top, right, bottom })),
      clip: clipOf(element),
      inkTop,
      scrolls,
    });
  };
  walk(document.body);
  return samples;
}

/** Makes every text transparent (in place, through shadow roots), so the pixels behind show. */
export function hideText(hidden: boolean): void {
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      if (hidden) element.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
      else element.style.removeProperty('-webkit-text-fill-color');
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * What is wrong with one text sample: `background(x, y)` gives the pixel behind the text at a
 * point (from a screenshot with the text hidden); without it contrast is not checked.
 */
export function auditSample(
  sample: TextSample,
  floors: AuditFloors,
  background: ((x: number, y: number) => number[]) | null,
): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${what}: <${sample.tag}> "${sample.text}"`);
  const isHeading = sample.tag === 'h1';
  const floor = (isHeading ? floors.heading : floors.body) * floors.scale;
  if (sample.fontSize < floor - 0.5)
    say(`font ${sample.fontSize.toFixed(1)} px < ${floor.toFixed(1)}`);
  if (sample.lineHeight < floors.lineHeight - 0.001)
    say(`line height ${sample.lineHeight.toFixed(2)}`);
  const { clip } = sample;
  for (const rect of sample.rects) {
    const outside =
      rect.top < clip.top - 1 ||
      rect.bottom > clip.bottom + 1 ||
      (!sample.scrolls && (rect.left < clip.left - 1 || rect.right > clip.right + 1));
    if (outside) {
      say(
        `outside its box (${rect.top.toFixed(0)}–${rect.bottom.toFixed(0)} in ${clip.top.toFixed(0)}–${clip.bottom.toFixed(0)})`,
      );
      break;
    }
  }
  if (sample.inkTop < clip.top - 1)
    say(`marks cut at the top (${(clip.top - sample.inkTop).toFixed(0)} px)`);
  if (!background) return problems;
  let worst = Number.POSITIVE_INFINITY;
  for (const rect of sample.rects) {
    const left = Math.max(rect.left, clip.left, 0);
    const right = Math.min(rect.right, clip.right);
    if (right <= left) continue;
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.2, 0.5, 0.8]) {
        const x = left + (right - left) * fx;
        const y = rect.top + (rect.bottom - rect.top) * fy;
        worst = Math.min(worst, contrast(sample.color, background(x, y)));
      }
    }
  }
  if (worst < floors.contrast) say(`contrast ${worst.toFixed(2)}:1`);
  return problems;
}
