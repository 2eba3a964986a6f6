/**
 * Rich text, one module for every channel: what the editor offers and a save may hold (nodes.ts,
 * editor.ts), and the one renderer to HTML and plain text (render.ts) that the agency API, the
 * feeds and email share.
 */
export { richTextEditor, validateRichText } from './editor'
export { renderedNodeTypes, unsupportedNodes, type RenderedNodeType } from './nodes'
export { richTextToHtml, richTextToText, type RenderOptions, type ShownImage } from './render'
export { absoluteHref, absoluteUrl } from './urls'
