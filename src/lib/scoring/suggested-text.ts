import { SUGGESTED_PREFIX } from '../../schemas/suggested-prefix';

/** The 建议口径 statement without its leading label, for rendering the label apart from the text. */
export const suggestedBody = (text: string): string => (text.startsWith(SUGGESTED_PREFIX) ? text.slice(SUGGESTED_PREFIX.length) : text);

export const SUGGESTED_LABEL = '建议口径';
