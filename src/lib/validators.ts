/** Field validators shared by collections; each returns true or a message naming the problem. */
export function httpUrl(fieldLabel: string) {
  return (value: string | null | undefined): true | string => {
    if (!value) return true
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol) ? true : `${fieldLabel} must be an http(s) URL`
    } catch {
      return `${fieldLabel} must be an http(s) URL`
    }
  }
}

export function phoneNumber(value: string | null | undefined): true | string {
  if (!value) return true
  return /^\+?[0-9 ().-]{6,20}$/.test(value) ? true : 'Phone number may contain digits, spaces, + ( ) . - only'
}
