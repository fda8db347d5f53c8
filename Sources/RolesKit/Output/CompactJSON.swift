import Foundation
import Synchronization

/// Compact JSON with the same bytes as `RolesJSON.encoder(pretty: false)` — snake-case keys in the same
/// order, numbers and strings written alike — in about a third of the time: values are written straight
/// to bytes instead of through an intermediate tree, and each key's snake-case form and each object's key
/// order are worked out once (by asking Foundation's encoder) and remembered. The server answers with it.
///
/// Like Foundation's encoder, it converts the keys of keyed containers to snake case but leaves the keys
/// of `[String: Value]` dictionaries as they are, and refuses non-finite numbers.
public enum CompactJSON {
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let box = ValueBox()
        try box.encodeValue(value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        try box.render(into: &out)
        return out
    }

    // MARK: Keys

    /// Snake-case forms of keys, and key orders of objects, computed once with Foundation's encoder.
    static let snakeCase = Mutex<[String: String]>([:])
    static let orders = Mutex<[String: [Int]]>([:])
    static let maximumRemembered = 10_000

    static func converted(_ key: String) -> String {
        if let known = snakeCase.withLock({ $0[key] }) { return known }
        let converted = (try? probeOrder([key], convert: true).keys.first) ?? key
        snakeCase.withLock { if $0.count < maximumRemembered { $0[key] = converted } }
        return converted
    }

    /// Positions of `keys` in the order Foundation's encoder writes them with `.sortedKeys`.
    static func order(of keys: [String]) -> [Int] {
        let signature = keys.joined(separator: "\u{0}")
        if let known = orders.withLock({ $0[signature] }) { return known }
        let order = (try? probeOrder(keys, convert: false).positions) ?? Array(keys.indices).sorted { keys[$0] < keys[$1] }
        // Bounded: the key sets of the answer types are few; a dictionary with keys from input could be many.
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

    // MARK: Scalars

    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, codingPath: [any CodingKey]) throws -> [UInt8] {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a JSON number."))
        }
        return Array(JSONLineWriter.decimal(value).utf8)
    }

    static func string(_ value: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        JSONLineWriter.string(value, into: &out)
        return out
    }
}

/// A `[String: Value]` dictionary, whose keys are written as they are.
protocol StringKeyedEncodable {
    func encodeEntries(into box: ValueBox, codingPath: [any CodingKey]) throws
}

