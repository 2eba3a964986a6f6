import {
  AlignFeature,
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  IndentFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { validations, type RichTextFieldValidation } from 'payload'

import { unsupportedNodes } from './nodes'

/**
 * The editor of every rich-text field: Payload's defaults less what the renderers cannot render
 * (nodes.ts): no relationship nodes, no check lists, no internal links (`enabledCollections: []`
 * leaves the URL form only).
 */
export const richTextEditor = () =>
  lexicalEditor({
    features: [
      ParagraphFeature(),
      HeadingFeature(),
      BoldFeature(),
      ItalicFeature(),
      UnderlineFeature(),
      StrikethroughFeature(),
      SubscriptFeature(),
      SuperscriptFeature(),
      InlineCodeFeature(),
      AlignFeature(),
      IndentFeature(),
      UnorderedListFeature(),
      OrderedListFeature(),
      LinkFeature({ enabledCollections: [] }),
      BlockquoteFeature(),
      UploadFeature(),
      HorizontalRuleFeature(),
      InlineToolbarFeature(),
      FixedToolbarFeature(),
    ],
  })

/**
 * A save through any API whose body holds a node the renderers do not know is refused (400, naming
 * the field and the node types); then the editor's own checks run (links, uploads).
 */
export const validateRichText: RichTextFieldValidation = async (value, options) => {
  const unsupported = unsupportedNodes(value)
  if (unsupported.length > 0) {
    return `${options.path ?? 'body'}: unsupported rich-text content (${unsupported.join(', ')}); use paragraphs, headings, quotes, lists, links to web addresses, images and files, or horizontal rules`
  }
  return validations.richText(value, options)
}
