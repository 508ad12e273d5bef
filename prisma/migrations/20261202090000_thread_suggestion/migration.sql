-- A comment thread may discuss a suggestion (issue 18): which one, by its author and id.
ALTER TABLE "CommentThread" ADD COLUMN "suggestionAuthorId" TEXT;
ALTER TABLE "CommentThread" ADD COLUMN "suggestionId" TEXT;
