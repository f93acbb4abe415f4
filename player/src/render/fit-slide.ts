/**
 * Steps of the type scale (`--fit`) tried in turn. Every font size is written as
 * `max(floor, size × --fit)`, so no step takes text below its floor.
 */
export const FIT_STEPS = [1, 0.9, 0.8, 0.7, 0.6, 0.5] as const;

/** What a slide hands the engine: laid out at the screen's real size, every item shown. */
export interface FitSubject {
  /** Receives `--fit` and `data-arrangement`. */
  host: HTMLElement;
  /** The boxes whose content must stay inside them (the host is always checked). */
  boxes: readonly HTMLElement[];
  /** What may be spread over pages (rows, cards, paragraphs), in reading order. */
  items: readonly HTMLElement[];
  /** Arrangements to try in turn, loosest first (values of `data-arrangement`). */
  arrangements: readonly string[];
  /** The page indicator: given its widest text while pages are measured. */
  pager: HTMLElement | null;
  maxPerPage?: number;
  /** Steps of `--fit` to try, when the slide's sizes need others than `FIT_STEPS`. */
  steps?: readonly number[];
}

/** How the slide is shown: the items of each page, the type scale and arrangement chosen. */
export interface SlideFit {
  pages: number[][];
  scale: number;
  arrangement: string;
  /** Text is at its smallest allowed size (the editor says so). */
  atFloor: boolean;
}

/**
 * Lays the slide out, in this order: a smaller step of type (never below the floors), a
 * tighter arrangement, then pages with a visible "x/y" — measured with the pager in place.
 */
export function fitSlide(subject: FitSubject): SlideFit {
  const { host, items, arrangements, pager } = subject;
  const all = items.map((_, i) => i);
  const maxPerPage = subject.maxPerPage ?? Number.POSITIVE_INFINITY;
  if (pager) pager.hidden = true;
  for (const item of items) item.hidden = false;
  const tightest = arrangements.at(-1) ?? '';
  const steps = subject.steps ?? FIT_STEPS;
  const smallest = steps.at(-1) ?? 1;
  if (items.length <= maxPerPage) {
    for (const arrangement of arrangements) {
      host.dataset.arrangement = arrangement;
      for (const scale of steps) {
        setScale(host, scale);
        if (!overflows(subject)) {
          const atFloor = scale === smallest && arrangement === tightest;
          return { pages: [all], scale, arrangement, atFloor };
        }
      }
    }
  }
  // Pages at the smallest type, in the tightest arrangement whose items each fit on a page.
  const scale = smallest;
  setScale(host, scale);
  if (pager) {
    pager.hidden = false;
    pager.textContent = pagerText(items.length, items.length);
  }
  // Pages in the tightest arrangement an item fits on a page of its own, else the tightest.
  for (const arrangement of [...arrangements].reverse()) {
    host.dataset.arrangement = arrangement;
    const packed = packItems(subject, maxPerPage);
    if (packed.fits) return { pages: packed.pages, scale, arrangement, atFloor: true };
  }
  host.dataset.arrangement = tightest;
  return {
    pages: packItems(subject, maxPerPage).pages,
    scale,
    arrangement: tightest,
    atFloor: true,
  };
}

/** Shows the items of `page` only, and its "x/y" when there is more than one page. */
export function showPage(subject: FitSubject, fit: SlideFit, page: number): void {
  const shown = new Set(fit.pages[page] ?? []);
  subject.items.forEach((item, i) => {
    item.hidden = !shown.has(i);
  });
  if (subject.pager) {
    subject.pager.hidden = fit.pages.length < 2;
    subject.pager.textContent = pagerText(page + 1, fit.pages.length);
  }
}

/** "Trang 2/5": the page indicator's text. */
export function pagerText(page: number, pages: number): string {
  return `Trang ${page}/${pages}`;
}

interface Packed {
  pages: number[][];
  /** False when some item overflows even on a page of its own. */
  fits: boolean;
}

/** Greedy: each page takes items in order while everything still fits. */
function packItems(subject: FitSubject, maxPerPage: number): Packed {
  const { items } = subject;
  for (const item of items) item.hidden = true;
  const pages: number[][] = [];
  let page: number[] = [];
  let fits = true;
  items.forEach((item, i) => {
    item.hidden = false;
    if (page.length > 0 && (page.length >= maxPerPage || overflows(subject))) {
      for (const j of page) items[j]!.hidden = true;
      pages.push(page);
      page = [];
    }
    if (page.length === 0 && overflows(subject)) fits = false;
    page.push(i);
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return { pages, fits };
}

function setScale(host: HTMLElement, scale: number): void {
  host.style.setProperty('--fit', String(scale));
}

function overflows({ host, boxes, items }: FitSubject): boolean {
  return [host, ...boxes, ...items].some(
    (box) =>
      !box.hidden &&
      (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1),
  );
}
