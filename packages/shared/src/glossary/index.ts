export {
  GLOSSARY,
  glossaryEntrySchema,
  GlossaryEntryError,
  validateGlossary,
  loadGlossary,
  getGlossaryEntry,
  findGlossaryTerms,
  type GlossaryEntry,
  type GlossaryMatch,
} from './glossary';
export type { GlossaryEntryInput } from './types';
export { foldText } from './fold';
