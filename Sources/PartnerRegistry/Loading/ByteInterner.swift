import Foundation

/// A hash table from byte strings to dense `Int32` values, for interning
/// CSV cells without making a `String` per cell.
///
/// Open addressing with linear probing over a power-of-two slot array;
/// keys are copied once, on insertion, into one contiguous arena, so a
/// lookup touches the slot array, one stored hash and (on a hash match)
/// the arena bytes. The table grows at a load factor of 1/2.
struct ByteInterner {
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var lengths: [Int32] = []
    private var values: [Int32] = []
    private var arena: [UInt8] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { values.count }

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
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            let e = Int(entry)
            if hashes[e] == hash && Int(lengths[e]) == key.count && equals(e, key) { return values[e] }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ entry: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        if key.isEmpty { return true }
        return arena.withUnsafeBytes { stored in
            guard let base = stored.baseAddress, let other = key.baseAddress else { return false }
            return memcmp(base + offsets[entry], other, key.count) == 0
        }
    }

    /// Stores `value` for `key`, which must not be present yet.
    mutating func insert(_ key: UnsafeRawBufferPointer, hash: UInt64, value: Int32) {
        if (values.count + 1) * 2 > slots.count { grow() }
        let e = Int32(values.count)
        hashes.append(hash)
        offsets.append(arena.count)
        lengths.append(Int32(key.count))
        values.append(value)
        arena.append(contentsOf: key)
        place(e, hash: hash)
    }

    private mutating func place(_ entry: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for e in 0 ..< values.count { place(Int32(e), hash: hashes[e]) }
    }
}
