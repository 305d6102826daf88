import type {
  Attachment,
  AttachmentMime,
  AttachmentWarning,
  RedactionBox,
} from '../../../shared/api/attachments';
import type { ReadDb, WriteDb } from '../handles';

export interface AttachmentRow {
  id: string;
  case_rowid: number;
  sha256: string;
  name: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  warnings: string;
  redactions: string;
  created_at: string;
  /** Joined from cases. */
  case_id: string;
}

export function rowToAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    caseId: row.case_id,
    sha256: row.sha256,
    name: row.name,
    mime: row.mime as AttachmentMime,
    size: row.size,
    width: row.width,
    height: row.height,
    warnings: JSON.parse(row.warnings) as AttachmentWarning[],
    redactions: JSON.parse(row.redactions) as RedactionBox[],
    createdAt: row.created_at,
  };
}

const SELECT = 'SELECT a.*, c.id AS case_id FROM attachments a JOIN cases c ON c.rowid = a.case_rowid';

/**
 * A case's attachments, oldest first. The sharing gate uses this to refuse
 * sharing while any warning is unacknowledged and to require consent when a
 * case has images (see `attachmentGate`).
 */
export function listAttachments(db: ReadDb, caseRowid: number): Attachment[] {
  return (db.prepare(`${SELECT} WHERE a.case_rowid = ? ORDER BY a.created_at, a.rowid`).all(caseRowid) as AttachmentRow[]).map(
    rowToAttachment,
  );
}

/** What sharing needs to know about a case's attachments. */
export interface AttachmentGate {
  images: number;
  audio: number;
  /** Warnings the author has not yet acknowledged, with the attachment they are on. */
  unacknowledged: { attachmentId: string; name: string; kind: AttachmentWarning['kind'] }[];
}

export function attachmentGate(db: ReadDb, caseRowid: number): AttachmentGate {
  const all = listAttachments(db, caseRowid);
  return {
    images: all.filter((a) => a.mime.startsWith('image/')).length,
    audio: all.filter((a) => a.mime.startsWith('audio/')).length,
    unacknowledged: all.flatMap((a) =>
      a.warnings.filter((w) => !w.acknowledged).map((w) => ({ attachmentId: a.id, name: a.name, kind: w.kind })),
    ),
  };
}

export function getAttachmentRow(db: ReadDb, id: string): AttachmentRow | undefined {
  return db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
}

export function attachmentNames(db: ReadDb, caseRowid: number): string[] {
  return (db.prepare('SELECT name FROM attachments WHERE case_rowid = ?').all(caseRowid) as { name: string }[]).map(
    (r) => r.name,
  );
}

export interface NewAttachment {
  id: string;
  caseRowid: number;
  sha256: string;
  name: string;
  mime: AttachmentMime;
  size: number;
  width: number | null;
  height: number | null;
  warnings: AttachmentWarning[];
  redactions: RedactionBox[];
  createdAt: string;
}

export function insertAttachment(db: WriteDb, a: NewAttachment): void {
  db.prepare(
    `INSERT INTO attachments (id, case_rowid, sha256, name, mime, size, width, height, warnings, redactions, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.id,
    a.caseRowid,
    a.sha256,
    a.name,
    a.mime,
    a.size,
    a.width,
    a.height,
    JSON.stringify(a.warnings),
    JSON.stringify(a.redactions),
    a.createdAt,
  );
}

/** Replaces the stored bytes' description after a redaction. */
export function updateAttachmentContent(
  db: WriteDb,
  id: string,
  c: Pick<NewAttachment, 'sha256' | 'mime' | 'size' | 'width' | 'height' | 'warnings' | 'redactions'>,
): void {
  db.prepare(
    'UPDATE attachments SET sha256 = ?, mime = ?, size = ?, width = ?, height = ?, warnings = ?, redactions = ? WHERE id = ?',
  ).run(c.sha256, c.mime, c.size, c.width, c.height, JSON.stringify(c.warnings), JSON.stringify(c.redactions), id);
}

export function setAttachmentWarnings(db: WriteDb, id: string, warnings: AttachmentWarning[]): void {
  db.prepare('UPDATE attachments SET warnings = ? WHERE id = ?').run(JSON.stringify(warnings), id);
}

export function deleteAttachment(db: WriteDb, id: string): void {
  db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
}

/** How many attachments (in any case) store these bytes; a blob at 0 may be deleted. */
export function countBlobReferences(db: ReadDb, sha256: string): number {
  return (db.prepare('SELECT count(*) AS n FROM attachments WHERE sha256 = ?').get(sha256) as { n: number }).n;
}

/** Every sha256 an attachment refers to: the set to keep when sweeping the blob store. */
export function referencedBlobs(db: ReadDb): Set<string> {
  return new Set((db.prepare('SELECT DISTINCT sha256 FROM attachments').all() as { sha256: string }[]).map((r) => r.sha256));
}

