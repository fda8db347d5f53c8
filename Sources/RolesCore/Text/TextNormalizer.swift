import Foundation

/// Brings text to one form before tokenizing: compatibility-composed Unicode (NFKC), case and diacritics
/// folded, typographic dashes, quotes and bullets replaced by their ASCII counterparts, and `IT` written
/// in capitals spelled out.
public struct TextNormalizer: Sendable {
    public init() {}

    /// What `IT` in capitals, a word of its own, is spelled out as. Folded, it would be the stop word `it`,
    /// and `IT support`, `IT staff` or `IT Project Manager` would lose the word that names the field.
    static let informationTechnology = Array("information technology".utf8)

    /// Returns the normalized text as UTF-8 bytes.
    ///
    /// ASCII input, by far the most common, takes a byte-level fast path with no Foundation calls.
    /// - Complexity: O(n) in the length of the text.
    public func normalize(_ text: String) -> [UInt8] {
        var utf8 = Array(text.utf8)
        let acronyms = Self.capitalITs(in: utf8)
        if !acronyms.isEmpty {
            // Rare: the text again with each `IT` spelled out, through the paths below.
            var spelled: [UInt8] = []
            spelled.reserveCapacity(utf8.count + acronyms.count * Self.informationTechnology.count)
            var start = 0
            for at in acronyms {
                spelled.append(contentsOf: utf8[start..<at])
                spelled.append(contentsOf: Self.informationTechnology)
                start = at + 2
            }
            spelled.append(contentsOf: utf8[start...])
            return normalize(String(decoding: spelled, as: UTF8.self))
        }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            for i in utf8.indices where utf8[i] >= UInt8(ascii: "A") && utf8[i] <= UInt8(ascii: "Z") {
                utf8[i] |= 0x20
            }
            return utf8
        }
        return asciiWithTypography(text) ?? folded(text)
    }

    /// Where `IT` in capitals stands as a word of its own: the characters before and after it are neither
    /// letters nor digits (`IT`, `IT-related`, `(IT)`, `IT—team`, but not `ITEM`, `EDIT` or `éIT`).
    static func capitalITs(in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var i = 0
        let count = bytes.count
        while i + 1 < count {
            if bytes[i] == UInt8(ascii: "I") && bytes[i + 1] == UInt8(ascii: "T")
                && !isWordCharacter(endingBefore: i, in: bytes) && !isWordCharacter(startingAt: i + 2, in: bytes) {
                found.append(i)
                i += 2
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether the character whose UTF-8 bytes start at `start` is a letter or digit; false at the end.
    private static func isWordCharacter(startingAt start: Int, in bytes: [UInt8]) -> Bool {
        guard start < bytes.count else { return false }
        let lead = bytes[start]
        if lead < 0x80 { return isASCIIWord(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard start + length <= bytes.count else { return true }
        return isWord(String(decoding: bytes[start..<(start + length)], as: UTF8.self).unicodeScalars.first)
    }

    /// Whether the character whose UTF-8 bytes end just before `end` is a letter or digit; false at the start.
    private static func isWordCharacter(endingBefore end: Int, in bytes: [UInt8]) -> Bool {
        guard end > 0 else { return false }
        if bytes[end - 1] < 0x80 { return isASCIIWord(bytes[end - 1]) }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && end - start < 4 { start -= 1 }
        return isWord(String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first)
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// A letter, a digit, or a character that could not be read (taken as part of a word, to be safe).
    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, scalar != "\u{FFFD}" else { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// ASCII with typographic characters only (bullets, dashes, curly quotes, special spaces), as in most
    /// resumes: each of those is its own replacement whatever the Unicode folding, so Foundation is not
    /// needed. Nil when the text has any other non-ASCII character.
    func asciiWithTypography(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            } else if let replacement = Self.replacements[scalar.value] {
                out.append(replacement)
            } else {
                return nil
            }
        }
        return out
    }

    /// NFKC, then case, diacritics and width folded, then typographic characters replaced.
    func folded(_ text: String) -> [UInt8] {
        let folded = text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else if let replacement = Self.replacements[scalar.value] {
                out.append(replacement)
            } else {
                out.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        return out
    }

    /// Typographic characters mapped to the ASCII character a tokenizer understands.
    static let replacements: [UInt32: UInt8] = [
        0x2010: UInt8(ascii: "-"), 0x2011: UInt8(ascii: "-"), 0x2012: UInt8(ascii: "-"),
        0x2013: UInt8(ascii: "-"), 0x2014: UInt8(ascii: "-"), 0x2015: UInt8(ascii: "-"),
        0x2212: UInt8(ascii: "-"), 0xFE63: UInt8(ascii: "-"), 0xFF0D: UInt8(ascii: "-"),
        0x2018: UInt8(ascii: "'"), 0x2019: UInt8(ascii: "'"), 0x201B: UInt8(ascii: "'"), 0x2032: UInt8(ascii: "'"),
        0x201C: UInt8(ascii: "\""), 0x201D: UInt8(ascii: "\""), 0x201E: UInt8(ascii: "\""),
        // Bullets and list markers end a phrase, like a line break.
        0x2022: UInt8(ascii: "\n"), 0x2023: UInt8(ascii: "\n"), 0x2043: UInt8(ascii: "\n"),
        0x25AA: UInt8(ascii: "\n"), 0x25AB: UInt8(ascii: "\n"), 0x25CF: UInt8(ascii: "\n"),
        0x25E6: UInt8(ascii: "\n"), 0x25A0: UInt8(ascii: "\n"), 0x25A1: UInt8(ascii: "\n"),
        0x27A2: UInt8(ascii: "\n"), 0x2713: UInt8(ascii: "\n"), 0x2714: UInt8(ascii: "\n"),
        0x00B7: UInt8(ascii: "\n"), 0xF0B7: UInt8(ascii: "\n"), 0x2219: UInt8(ascii: "\n"),
        0x00A0: UInt8(ascii: " "), 0x2009: UInt8(ascii: " "), 0x200B: UInt8(ascii: " "), 0x3000: UInt8(ascii: " "),
        0x2028: UInt8(ascii: "\n"), 0x2029: UInt8(ascii: "\n"),
    ]
}
