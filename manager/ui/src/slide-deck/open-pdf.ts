import type { PDFDocumentProxy } from 'pdfjs-dist';

/** A width and height in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/** An opened PDF: its pages rendered on demand, each centred on a canvas of a given size. */
export interface PdfPages {
  count: number;
  render(pageNumber: number, size: PixelSize): Promise<HTMLCanvasElement>;
  close(): Promise<void>;
}

/**
 * Opens a PDF with pdf.js, loaded here and only here so that the rest of the admin app does not
 * carry it; its worker is a file of the admin build, served by the manager.
 */
export async function openPdf(bytes: ArrayBuffer): Promise<PdfPages> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const loading = pdfjs.getDocument({ data: new Uint8Array(bytes) });
  const document = await loading.promise;
  return {
    count: document.numPages,
    render: (pageNumber, size) => renderPage(document, pageNumber, size),
    close: () => loading.destroy(),
  };
}

/** The page scaled to fit the size whole, centred on white, as slides exported from Office are. */
async function renderPage(
  document: PDFDocumentProxy,
  pageNumber: number,
  size: PixelSize,
): Promise<HTMLCanvasElement> {
  const page = await document.getPage(pageNumber);
  const natural = page.getViewport({ scale: 1 });
  const scale = Math.min(size.width / natural.width, size.height / natural.height);
  const viewport = page.getViewport({ scale });
  const drawn = window.document.createElement('canvas');
  drawn.width = Math.round(viewport.width);
  drawn.height = Math.round(viewport.height);
  await page.render({ canvas: drawn, viewport }).promise;
  page.cleanup();

  const canvas = window.document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser gave no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(
    drawn,
    Math.round((size.width - drawn.width) / 2),
    Math.round((size.height - drawn.height) / 2),
  );
  return canvas;
}
