import { refuse } from './errors';

/**
 * PDFs are refused for now. Their metadata (Info dictionary, XMP) could be
 * stripped, but a PDF also carries form fields, annotations, attachments,
 * incremental-update history (earlier, unredacted revisions of the same
 * page) and text under "redaction" rectangles — none of which a metadata
 * strip removes. Exporting pages as images and attaching those goes through
 * the image path, which re-encodes pixels only.
 */
export function refusePdf(): never {
  throw refuse(
    'PDF attachments cannot be de-identified automatically yet; export the pages as images and attach those.',
    'pdf_unsupported',
  );
}
