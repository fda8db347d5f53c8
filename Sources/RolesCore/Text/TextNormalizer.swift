import Foundation

/// Brings text to one form before tokenizing: compatibility-composed Unicode (NFKC), case and diacritics
/// folded, typographic dashes, quotes and bullets replaced by their ASCII counterparts.
public struct TextNormalizer: Sendable {
    public init() {}

    /// Returns the normalized text as UTF-8 bytes.
    ///
    /// ASCII input, by far the most common, takes a byte-level fast path with no Foundation calls.
    /// - Complexity: O(n) in the length of the text.
    public func normalize(_ text: String) -> [UInt8] {
        var utf8 = Array(text.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) {
            for i in utf8.indices where utf8[i] >= UInt8(ascii: "A") && utf8[i] <= UInt8(ascii: "Z") {
                utf8[i] |= 0x20
            }
            return utf8
        }
        return asciiWithTypography(text) ?? folded(text)
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
