import { describe, expect, it } from 'vitest'
import { errorMessageId, isIpcError, toIpcError } from './invoke'

describe('IPC errors', () => {
  it('keeps the { code, message } shape the shell sends', () => {
    const err = { code: 'database', message: 'disk I/O error', field: null, reason: null }
    expect(isIpcError(err)).toBe(true)
    expect(toIpcError(err)).toBe(err)
    expect(errorMessageId(toIpcError(err))).toBe('error-database')
  })

  it('turns anything else into an internal error', () => {
    expect(toIpcError('boom')).toEqual({ code: 'internal', message: 'boom', field: null, reason: null })
    expect(isIpcError(null)).toBe(false)
  })
})
