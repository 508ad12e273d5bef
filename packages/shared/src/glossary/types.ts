/** One glossary entry as written in the data files (validated by `loadGlossary`). */
export interface GlossaryEntryInput {
  /** Stable kebab-case id, e.g. `tripod-grasp`. */
  id: string;
  /** The words or phrases as they appear in text, per language, including plurals and spelling variants. */
  terms: { en: string[]; es: string[] };
  en: { term: string; explanation: string };
  es: { term: string; explanation: string };
}
