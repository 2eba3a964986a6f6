import type { Access } from 'payload'

/** Nobody, through any API: the operation exists only as the server's own trusted write. */
export const nobody: Access = () => false
