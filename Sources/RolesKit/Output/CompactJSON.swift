import Foundation
import RolesCore
import Synchronization

/// Compact JSON with the same bytes as `RolesJSON.encoder(pretty: false)`: snake-case keys in the same
/// order, numbers and strings written alike. The server answers with it.
///
/// Values are written straight into one buffer as they are encoded. An object's fields are written in the
/// order its type encodes them, each field's place remembered; when the object closes, its fields are
/// put in key order in place. Each key's snake-case form and its place in the key order are worked out
/// once (by asking Foundation's encoder) and remembered.
///
/// Like Foundation's encoder, it converts the keys of keyed containers to snake case but leaves the keys
/// of `[String: Value]` dictionaries as they are, and refuses non-finite numbers. A value whose type
/// writes to a container after starting a later sibling, or asks for a super encoder (neither of which
/// synthesized conformances do), is handed to Foundation's encoder instead.
public enum CompactJSON {
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let writer = JSONStreamWriter()
        do {
            try writer.write(value)
            try writer.close(downTo: 0)
            if writer.refused { throw JSONStreamWriter.OutOfOrder() }
            return writer.out
        } catch is JSONStreamWriter.OutOfOrder {
            return Array(try RolesJSON.encoder(pretty: false).encode(value))
        }
    }

    // MARK: Keys

    /// The keys of keyed containers met so far: their JSON text and their rank in Foundation's key order.
    final class KeyTable: Sendable {
        /// Key as the type names it → its position in `quoted` and `ranks`.
        let positions: [String: Int]
        /// Snake-case forms.
        let names: [String]
        /// `"snake_case":` as bytes.
        let quoted: [[UInt8]]
        /// Rank of each key's snake-case form in the order Foundation's encoder writes keys.
        let ranks: [Int]

        init(positions: [String: Int] = [:], names: [String] = [], quoted: [[UInt8]] = [], ranks: [Int] = []) {
            self.positions = positions
            self.names = names
            self.quoted = quoted
            self.ranks = ranks
        }
    }

    static let keys = Mutex(KeyTable())
    /// Keys are the names of the answer types' properties, a few dozen; the bound is a guard, not a limit
    /// answers reach.
    static let maximumKeys = 4_096

    /// The table with `key` in it, adding it (with the ranks of every key worked out again) when new.
    static func table(adding key: String) throws -> KeyTable {
        try keys.withLock { table in
            if table.positions[key] != nil { return table }
            guard table.quoted.count < maximumKeys else { throw JSONStreamWriter.OutOfOrder() }
            let converted = (try? probeOrder([key], convert: true).keys.first) ?? key
            var text: [UInt8] = []
            JSONLineWriter.string(converted, into: &text)
            text.append(UInt8(ascii: ":"))
            let names = table.names + [converted]
            var positions = table.positions
            positions[key] = names.count - 1
            var ranks = Array(repeating: 0, count: names.count)
            for (rank, position) in order(of: names).enumerated() { ranks[position] = rank }
            table = KeyTable(positions: positions, names: names, quoted: table.quoted + [text], ranks: ranks)
            return table
        }
    }

    /// Positions of `keys` in the order Foundation's encoder writes them with `.sortedKeys`, remembered for
    /// the key sets of dictionaries.
    static let orders = Mutex<[String: [Int]]>([:])
    static let maximumRemembered = 10_000

    static func order(of keys: [String]) -> [Int] {
        let signature = keys.joined(separator: "\u{0}")
        if let known = orders.withLock({ $0[signature] }) { return known }
        let order = (try? probeOrder(keys, convert: false).positions) ?? Array(keys.indices).sorted { keys[$0] < keys[$1] }
        // Bounded: a dictionary with keys from input could have many key sets.
        orders.withLock { if $0.count < maximumRemembered { $0[signature] = order } }
        return order
    }

    /// Encodes an object whose values are the keys' positions with Foundation's encoder and reads back the
    /// keys and positions in the order it wrote them.
    private static func probeOrder(_ keys: [String], convert: Bool) throws -> (keys: [String], positions: [Int]) {
        let encoder = JSONEncoder()
        if convert { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Probe(keys: keys))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Int] else { return ([], []) }
        // The numbers say which key is which; their order in the text is the written order.
        let text = String(decoding: data, as: UTF8.self)
        let written = object.map { key, position in
            (key: key, position: position, at: text.range(of: "\"\(key)\":\(position)")?.lowerBound ?? text.endIndex)
        }.sorted { $0.at < $1.at }
        return (written.map(\.key), written.map(\.position))
    }

    private struct Probe: Encodable {
        var keys: [String]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for (position, key) in keys.enumerated() { try container.encode(position, forKey: AnyKey(key)) }
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// The small objects an answer has many of (a match report has some 150), written by hand: a few byte
/// copies each instead of an encoder container, a key table lookup per field and a sort. Each writes
/// what Foundation's encoder writes for it (keys in its order, an absent optional left out), which a
/// test holds for every one.
protocol HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws
}

