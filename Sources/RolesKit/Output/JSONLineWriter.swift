import Foundation
import RolesCore

/// Writes batch records as compact JSON by hand: `JSONEncoder` took a quarter of the batch time.
/// The output is the JSON `RolesJSON.encoder(pretty: false)` gives, with the keys in the order the types
/// declare them rather than sorted (a test holds the two equal as JSON).
enum JSONLineWriter {
    static func line(_ record: BatchRecord) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(record, into: &out)
        return Data(out)
    }

    /// Appends the record's JSON, without a line break.
    static func write(_ record: BatchRecord, into out: inout [UInt8]) {
        switch record {
        case .matches(let id, let matches):
            literal(#"{"id":"#, into: &out)
            string(id, into: &out)
            literal(#","matches":["#, into: &out)
            for (i, match) in matches.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                roleMatch(match, into: &out)
            }
            literal("]}", into: &out)
        case .error(let id, let line, let message):
            literal(#"{"id":"#, into: &out)
            if let id { string(id, into: &out) } else { literal("null", into: &out) }
            literal(#","line":"#, into: &out)
            out.append(contentsOf: line.description.utf8)
            literal(#","error":"#, into: &out)
            string(message, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func roleMatch(_ match: RoleMatch, into out: inout [UInt8]) {
        literal(#"{"id":"#, into: &out)
        string(match.id, into: &out)
        // An unknown code is left out, as the encoder leaves out a nil optional.
        if let soc = match.soc {
            literal(#","soc":"#, into: &out)
            string(soc, into: &out)
        }
        literal(#","title":"#, into: &out)
        string(match.title, into: &out)
        literal(#","score":"#, into: &out)
        number(match.score, into: &out)
        literal(#","confidence":"#, into: &out)
        number(match.confidence, into: &out)
        literal(#","why":{"terms":["#, into: &out)
        for (i, term) in match.why.terms.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            literal(#"{"term":"#, into: &out)
            string(term.term, into: &out)
            literal(#","contribution":"#, into: &out)
            number(term.contribution, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        if let title = match.why.title {
            literal(#","title":"#, into: &out)
            string(title, into: &out)
        }
        literal(#","tasks":["#, into: &out)
        for (i, task) in match.why.tasks.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            literal(#"{"task":"#, into: &out)
            string(task.task, into: &out)
            literal(#","similarity":"#, into: &out)
            number(task.similarity, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        literal("]}}", into: &out)
    }

    @inline(__always)
    /// A number as Foundation's encoder writes it: the shortest decimal that reads back the same, without
    /// a trailing `.0`. Scores are finite.
    static func number(_ value: Float, into out: inout [UInt8]) {
        out.append(contentsOf: decimal(value).utf8)
    }

    /// The text of a finite number as Foundation's encoder writes it.
    static func decimal(_ value: some BinaryFloatingPoint & CustomStringConvertible) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func literal(_ text: StaticString, into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, other UTF-8 as is.
    static func string(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch byte {
                case UInt8(ascii: "\""): out += [0x5C, 0x22]
                case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                case 0x09: out += [0x5C, UInt8(ascii: "t")]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
