/// A set of terms numbered `0..<count` in order of insertion, kept as one byte arena and found by their
/// UTF-8 bytes, so that looking a term up neither makes a `String` nor hashes one.
///
/// An open-addressing table with linear probing, at most half full.
public struct TermTable: Sendable {
    private var bytes: [UInt8] = []
    /// Term `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// Per slot, the high 32 bits of the term's hash and its id + 1 in the low 32 bits; 0 is an empty
    /// slot. Keeping part of the hash in the slot spares a probe a cache miss on `hashes`.
    private var slots: [UInt64]
    private var hashes: [UInt64] = []

    public init(minimumCapacity: Int = 16) {
        var size = 16
        while size < 2 * minimumCapacity { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        hashes.reserveCapacity(minimumCapacity)
        starts.reserveCapacity(minimumCapacity + 1)
    }

    /// A list of distinct terms, numbered in order, that cannot be searched until it is made a table with
    /// `init(concatenating:)`. Appending costs no probe of the table.
    public struct Terms: Sendable {
        fileprivate var bytes: [UInt8] = []
        fileprivate var starts: [Int] = [0]
        fileprivate var hashes: [UInt64] = []

        public init(minimumCapacity: Int = 0) {
            starts.reserveCapacity(minimumCapacity + 1)
            hashes.reserveCapacity(minimumCapacity)
            bytes.reserveCapacity(minimumCapacity * 12)
        }

        public var count: Int { hashes.count }

        /// Adds a term, which must differ from every term added before.
        public mutating func append(_ term: UnsafeBufferPointer<UInt8>) {
            hashes.append(TermTable.hash(term))
            bytes.append(contentsOf: term)
            starts.append(bytes.count)
        }
    }

    /// A table of the lists, one after another: ids of the second list follow those of the first, and
    /// so on. The lists must not share a term.
    /// - Complexity: O(n) in the total number of terms; no term is hashed again.
    public init(concatenating lists: [Terms]) {
        self.init(minimumCapacity: lists.reduce(0) { $0 + $1.count })
        for list in lists {
            let offset = bytes.count
            bytes.append(contentsOf: list.bytes)
            starts.append(contentsOf: list.starts.dropFirst().map { $0 + offset })
            hashes.append(contentsOf: list.hashes)
        }
        buildSlots()
    }

    /// The tables one after another: ids of the second table follow those of the first, and so on.
    /// The tables must not share a term.
    /// - Complexity: O(n) in the total number of terms; no term is hashed again.
    public init(concatenating tables: [TermTable]) {
        self.init(minimumCapacity: tables.reduce(0) { $0 + $1.count })
        for table in tables {
            let offset = bytes.count
            bytes.append(contentsOf: table.bytes)
            starts.append(contentsOf: table.starts.dropFirst().map { $0 + offset })
            hashes.append(contentsOf: table.hashes)
        }
        buildSlots()
    }

    private mutating func buildSlots() {
        let mask = slots.count - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.entry(hash: hashes[id], id: id)
        }
    }

    @inline(__always)
    private static func entry(hash: UInt64, id: Int) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    }

    public var count: Int { starts.count - 1 }

    /// The id of `term`, or nil when the table does not hold it.
    /// - Complexity: O(n) in the length of the term, expected.
    public func id(of term: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let id = Int(entry & 0xFFFF_FFFF) - 1
                    if hashes[id] == hash && equals(id, term) { return Int32(id) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    public func id(of term: String) -> Int32? {
        var term = term
        return term.withUTF8 { id(of: $0) }
    }

    /// Adds `term` if it is new; returns its id either way.
    @discardableResult
    public mutating func insert(_ term: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot] & 0xFFFF_FFFF) - 1
            if hashes[id] == hash && equals(id, term) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = count
        slots[slot] = Self.entry(hash: hash, id: id)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(bytes.count)
        if 2 * count > slots.count { grow() }
        return Int32(id)
    }

    @discardableResult
    public mutating func insert(_ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { insert($0) }
    }

    /// The term with id `id`.
    public func term(_ id: Int32) -> String {
        String(decoding: bytes[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
    }

    /// The length of term `id` in bytes.
    public func length(_ id: Int32) -> Int {
        starts[Int(id) + 1] - starts[Int(id)]
    }

    /// Appends the bytes of term `id` to `buffer`.
    public func appendTerm(_ id: Int32, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: bytes[starts[Int(id)]..<starts[Int(id) + 1]])
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], end = starts[id + 1]
        guard end - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            term.isEmpty || memcmpEqual(stored.baseAddress! + start, term.baseAddress!, term.count)
        }
    }

    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Self.entry(hash: hashes[id], id: id)
        }
        slots = larger
    }

    /// A fast non-cryptographic hash over 8-byte words (the table is built from trusted terms; probing
    /// stays correct whatever the hash).
    @inline(__always)
    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(term.count)
        guard let base = term.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= term.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < term.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < term.count {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        }
        return mix(h)
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 31
        h &*= 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        return h
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    while i + 8 <= count {
        if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) {
            return false
        }
        i += 8
    }
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
