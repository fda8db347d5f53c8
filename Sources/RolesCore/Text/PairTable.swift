/// A map from pairs of 32-bit slots, packed in 64 bits, to term ids: open addressing with linear
/// probing, at most half full. Swift's `Dictionary` hashed every key with SipHash.
struct PairTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private(set) var count = 0
    private static let empty = UInt64.max

    init() {
        keys = [UInt64](repeating: Self.empty, count: 1024)
        values = [Int32](repeating: 0, count: 1024)
    }

    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The key of a pair of slots.
    @inline(__always)
    static func key(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// Adds a key that is not in the table.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        precondition(key != Self.empty, "slot pairs never fill all 64 bits")
        if 2 * (count + 1) > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: TermTable.mix(key &* 0x9E37_79B9_7F4A_7C15)) & mask
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { insert(key, value) }
    }
}
