import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StateCell as StateCell_1ee59c76c06706cb4d63599f4152c631 } from '../../../admin/workflow/StateCell'
import { ReviewNotes as ReviewNotes_3ba13e5d4e3e8b0982a78d6a6eacebf1 } from '../../../admin/workflow/ReviewNotes'
import { WorkflowActions as WorkflowActions_832c26c0951581ce6951c62941543e4a } from '../../../admin/workflow/WorkflowActions'
import { WorkflowSaveDraftButton as WorkflowSaveDraftButton_5437be6ace26e60067af9707f6ded90e } from '../../../admin/workflow/WorkflowSaveDraftButton'
import { WorkflowStatus as WorkflowStatus_7771afe1d9af962930b19c18b1df33ba } from '../../../admin/workflow/WorkflowStatus'
import { NoButton as NoButton_433a91e3f603913b65178cba9c8c38e5 } from '../../../admin/workflow/NoButton'
import { KeyOnce as KeyOnce_5abf386bd80fef4eab4c3e2cd62e75e0 } from '../../../admin/apiClients/KeyOnce'
import { SubscriberListTools as SubscriberListTools_e67765750c4ede90f4cf9101757d95e4 } from '../../../admin/email/SubscriberListTools'
import { PersonalDataButtons as PersonalDataButtons_ab735c975d582b83c6b5fec5cd99c729 } from '../../../admin/email/PersonalDataButtons'
import { MailingReportLinks as MailingReportLinks_c17637814c5598b94d9a52bbbfc98bc9 } from '../../../admin/email/MailingReportLinks'
import { ReviewQueueNavLink as ReviewQueueNavLink_b3234eeb3ea477af2967503074b71ff0 } from '../../../admin/workflow/ReviewQueueNavLink'
import { EmailReportNavLink as EmailReportNavLink_868176501d46e718a9b365668a4e4d4b } from '../../../admin/email/EmailReportNavLink'
import { PressReportNavLink as PressReportNavLink_cada1db037ce1380be1b386cb917ba3e } from '../../../admin/monitoring/PressReportNavLink'
import { WorkflowDashboard as WorkflowDashboard_b0caf1c430323190fe0848d8ff6a810a } from '../../../admin/workflow/WorkflowDashboard'
import { ReviewQueueView as ReviewQueueView_41ddcdae1492b8a3cf2c71336116ae89 } from '../../../admin/workflow/ReviewQueueView'
import { DeliveryReportView as DeliveryReportView_ab9f31720598310543ff296a7369928e } from '../../../admin/email/DeliveryReportView'
import { PressReportView as PressReportView_442ee87b4ed6c66152d9c4ec2c4c7218 } from '../../../admin/monitoring/PressReportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/workflow/StateCell#StateCell": StateCell_1ee59c76c06706cb4d63599f4152c631,
  "/admin/workflow/ReviewNotes#ReviewNotes": ReviewNotes_3ba13e5d4e3e8b0982a78d6a6eacebf1,
  "/admin/workflow/WorkflowActions#WorkflowActions": WorkflowActions_832c26c0951581ce6951c62941543e4a,
  "/admin/workflow/WorkflowSaveDraftButton#WorkflowSaveDraftButton": WorkflowSaveDraftButton_5437be6ace26e60067af9707f6ded90e,
  "/admin/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_7771afe1d9af962930b19c18b1df33ba,
  "/admin/workflow/NoButton#NoButton": NoButton_433a91e3f603913b65178cba9c8c38e5,
  "/admin/apiClients/KeyOnce#KeyOnce": KeyOnce_5abf386bd80fef4eab4c3e2cd62e75e0,
  "/admin/email/SubscriberListTools#SubscriberListTools": SubscriberListTools_e67765750c4ede90f4cf9101757d95e4,
  "/admin/email/PersonalDataButtons#PersonalDataButtons": PersonalDataButtons_ab735c975d582b83c6b5fec5cd99c729,
  "/admin/email/MailingReportLinks#MailingReportLinks": MailingReportLinks_c17637814c5598b94d9a52bbbfc98bc9,
  "/admin/workflow/ReviewQueueNavLink#ReviewQueueNavLink": ReviewQueueNavLink_b3234eeb3ea477af2967503074b71ff0,
  "/admin/email/EmailReportNavLink#EmailReportNavLink": EmailReportNavLink_868176501d46e718a9b365668a4e4d4b,
  "/admin/monitoring/PressReportNavLink#PressReportNavLink": PressReportNavLink_cada1db037ce1380be1b386cb917ba3e,
  "/admin/workflow/WorkflowDashboard#WorkflowDashboard": WorkflowDashboard_b0caf1c430323190fe0848d8ff6a810a,
  "/admin/workflow/ReviewQueueView#ReviewQueueView": ReviewQueueView_41ddcdae1492b8a3cf2c71336116ae89,
  "/admin/email/DeliveryReportView#DeliveryReportView": DeliveryReportView_ab9f31720598310543ff296a7369928e,
  "/admin/monitoring/PressReportView#PressReportView": PressReportView_442ee87b4ed6c66152d9c4ec2c4c7218,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
