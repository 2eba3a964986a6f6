import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A Lexical document of plain paragraphs: used by the seed and by imports of plain text. */
export function paragraphsToLexical(paragraphs: string[]): SerializedEditorState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  } as SerializedEditorState
}
