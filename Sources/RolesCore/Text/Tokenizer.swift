/// One word of a text, and whether a phrase boundary (line break, sentence or list punctuation) comes
/// before it. Bigrams never span a boundary.
public struct Token: Equatable, Sendable {
    public var text: String
    public var startsPhrase: Bool

    public init(_ text: String, startsPhrase: Bool = false) {
        self.text = text
        self.startsPhrase = startsPhrase
    }
}

/// Splits normalized text into words, keeping technical tokens whole.
///
/// Kept whole: `c++`, `c#`, `.net`, `node.js`, `asp.net`, `ap/ar`, `ci/cd`, `r&d`, `401(k)`, `3d`.
/// Dropped: URLs, e-mail addresses, and tokens without a letter (phone numbers, years, amounts).
/// Hyphenated words split into their parts (`follow-up` → `follow`, `up`), except a word broken across
/// a line end (`manage-\nment` → `management`). Apostrophes go: `patient's` → `patient`, `don't` → `dont`.
public struct Tokenizer: Sendable {
    /// Longest part on either side of `/` or `&` that still joins (`ap/ar`, `tcp/ip`, `at&t`), so that
    /// `sales/marketing` still splits into two words.
    static let maxJoinedPartLength = 4

    public init() {}

    /// - Complexity: O(n) in the number of bytes.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        tokenize(bytes) { word, startsPhrase in
            tokens.append(Token(String(decoding: word, as: UTF8.self), startsPhrase: startsPhrase))
        }
        return tokens
    }

    /// Calls `body` with the UTF-8 bytes of each word, in order, and whether a phrase boundary comes
    /// before it; the bytes are valid only during the call.
    /// - Complexity: O(n) in the number of bytes.
    public func tokenize(_ bytes: [UInt8], _ body: (_ word: UnsafeBufferPointer<UInt8>, _ startsPhrase: Bool) -> Void) {
        var i = 0
        var boundary = true
        let n = bytes.count
        var word: [UInt8] = []
        word.reserveCapacity(32)
        while i < n {
            let c = bytes[i]
            let startsDotWord = c == Byte.dot && i + 1 < n && Byte.isLetter(bytes[i + 1])
                && (i == 0 || !Byte.isWord(bytes[i - 1]))
            guard Byte.isWord(c) || startsDotWord else {
                if c != Byte.space && c != Byte.carriageReturn && c != Byte.apostrophe { boundary = true }
                i += 1
                continue
            }
            if let end = Self.urlEnd(bytes, from: i) {
                i = end
                boundary = true
                continue
            }
            word.removeAll(keepingCapacity: true)
            var j = i
            if startsDotWord {
                word.append(Byte.dot)
                j += 1
            }
            var partLength = 0
            var isEmail = false
            scan: while j < n {
                let b = bytes[j]
                if Byte.isWord(b) {
                    word.append(b)
                    partLength += 1
                    j += 1
                    continue
                }
                let next: UInt8 = j + 1 < n ? bytes[j + 1] : 0
                switch b {
                case Byte.dot where Byte.isAlphanumeric(next):
                    word.append(b)
                    partLength = 0
                    j += 1
                case Byte.slash, Byte.ampersand:
                    let nextLength = Self.alphanumericRun(bytes, from: j + 1)
                    guard nextLength > 0, partLength <= Self.maxJoinedPartLength,
                          nextLength <= Self.maxJoinedPartLength else { break scan }
                    word.append(b)
                    partLength = 0
                    j += 1
                case Byte.apostrophe where Byte.isLetter(next):
                    if next == UInt8(ascii: "s"), j + 2 >= n || !Byte.isWord(bytes[j + 2]) {
                        j += 2
                        break scan
                    }
                    j += 1
                case Byte.hyphen:
                    if let resume = Self.lineBreakHyphenResume(bytes, after: j) {
                        j = resume
                        continue
                    }
                    break scan
                case Byte.openParen where Self.isDigits(word):
                    // 401(k), 403(b), 501(c)(3)
                    guard j + 2 < n, Byte.isAlphanumeric(bytes[j + 1]), bytes[j + 2] == Byte.closeParen
                    else { break scan }
                    word.append(contentsOf: bytes[j...(j + 2)])
                    j += 3
                case Byte.at:
                    isEmail = true
                    break scan
                default:
                    break scan
                }
            }
            // c++, g++, c#, f#: a short word followed by + or #, and nothing word-like after them.
            if j < n, word.count <= 2, let last = word.last, Byte.isLetter(last) {
                var k = j
                if bytes[k] == Byte.hash {
                    k += 1
                } else {
                    while k < n, k - j < 2, bytes[k] == Byte.plus { k += 1 }
                }
                if k > j, k >= n || !Byte.isWord(bytes[k]) {
                    word.append(contentsOf: bytes[j..<k])
                    j = k
                }
            }
            if isEmail {
                while j < n, !Byte.isSpace(bytes[j]) { j += 1 }
                boundary = true
                i = j
                continue
            }
            if word.contains(where: Byte.isLetter) {
                word.withUnsafeBufferPointer { body($0, boundary) }
                boundary = false
            }
            i = j
        }
    }

    static let urlPrefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

    /// If a URL starts at `i`, the index just past it.
    @inline(__always)
    static func urlEnd(_ bytes: [UInt8], from i: Int) -> Int? {
        let first = bytes[i]
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return nil }
        guard urlPrefixes.contains(where: { bytes.count - i >= $0.count && bytes[i..<(i + $0.count)].elementsEqual($0) })
        else { return nil }
        var j = i
        while j < bytes.count, !Byte.isSpace(bytes[j]) { j += 1 }
        return j
    }

    /// For a hyphen at `j` that ends a line inside a word (`manage-\nment`), where the word resumes.
    static func lineBreakHyphenResume(_ bytes: [UInt8], after j: Int) -> Int? {
        var k = j + 1
        while k < bytes.count, bytes[k] == Byte.space || bytes[k] == Byte.carriageReturn { k += 1 }
        guard k < bytes.count, bytes[k] == Byte.newline else { return nil }
        k += 1
        while k < bytes.count, bytes[k] == Byte.space || bytes[k] == Byte.tab { k += 1 }
        guard k < bytes.count, Byte.isLetter(bytes[k]) else { return nil }
        return k
    }

    static func alphanumericRun(_ bytes: [UInt8], from i: Int) -> Int {
        var k = i
        while k < bytes.count, Byte.isAlphanumeric(bytes[k]) { k += 1 }
        return k - i
    }

    static func isDigits(_ word: [UInt8]) -> Bool {
        !word.isEmpty && word.allSatisfy { $0 >= Byte.zero && $0 <= Byte.nine }
    }
}

/// Byte classes of normalized (lower-case) UTF-8 text.
enum Byte {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r"), dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
    static let ampersand = UInt8(ascii: "&"), apostrophe = UInt8(ascii: "'"), hyphen = UInt8(ascii: "-")
    static let openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")"), at = UInt8(ascii: "@")
    static let hash = UInt8(ascii: "#"), plus = UInt8(ascii: "+"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b >= 0x80
    }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || (b >= zero && b <= nine) }
    /// Letters, digits and the bytes of non-ASCII characters.
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { isAlphanumeric(b) }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == space || b == tab || b == newline || b == carriageReturn }
}
