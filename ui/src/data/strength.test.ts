import { describe, expect, it } from 'vitest'
import { strength } from './strength'

describe('passphrase strength', () => {
  it('scores common passwords low and a few unrelated words high', async () => {
    expect(await strength('')).toBe(0)
    expect(await strength('password123')).toBeLessThanOrEqual(1)
    expect(await strength('aaaaaaaaaaaa')).toBeLessThanOrEqual(1)
    expect(await strength('kettle river lamp orbit')).toBeGreaterThanOrEqual(3)
  })
})
