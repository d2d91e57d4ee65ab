/**
 * Text and page sizes of a PDF, read with Mozilla's pdf.js (pdfjs-dist, legacy build for Node): the checks of the
 * printed reports (test/e2e/suites/reports.ts) read what a reader of the PDF would see.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";

export interface PdfText {
  readonly pages: number;
  /** Each page's text, lines joined with "\n". */
  readonly pageTexts: readonly string[];
  /** Page sizes in PDF points (1/72 inch). */
  readonly sizes: readonly {readonly width: number; readonly height: number}[];
}

interface TextItemLike {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

/** Reads the text of every page of a PDF file. */
export async function pdfText(path: string): Promise<PdfText> {
  const require = createRequire(import.meta.url);
  const pdfjs = (await import(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"))) as typeof import("pdfjs-dist");
  const document = await pdfjs.getDocument({data: new Uint8Array(readFileSync(path)), verbosity: 0, isEvalSupported: false}).promise;
  const pageTexts: string[] = [];
  const sizes: {width: number; height: number}[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push({width: x1 - x0, height: y1 - y0});
    const content = await page.getTextContent();
    pageTexts.push((content.items as readonly TextItemLike[]).map((item) => `${item.str ?? ""}${item.hasEOL ? "\n" : ""}`).join(""));
  }
  await document.destroy();
  return {pages: document.numPages, pageTexts, sizes};
}
