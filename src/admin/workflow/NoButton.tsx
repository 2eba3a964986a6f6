/**
 * Renders nothing: in place of Payload's Unpublish (in the document's menu), which the workflow
 * refuses anyway. Taking an item off the public is "Thu hồi" (withdraw), among the workflow's buttons.
 */
export function NoButton() {
  return null
}
