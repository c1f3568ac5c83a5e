import Foundation

/// A hash table from byte strings to dense `Int32` values, for interning
/// CSV cells without making a `String` per cell.
///
/// Open addressing with linear probing over a power-of-two array of
/// 24-byte slots holding the upper 32 bits of the key's hash, the key's
/// place in the arena and the value, so a probe rejects almost every
/// non-matching slot without leaving the slot array, and a hit costs one
/// more memory access, the `memcmp` of the key. Keys are copied once, on
/// insertion, into one contiguous arena. The table grows at a load factor
/// of 1/2.
struct ByteInterner {
    /// One slot: the upper half of the key's hash, where its bytes are in
    /// the arena, and its value; `value < 0` marks an empty slot.
    private struct Slot {
        var tag: UInt32 = 0
        var length: UInt32 = 0
        var offset: Int = 0
        var value: Int32 = -1
    }

    private var slots: [Slot]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var filled: [Int] = []
    private var arena: [UInt8] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    /// A 64-bit hash of `bytes`, eight bytes at a time, with a final
    /// avalanche so that the low bits used for slots are well mixed.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let chunk = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            h = (h << 31) | (h >> 33)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        return h
    }

    /// The value stored for `key`, or nil.
    func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Int32? {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBytes { arena in
                var i = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[i]
                    if slot.value < 0 { return nil }
                    if slot.tag == tag && Int(slot.length) == key.count
                        && (key.isEmpty || memcmp(arena.baseAddress! + slot.offset, key.baseAddress!, key.count) == 0)
                    {
                        return slot.value
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Stores `value` (at least 0) for `key`, which must not be present yet.
    mutating func insert(_ key: UnsafeRawBufferPointer, hash: UInt64, value: Int32) {
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let slot = Slot(
            tag: UInt32(truncatingIfNeeded: hash >> 32), length: UInt32(key.count), offset: arena.count, value: value)
        hashes.append(hash)
        arena.append(contentsOf: key)
        filled.append(place(slot, hash: hash))
    }

    /// Puts a slot at the first free place of its probe sequence.
    private mutating func place(_ slot: Slot, hash: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].value >= 0 { i = (i + 1) & mask }
        slots[i] = slot
        return i
    }

    private mutating func grow() {
        let old = filled.map { slots[$0] }
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        mask = slots.count - 1
        for (k, slot) in old.enumerated() { filled[k] = place(slot, hash: hashes[k]) }
    }
}
