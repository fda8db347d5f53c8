/// Character n-grams of the words of a job title, for matching titles that share word pieces rather
/// than whole words: `Mgr` and `Manager`, `Electrician` and `Electrical`, `Paralegal` and `Legal`.
///
/// Each word (a run of letters and digits after normalization) is padded with a space on both sides,
/// so a gram at a word's edge (` ma`, `er `) differs from the same letters inside a word; a padded word
/// shorter than the shortest gram counts once whole. Stop words are kept: they are short, and their
/// grams are common enough to weigh little.
public struct TitleGrams: Sendable {
    /// Gram lengths. 3 to 4 letters measured as well as 3 to 5 or 2 to 4 on the reported-titles
    /// evaluation, with the smallest vocabulary (`Docs/WEIGHTING.md`).
    public static let lengths = 3...4

    private let normalizer = TextNormalizer()

    public init() {}

    /// How often each gram occurs in `text`.
    /// - Complexity: O(n) in the length of the text.
    public func counts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        grams(text) { counts[$0, default: 0] += 1 }
        return counts
    }

    /// Calls `body` with every gram of `text`, word by word, shortest first.
    public func grams(_ text: String, _ body: (String) -> Void) {
        gramBytes(text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of every gram of `text`, valid only during the call: what
    /// `grams(_:_:)` gives, without a `String` per gram.
    public func gramBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let bytes = normalizer.normalize(text)
        var word: [UInt8] = [Self.space]
        func flush() {
            guard word.count > 1 else { return }
            word.append(Self.space)
            word.withUnsafeBufferPointer { padded in
                if padded.count < Self.lengths.lowerBound {
                    body(padded)
                    return
                }
                for length in Self.lengths where length <= padded.count {
                    for start in 0...(padded.count - length) {
                        body(UnsafeBufferPointer(rebasing: padded[start..<(start + length)]))
                    }
                }
            }
            word.removeAll(keepingCapacity: true)
            word.append(Self.space)
        }
        for byte in bytes {
            // Bytes of multi-byte UTF-8 characters (>= 0x80) belong to words, as letters do.
            if Self.isWordByte(byte) {
                word.append(byte)
            } else {
                flush()
            }
        }
        flush()
    }

    static let space = UInt8(ascii: " ")

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte >= 0x80
    }
}
