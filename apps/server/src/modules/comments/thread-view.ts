import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import {
  readSuggestions,
  recordExists,
  suggestionKey,
  resolveTextAnchor,
  SECTION_FRAGMENTS,
  type CommentDto,
  type Role,
  type SuggestionThreadState,
  type ThreadDto,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { CommentsRepository, type ThreadRow } from './comments.repository';

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function isFragment(part: string): boolean {
  return (SECTION_FRAGMENTS as readonly string[]).includes(part);
}

/** Whether a thread's anchor still holds text (or its record still exists) in the live document. */
export function isDetached(doc: Y.Doc, thread: Pick<ThreadRow, 'part' | 'anchorStart' | 'anchorEnd'>): boolean {
  if (isFragment(thread.part)) {
    if (thread.anchorStart === null || thread.anchorEnd === null) return false;
    return resolveTextAnchor(doc, thread.part, thread.anchorStart, thread.anchorEnd).detached;
  }
  return !recordExists(doc, thread.part);
}

/** Turns stored threads into what the API and the sockets send: names, roles, detachment. */
@Injectable()
export class ThreadView {
  constructor(
    private readonly repo: CommentsRepository,
    private readonly docs: DocRegistry,
  ) {}

  async many(sectionId: string, rows: ThreadRow[]): Promise<ThreadDto[]> {
    if (rows.length === 0) return [];
    const { detached, open } = await this.docs.read(sectionId, (doc) => ({
      detached: rows.map((row) => isDetached(doc, row)),
      open: new Set(readSuggestions(doc).map(suggestionKey)),
    }));
    const decided = await this.repo.suggestionDecisions(
      sectionId,
      rows.flatMap((r) => (r.suggestionId !== null ? [r.suggestionId] : [])),
    );
    const stateOf = (row: ThreadRow): SuggestionThreadState => {
      const key = suggestionKey({ authorId: row.suggestionAuthorId ?? '', id: row.suggestionId ?? '' });
      return open.has(key) ? 'open' : (decided.get(key) ?? 'gone');
    };
    const mentionIds = [...new Set(rows.flatMap((r) => r.comments.flatMap((c) => c.mentionIds)))];
    const resolverIds = rows.flatMap((r) => (r.resolvedById ? [r.resolvedById] : []));
    const names = await this.repo.userNames([...new Set([...mentionIds, ...resolverIds])]);
    return rows.map((row, i) => this.toDto(row, detached[i] ?? false, names, stateOf(row)));
  }

  async one(row: ThreadRow): Promise<ThreadDto> {
    const [dto] = await this.many(row.sectionId, [row]);
    if (!dto) throw new Error('thread view lost its row');
    return dto;
  }

  private toDto(
    row: ThreadRow,
    detached: boolean,
    names: Map<string, string>,
    suggestionState: SuggestionThreadState,
  ): ThreadDto {
    const authorRole: Role = row.comments[0]?.authorRole ?? 'teacher';
    return {
      id: row.id,
      sectionId: row.sectionId,
      part: row.part,
      anchorStart: row.anchorStart,
      anchorEnd: row.anchorEnd,
      quote: row.quote,
      visibility: row.visibility,
      author: { id: row.author.id, name: row.author.name, role: authorRole },
      createdAt: row.createdAt.toISOString(),
      resolvedAt: iso(row.resolvedAt),
      resolvedBy: row.resolvedById ? (names.get(row.resolvedById) ?? null) : null,
      detached,
      suggestion:
        row.suggestionAuthorId !== null && row.suggestionId !== null
          ? { authorId: row.suggestionAuthorId, id: row.suggestionId, state: suggestionState }
          : null,
      comments: row.comments.map((c): CommentDto => ({
        id: c.id,
        threadId: row.id,
        author: { id: c.author.id, name: c.author.name, role: c.authorRole },
        body: c.deletedAt ? null : c.body,
        createdAt: c.createdAt.toISOString(),
        editedAt: iso(c.editedAt),
        deletedAt: iso(c.deletedAt),
        parentInput: c.authorRole === 'parent',
        mentions: c.mentionIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      })),
    };
  }
}
