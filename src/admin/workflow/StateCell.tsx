'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { StateBadge } from './StateBadge'

/** List-view cell of the `state` select field. */
export function StateCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <StateBadge state={cellData} language={i18n.language} />
}