extension Dictionary: StringKeyedEncodable where Key == String, Value: Encodable {
    func encodeEntries(into box: ValueBox, codingPath: [any CodingKey]) throws {
        let object = box.object(convertKeys: false)
        for (key, value) in self {
            try object.append(key, value, codingPath: codingPath + [CompactJSON.AnyKey(key)])
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

/// One value being encoded: empty until its `encode(to:)` asks for a container or writes a scalar.
final class ValueBox {
    enum Content {
        case empty
        case bytes([UInt8])
        case object(ObjectBox)
        case array(ArrayBox)
    }

    var content = Content.empty

    func encodeValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        // Metatype comparisons first: a failed dynamic cast per nested value costs more than its encoding.
        if T.self == String.self {
            content = .bytes(CompactJSON.string(value as! String))
        } else if T.self == Float.self {
            content = .bytes(try CompactJSON.number(value as! Float, codingPath: codingPath))
        } else if T.self == Double.self {
            content = .bytes(try CompactJSON.number(value as! Double, codingPath: codingPath))
        } else if T.self == Int.self {
            content = .bytes(Array((value as! Int).description.utf8))
        } else if T.self == Bool.self {
            content = .bytes(Array(((value as! Bool) ? "true" : "false").utf8))
        } else if TypeKinds.isStringKeyedDictionary(T.self), let dictionary = value as? StringKeyedEncodable {
            try dictionary.encodeEntries(into: self, codingPath: codingPath)
        } else {
            try value.encode(to: BoxEncoder(box: self, codingPath: codingPath))
        }
    }

    func object(convertKeys: Bool) -> ObjectBox {
        if case .object(let existing) = content { return existing }
        let object = ObjectBox(convertKeys: convertKeys)
        content = .object(object)
        return object
    }

    func array() -> ArrayBox {
        if case .array(let existing) = content { return existing }
        let array = ArrayBox()
        content = .array(array)
        return array
    }

    func render(into out: inout [UInt8]) throws {
        switch content {
        case .empty: out += Array("{}".utf8)
        case .bytes(let bytes): out += bytes
        case .object(let object): try object.render(into: &out)
        case .array(let array): try array.render(into: &out)
        }
    }
}

final class ObjectBox {
    let convertKeys: Bool
    var keys: [String] = []
    var values: [ValueBox] = []

    init(convertKeys: Bool) {
        self.convertKeys = convertKeys
    }

    func slot(_ key: String) -> ValueBox {
        let box = ValueBox()
        keys.append(convertKeys ? CompactJSON.converted(key) : key)
        values.append(box)
        return box
    }

    func append(_ key: String, bytes: [UInt8]) {
        slot(key).content = .bytes(bytes)
    }

    func append(_ key: String, _ value: some Encodable, codingPath: [any CodingKey]) throws {
        try slot(key).encodeValue(value, codingPath: codingPath)
    }

    func render(into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        for (n, position) in CompactJSON.order(of: keys).enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            JSONLineWriter.string(keys[position], into: &out)
            out.append(UInt8(ascii: ":"))
            try values[position].render(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}

final class ArrayBox {
    var values: [ValueBox] = []

    func slot() -> ValueBox {
        let box = ValueBox()
        values.append(box)
        return box
    }

    func render(into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "["))
        for (n, value) in values.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            try value.render(into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}

struct BoxEncoder: Encoder {
    let box: ValueBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBox<Key>(object: box.object(convertKeys: true), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedBox(array: box.array(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleBox(box: box, codingPath: codingPath)
    }
}

struct KeyedBox<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.append(key.stringValue, bytes: Array("null".utf8)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.append(key.stringValue, bytes: Array((value ? "true" : "false").utf8)) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.append(key.stringValue, bytes: CompactJSON.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.append(key.stringValue, bytes: try CompactJSON.number(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        object.append(key.stringValue, bytes: try CompactJSON.number(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.append(key.stringValue, bytes: Array(value.description.utf8)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try object.append(key.stringValue, value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedBox<NestedKey>(object: object.slot(key.stringValue).object(convertKeys: true), codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedBox(array: object.slot(key.stringValue).array(), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        BoxEncoder(box: object.slot("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        BoxEncoder(box: object.slot(key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedBox: UnkeyedEncodingContainer {
    let array: ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { array.values.count }

    mutating func encodeNil() throws { array.slot().content = .bytes(Array("null".utf8)) }
    mutating func encode(_ value: String) throws { array.slot().content = .bytes(CompactJSON.string(value)) }
    mutating func encode(_ value: Float) throws { array.slot().content = .bytes(try CompactJSON.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Double) throws { array.slot().content = .bytes(try CompactJSON.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Int) throws { array.slot().content = .bytes(Array(value.description.utf8)) }
    mutating func encode(_ value: Bool) throws { array.slot().content = .bytes(Array((value ? "true" : "false").utf8)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try array.slot().encodeValue(value, codingPath: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedBox<NestedKey>(object: array.slot().object(convertKeys: true), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedBox(array: array.slot().array(), codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        BoxEncoder(box: array.slot(), codingPath: codingPath)
    }
}

struct SingleBox: SingleValueEncodingContainer {
    let box: ValueBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.content = .bytes(Array("null".utf8)) }
    mutating func encode(_ value: Bool) throws { box.content = .bytes(Array((value ? "true" : "false").utf8)) }
    mutating func encode(_ value: String) throws { box.content = .bytes(CompactJSON.string(value)) }
    mutating func encode(_ value: Double) throws { box.content = .bytes(try CompactJSON.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { box.content = .bytes(try CompactJSON.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Int) throws { box.content = .bytes(Array(value.description.utf8)) }
    // Other integer types reach here from every container (their default implementations encode them as
    // single values), so each is written here rather than passed back to `encodeValue`.
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try box.encodeValue(value, codingPath: codingPath) }

    private func integer(_ value: some BinaryInteger) { box.content = .bytes(Array(value.description.utf8)) }
}