extension SkillPart: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw(#"{"kind":"#)
        JSONLineWriter.string(kind.rawValue, into: &writer.out)
        writer.raw(#","name":"#)
        JSONLineWriter.string(name, into: &writer.out)
        writer.raw(#","weight":"#)
        try writer.number(weight, key: CompactJSON.AnyKey("weight"))
        writer.out.append(UInt8(ascii: "}"))
    }
}

extension TermContribution: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw(#"{"contribution":"#)
        try writer.number(contribution, key: CompactJSON.AnyKey("contribution"))
        writer.raw(#","term":"#)
        JSONLineWriter.string(term, into: &writer.out)
        writer.out.append(UInt8(ascii: "}"))
    }
}

extension TaskEvidence: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw(#"{"similarity":"#)
        try writer.number(similarity, key: CompactJSON.AnyKey("similarity"))
        writer.raw(#","task":"#)
        JSONLineWriter.string(task, into: &writer.out)
        writer.out.append(UInt8(ascii: "}"))
    }
}

extension RoleMatch: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw(#"{"confidence":"#)
        try writer.number(confidence, key: CompactJSON.AnyKey("confidence"))
        writer.raw(#","id":"#)
        JSONLineWriter.string(id, into: &writer.out)
        writer.raw(#","score":"#)
        try writer.number(score, key: CompactJSON.AnyKey("score"))
        if let soc {
            writer.raw(#","soc":"#)
            JSONLineWriter.string(soc, into: &writer.out)
        }
        writer.raw(#","title":"#)
        JSONLineWriter.string(title, into: &writer.out)
        writer.raw(#","why":{"tasks":"#)
        try writer.write(why.tasks)
        writer.raw(#","terms":"#)
        try writer.write(why.terms)
        if let title = why.title {
            writer.raw(#","title":"#)
            JSONLineWriter.string(title, into: &writer.out)
        }
        writer.raw("}}")
    }
}

extension AdjacentRole: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw("{")
        if let betaChange {
            writer.raw(#""beta_change":"#)
            try writer.number(betaChange, key: CompactJSON.AnyKey("betaChange"))
            writer.raw(",")
        }
        writer.raw(#""coverage":"#)
        try writer.number(coverage, key: CompactJSON.AnyKey("coverage"))
        if let exposure {
            writer.raw(#","exposure":"#)
            try writer.write(exposure)
        }
        writer.raw(#","gaps":"#)
        try writer.write(gaps)
        writer.raw(#","id":"#)
        JSONLineWriter.string(id, into: &writer.out)
        if let neighbourhood {
            writer.raw(#","neighbourhood":"#)
            try writer.number(neighbourhood, key: CompactJSON.AnyKey("neighbourhood"))
        }
        if let preparation {
            writer.raw(#","preparation":"#)
            writer.integer(preparation)
        }
        if let preparationChange {
            writer.raw(#","preparation_change":"#)
            writer.integer(preparationChange)
        }
        writer.raw(#","score":"#)
        try writer.number(score, key: CompactJSON.AnyKey("score"))
        if let scoreParts {
            writer.raw(#","score_parts":"#)
            try writer.write(scoreParts)
        }
        writer.raw(#","shared":"#)
        try writer.write(shared)
        writer.raw(#","skills":"#)
        try writer.number(skills, key: CompactJSON.AnyKey("skills"))
        if let soc {
            writer.raw(#","soc":"#)
            JSONLineWriter.string(soc, into: &writer.out)
        }
        writer.raw(#","text":"#)
        try writer.number(text, key: CompactJSON.AnyKey("text"))
        writer.raw(#","title":"#)
        JSONLineWriter.string(title, into: &writer.out)
        if let wage {
            writer.raw(#","wage":"#)
            try writer.write(wage)
        }
        if let wageRatio {
            writer.raw(#","wage_ratio":"#)
            try writer.number(wageRatio, key: CompactJSON.AnyKey("wageRatio"))
        }
        writer.raw("}")
    }
}

extension LineExposure.Neighbour: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw(#"{"label":"#)
        JSONLineWriter.string(label.rawValue, into: &writer.out)
        writer.raw(#","role":"#)
        JSONLineWriter.string(role, into: &writer.out)
        writer.raw(#","similarity":"#)
        try writer.number(similarity, key: CompactJSON.AnyKey("similarity"))
        writer.raw(#","task":"#)
        JSONLineWriter.string(task, into: &writer.out)
        writer.out.append(UInt8(ascii: "}"))
    }
}

extension LineExposure: HandWrittenJSON {
    func writeJSON(to writer: JSONStreamWriter) throws {
        writer.raw(#"{"activities":["#)
        for (n, activity) in activities.enumerated() {
            if n > 0 { writer.out.append(UInt8(ascii: ",")) }
            JSONLineWriter.string(activity, into: &writer.out)
        }
        writer.raw(#"],"beta":"#)
        try writer.number(beta, key: CompactJSON.AnyKey("beta"))
        writer.raw(#","confidence":"#)
        try writer.number(confidence, key: CompactJSON.AnyKey("confidence"))
        writer.raw(#","label":"#)
        JSONLineWriter.string(label.rawValue, into: &writer.out)
        writer.raw(#","meaning":"#)
        JSONLineWriter.string(meaning, into: &writer.out)
        writer.raw(#","neighbours":"#)
        try writer.write(neighbours)
        writer.raw(#","probabilities":{"#)
        // Keys as they are, in the order Foundation's encoder sorts a dictionary's keys.
        let keys = Array(probabilities.keys)
        for (n, position) in CompactJSON.order(of: keys).enumerated() {
            if n > 0 { writer.out.append(UInt8(ascii: ",")) }
            JSONLineWriter.string(keys[position], into: &writer.out)
            writer.out.append(UInt8(ascii: ":"))
            try writer.number(probabilities[keys[position]] ?? 0, key: CompactJSON.AnyKey(keys[position]))
        }
        writer.raw(#"},"reason":"#)
        JSONLineWriter.string(reason, into: &writer.out)
        writer.raw(#","text":"#)
        JSONLineWriter.string(text, into: &writer.out)
        writer.out.append(UInt8(ascii: "}"))
    }
}

/// A `[String: Value]` dictionary, whose keys are written as they are.
protocol StringKeyedEncodable {
    func encodeEntries(into writer: JSONStreamWriter) throws
}

extension Dictionary: StringKeyedEncodable where Key == String, Value: Encodable {
    func encodeEntries(into writer: JSONStreamWriter) throws {
        let frame = writer.open(.dictionary)
        for (key, value) in self {
            try writer.field(rawKey: key, in: frame)
            writer.path.append(CompactJSON.AnyKey(key))
            defer { writer.path.removeLast() }
            try writer.write(value)
        }
    }
}

/// Which types are `[String: Value]` dictionaries, asked of the runtime once per type.
enum TypeKinds {
    static let known = Mutex<[ObjectIdentifier: Bool]>([:])

    static func isStringKeyedDictionary(_ type: Any.Type) -> Bool {
        let id = ObjectIdentifier(type)
        if let answer = known.withLock({ $0[id] }) { return answer }
        let answer = type is StringKeyedEncodable.Type
        known.withLock { $0[id] = answer }
        return answer
    }
}

/// The state of one `CompactJSON.encode`: the bytes so far and the containers still open.
final class JSONStreamWriter {
    /// A container written to after one opened later has been (not something synthesized `Encodable`
    /// conformances do).
    struct OutOfOrder: Error {}

    enum Kind { case object, dictionary, array }

    struct Frame {
        let id: Int
        let kind: Kind
        /// Where its fields begin in `fields`, or its raw keys in `rawKeys`.
        let firstField: Int
        var count = 0
    }

    /// A field of an open object: which key (a position in the key table, or in `rawKeys` for a
    /// dictionary) and where its `"key":value` text starts in `out`.
    struct Field {
        let key: Int
        let start: Int
    }

    var out: [UInt8] = []
    var frames: [Frame] = []
    var fields: [Field] = []
    var rawKeys: [String] = []
    /// Keys from the top value to the value being written (array positions left out), for the coding
    /// path of errors.
    var path: [any CodingKey] = []
    var table: CompactJSON.KeyTable
    /// Set when a value asked for something this writer leaves to Foundation's encoder.
    var refused = false
    private var nextID = 0
    private var scratch: [UInt8] = []

    init() {
        out.reserveCapacity(16_384)
        table = CompactJSON.keys.withLock { $0 }
    }

    // MARK: Values

    /// Writes one value where the open container expects it.
    func write<T: Encodable>(_ value: T) throws {
        // Metatype comparisons first: a failed dynamic cast per nested value costs more than its encoding.
        if T.self == String.self {
            JSONLineWriter.string(value as! String, into: &out)
        } else if T.self == Float.self {
            try number(value as! Float)
        } else if T.self == Double.self {
            try number(value as! Double)
        } else if T.self == Int.self {
            out.append(contentsOf: (value as! Int).description.utf8)
        } else if T.self == Bool.self {
            literal(value as! Bool)
        } else if T.self == [SkillPart].self {
            try array(value as! [SkillPart])
        } else if T.self == [AdjacentRole].self {
            try array(value as! [AdjacentRole])
        } else if T.self == [RoleMatch].self {
            try array(value as! [RoleMatch])
        } else if T.self == [TermContribution].self {
            try array(value as! [TermContribution])
        } else if T.self == [TaskEvidence].self {
            try array(value as! [TaskEvidence])
        } else if T.self == [LineExposure].self {
            try array(value as! [LineExposure])
        } else if T.self == [LineExposure.Neighbour].self {
            try array(value as! [LineExposure.Neighbour])
        } else {
            let depth = frames.count
            let before = out.count
            if TypeKinds.isStringKeyedDictionary(T.self), let dictionary = value as? StringKeyedEncodable {
                try dictionary.encodeEntries(into: self)
            } else {
                try value.encode(to: StreamEncoder(writer: self, depth: depth, pathDepth: path.count))
            }
            try close(downTo: depth)
            // A value that wrote nothing is an empty object, as Foundation's encoder writes it.
            if out.count == before { out += [UInt8(ascii: "{"), UInt8(ascii: "}")] }
        }
    }

    /// An array of values written by hand.
    private func array<Element: HandWrittenJSON>(_ elements: [Element]) throws {
        out.append(UInt8(ascii: "["))
        for (n, element) in elements.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            try element.writeJSON(to: self)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Writes JSON text as it is: keys and punctuation of what is written by hand.
    func raw(_ text: StaticString) {
        JSONLineWriter.literal(text, into: &out)
    }

    func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, key: (any CodingKey)? = nil) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path + (key.map { [$0] } ?? []), debugDescription: "\(value) is not a JSON number."))
        }
        out.append(contentsOf: JSONLineWriter.decimal(value).utf8)
    }

    func integer(_ value: some BinaryInteger) {
        out.append(contentsOf: value.description.utf8)
    }

    func literal(_ value: Bool) {
        if value { JSONLineWriter.literal("true", into: &out) } else { JSONLineWriter.literal("false", into: &out) }
    }

    func null() {
        JSONLineWriter.literal("null", into: &out)
    }

    /// An encoder whose writes go nowhere, for what is left to Foundation's encoder (which then encodes
    /// the whole value).
    func refuse() -> any Encoder {
        refused = true
        return StreamEncoder(writer: JSONStreamWriter(), depth: 0, pathDepth: 0)
    }

    // MARK: Containers

    /// Opens a container where the next value goes.
    func open(_ kind: Kind) -> Int {
        nextID += 1
        out.append(kind == .array ? UInt8(ascii: "[") : UInt8(ascii: "{"))
        frames.append(Frame(id: nextID, kind: kind, firstField: kind == .dictionary ? rawKeys.count : fields.count))
        return nextID
    }

    /// The container a value at `depth` opened, reused when the value asks again, or a new one.
    func container(_ kind: Kind, depth: Int) throws -> Int {
        if frames.count > depth {
            guard frames[depth].kind == kind else { throw OutOfOrder() }
            try close(downTo: depth + 1)
            return frames[depth].id
        }
        return open(kind)
    }

    /// Makes `id` the innermost open container, closing the finished ones inside it.
    func focus(_ id: Int) throws {
        guard let position = frames.lastIndex(where: { $0.id == id }) else { throw OutOfOrder() }
        try close(downTo: position + 1)
    }

    /// Starts a field of the object `id`: its comma and its key.
    func field(_ key: String, in id: Int) throws {
        try focus(id)
        let position: Int
        if let known = table.positions[key] {
            position = known
        } else {
            table = try CompactJSON.table(adding: key)
            position = table.positions[key]!
        }
        separate()
        fields.append(Field(key: position, start: out.count))
        out.append(contentsOf: table.quoted[position])
    }

    /// Starts an entry of the dictionary `id`: its comma and its key as it is.
    func field(rawKey key: String, in id: Int) throws {
        try focus(id)
        separate()
        fields.append(Field(key: rawKeys.count, start: out.count))
        rawKeys.append(key)
        JSONLineWriter.string(key, into: &out)
        out.append(UInt8(ascii: ":"))
    }

    /// Starts an element of the array `id`.
    func element(in id: Int) throws {
        try focus(id)
        separate()
    }

    private func separate() {
        if frames[frames.count - 1].count > 0 { out.append(UInt8(ascii: ",")) }
        frames[frames.count - 1].count += 1
    }

    /// Closes the open containers above `depth`, innermost first.
    func close(downTo depth: Int) throws {
        while frames.count > depth {
            let frame = frames.removeLast()
            switch frame.kind {
            case .array:
                out.append(UInt8(ascii: "]"))
            case .object:
                let mine = fields[frame.firstField...]
                let ranks = mine.map { table.ranks[$0.key] }
                sortFields(Array(mine), ranks: ranks)
                fields.removeSubrange(frame.firstField...)
                out.append(UInt8(ascii: "}"))
            case .dictionary:
                let mine = fields[(fields.count - frame.count)...]
                let keys = Array(rawKeys[frame.firstField...])
                var ranks = Array(repeating: 0, count: keys.count)
                for (rank, position) in CompactJSON.order(of: keys).enumerated() { ranks[position] = rank }
                sortFields(Array(mine), ranks: mine.map { ranks[$0.key - frame.firstField] })
                fields.removeSubrange((fields.count - frame.count)...)
                rawKeys.removeSubrange(frame.firstField...)
                out.append(UInt8(ascii: "}"))
            }
        }
    }

    /// Rewrites the fields (the last text in `out`) in the order of their ranks, comma-separated.
    private func sortFields(_ fields: [Field], ranks: [Int]) {
        guard fields.count > 1, zip(ranks, ranks.dropFirst()).contains(where: { $0 > $1 }) else { return }
        let start = fields[0].start
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: out[start...])
        out.removeSubrange(start...)
        let ends = fields.dropFirst().map { $0.start - 1 - start } + [scratch.count]
        for (n, i) in fields.indices.sorted(by: { ranks[$0] < ranks[$1] }).enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: scratch[(fields[i].start - start)..<ends[i]])
        }
    }
}

struct StreamEncoder: Encoder {
    let writer: JSONStreamWriter
    /// How many containers were open when the value began.
    let depth: Int
    let pathDepth: Int
    var codingPath: [any CodingKey] { Array(writer.path.prefix(pathDepth)) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(StreamKeyed<Key>(writer: writer, id: openOrFail(.object), pathDepth: pathDepth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        StreamUnkeyed(writer: writer, id: openOrFail(.array), pathDepth: pathDepth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamSingle(writer: writer, pathDepth: pathDepth)
    }

    /// The container's id; -1 (no container) when the value already opened one of another kind.
    private func openOrFail(_ kind: JSONStreamWriter.Kind) -> Int {
        guard let id = try? writer.container(kind, depth: depth) else {
            writer.refused = true
            return -1
        }
        return id
    }
}

struct StreamKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let id: Int
    let pathDepth: Int
    var codingPath: [any CodingKey] { Array(writer.path.prefix(pathDepth)) }

    mutating func encodeNil(forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        writer.null()
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        writer.literal(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        JSONLineWriter.string(value, into: &writer.out)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        try writer.number(value, key: key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        try writer.number(value, key: key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        writer.integer(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try writer.field(key.stringValue, in: id)
        writer.path.append(key)
        defer { writer.path.removeLast() }
        try writer.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = (try? writer.field(key.stringValue, in: id)).map { writer.open(.object) }
        if nested == nil { writer.refused = true }
        return KeyedEncodingContainer(StreamKeyed<NestedKey>(writer: writer, id: nested ?? -1, pathDepth: pathDepth))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = (try? writer.field(key.stringValue, in: id)).map { writer.open(.array) }
        if nested == nil { writer.refused = true }
        return StreamUnkeyed(writer: writer, id: nested ?? -1, pathDepth: pathDepth)
    }

    mutating func superEncoder() -> any Encoder {
        writer.refuse()
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.refuse()
    }
}

struct StreamUnkeyed: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let id: Int
    let pathDepth: Int
    var codingPath: [any CodingKey] { Array(writer.path.prefix(pathDepth)) }
    var count: Int { writer.frames.last(where: { $0.id == id })?.count ?? 0 }

    mutating func encodeNil() throws {
        try writer.element(in: id)
        writer.null()
    }
    mutating func encode(_ value: String) throws {
        try writer.element(in: id)
        JSONLineWriter.string(value, into: &writer.out)
    }
    mutating func encode(_ value: Float) throws {
        try writer.element(in: id)
        try writer.number(value)
    }
    mutating func encode(_ value: Double) throws {
        try writer.element(in: id)
        try writer.number(value)
    }
    mutating func encode(_ value: Int) throws {
        try writer.element(in: id)
        writer.integer(value)
    }
    mutating func encode(_ value: Bool) throws {
        try writer.element(in: id)
        writer.literal(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.element(in: id)
        try writer.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = (try? writer.element(in: id)).map { writer.open(.object) }
        if nested == nil { writer.refused = true }
        return KeyedEncodingContainer(StreamKeyed<NestedKey>(writer: writer, id: nested ?? -1, pathDepth: pathDepth))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = (try? writer.element(in: id)).map { writer.open(.array) }
        if nested == nil { writer.refused = true }
        return StreamUnkeyed(writer: writer, id: nested ?? -1, pathDepth: pathDepth)
    }

    mutating func superEncoder() -> any Encoder {
        writer.refuse()
    }
}

struct StreamSingle: SingleValueEncodingContainer {
    let writer: JSONStreamWriter
    let pathDepth: Int
    var codingPath: [any CodingKey] { Array(writer.path.prefix(pathDepth)) }

    mutating func encodeNil() throws { writer.null() }
    mutating func encode(_ value: Bool) throws { writer.literal(value) }
    mutating func encode(_ value: String) throws { JSONLineWriter.string(value, into: &writer.out) }
    mutating func encode(_ value: Double) throws { try writer.number(value) }
    mutating func encode(_ value: Float) throws { try writer.number(value) }
    mutating func encode(_ value: Int) throws { writer.integer(value) }
    // Other integer types reach here from every container (their default implementations encode them as
    // single values), so each is written here rather than passed back to `write`.
    mutating func encode(_ value: Int8) throws { writer.integer(value) }
    mutating func encode(_ value: Int16) throws { writer.integer(value) }
    mutating func encode(_ value: Int32) throws { writer.integer(value) }
    mutating func encode(_ value: Int64) throws { writer.integer(value) }
    mutating func encode(_ value: UInt) throws { writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { writer.integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.write(value) }
}
