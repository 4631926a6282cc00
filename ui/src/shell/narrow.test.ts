import { describe, expect, it } from 'vitest'
import { isNarrow } from './narrow'

describe('isNarrow', () => {
  it('is true for a 1024 px laptop at any text size and for 1280 px at the larger ones', () => {
    const sizes = { normal: 18, large: 22, larger: 26 }
    expect(isNarrow(1008, sizes.normal)).toBe(true)
    expect(isNarrow(1264, sizes.normal)).toBe(false)
    expect(isNarrow(1264, sizes.large)).toBe(true)
    expect(isNarrow(1264, sizes.larger)).toBe(true)
    expect(isNarrow(1920, sizes.larger)).toBe(false)
  })
})
