// Hand-built PDFs for the refusal tests: one page whose content stream is given, with a correct
// cross-reference table, so that pdfjs reads the file as well-formed and only its content differs.

export interface MinimalPdfOptions {
  /** The page's content stream (empty: a page with nothing drawn, as a scan without OCR has no text). */
  content?: string;
  /** An /Encrypt dictionary for the trailer (standard security handler with a user password). */
  encrypt?: string;
}

export function minimalPdf(options: MinimalPdfOptions = {}): Uint8Array {
  const content = options.content ?? "";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  if (options.encrypt) objects.push(options.encrypt);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const encrypt = options.encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]` : "";
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/** A page that prints one line of text with the standard Helvetica font. */
export const textContent = (text: string): string => `BT /F1 12 Tf 72 700 Td (${text}) Tj ET`;

/** A standard security handler (RC4, revision 2) whose user password is not empty: opening needs it. */
export const PASSWORD_ENCRYPTION = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> >>`;
