// The English "Porter2" stemmer, as published by the Snowball project
// (https://snowballstem.org/algorithms/english/stemmer.html), in its current (Snowball 3.1) revision:
//
//  * R1 starts after the prefixes gener, commun, arsen, past, univers, later, emerg, organ and inter
//    (past ... organ came with Snowball 3.0, inter with 3.1);
//  * exceptional forms: skis, skies, idly, gently, ugly, early, only, singly, and the invariant words sky,
//    news, howe, atlas, cosmos, bias, andes;
//  * Step 1b exceptions: proceed/exceed/succeed keep "eed"; inning/outing/canning/herring/earring/evening
//    keep "ing"; a non-vowel plus "ying" becomes "ie" (dying -> die, lying -> lie, tying -> tie);
//  * no undoubling after exactly "a", "e" or "o" (added -> add); "past" counts as a short syllable;
//    Step 2 replaces "ogist" by "og".
//
// Written from the published description. The word is processed as ASCII bytes in place: every rewrite
// either shortens the word or re-adds one letter after removing two or more, so the original buffer
// always has room. Upper-case letters are not folded; like the reference implementation, the algorithm
// treats them as non-vowels.

/// The English Porter2 (Snowball) stemmer.
public struct Porter2Stemmer: Sendable {
    public init() {}

    /// Returns the stem of a lower-case word. Words of two letters or fewer, and words containing characters
    /// other than ASCII letters and apostrophes, are returned unchanged.
    ///
    /// - Parameter endings: Step 1 endings that stop the algorithm there. A word whose form after Step 1
    ///   (inflections removed: `hospitalities` → `hospitaliti`) ends with one of them is returned in that
    ///   form, so that the derivations Steps 2–4 would strip (`hospitality` → `hospit`, as `hospital`)
    ///   stay apart from their base. None by default: the published algorithm.
    public func stem(_ word: String, keepingStep1FormsEndingWith endings: [StaticString] = []) -> String {
        let count = word.utf8.count
        if count <= 2 { return word }
        var bytes = [UInt8](word.utf8)
        for c in bytes where !Porter2Stemmer.isWordByte(c) { return word }
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            let base = buffer.baseAddress!
            switch Porter2Stemmer.exceptionalForm(base, count) {
            case .invariant?: return word
            case .stem(let stem)?: return stem
            case nil: break
            }
            var w = Porter2Word(base, count)
            w.run(keepingStep1FormsEndingWith: endings)
            if !w.changed { return word }
            return String(decoding: UnsafeBufferPointer(start: base, count: w.len), as: UTF8.self)
        }
    }

    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || c == 0x27
    }

    enum ExceptionalForm {
        case invariant
        case stem(String)
    }

    /// The exceptional forms, tested on the whole word before anything else; nil for any other word.
    static func exceptionalForm(_ b: UnsafeMutablePointer<UInt8>, _ n: Int) -> ExceptionalForm? {
        @inline(__always) func isWord(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == n else { return false }
            let p = s.utf8Start
            for i in 0..<n where b[i] != p[i] { return false }
            return true
        }
        switch b[0] {
        case 0x73: // s
            if isWord("skis") { return .stem("ski") }
            if isWord("skies") { return .stem("sky") }
            if isWord("sky") { return .invariant }
            if isWord("singly") { return .stem("singl") }
        case 0x69: // i
            if isWord("idly") { return .stem("idl") }
        case 0x67: // g
            if isWord("gently") { return .stem("gentl") }
        case 0x75: // u
            if isWord("ugly") { return .stem("ugli") }
        case 0x65: // e
            if isWord("early") { return .stem("earli") }
        case 0x6F: // o
            if isWord("only") { return .stem("onli") }
        case 0x6E: // n
            if isWord("news") { return .invariant }
        case 0x68: // h
            if isWord("howe") { return .invariant }
        case 0x61: // a
            if isWord("atlas") || isWord("andes") { return .invariant }
        case 0x63: // c
            if isWord("cosmos") { return .invariant }
        case 0x62: // b
            if isWord("bias") { return .invariant }
        default:
            break
        }
        return nil
    }
}

// MARK: - The algorithm proper

private let apostrophe: UInt8 = 0x27
private let letterY: UInt8 = 0x79 // y
private let markedY: UInt8 = 0x59 // Y, a y that acts as a consonant

/// a e i o u y
@inline(__always)
private func isVowel(_ c: UInt8) -> Bool {
    let i = UInt32(c) &- 0x61
    return i < 26 && (0x0110_4111 as UInt32) >> i & 1 != 0
}

/// A non-vowel other than w, x and Y: the consonant that may close a short syllable.
@inline(__always)
private func closesShortSyllable(_ c: UInt8) -> Bool {
    !isVowel(c) && c != 0x77 && c != 0x78 && c != markedY
}

/// One word being stemmed: `b[0..<len]`, with the region starts `p1` (R1) and `p2` (R2).
struct Porter2Word {
    let b: UnsafeMutablePointer<UInt8>
    var len: Int
    var p1 = 0
    var p2 = 0
    var changed = false
    var markedAnyY = false

    init(_ b: UnsafeMutablePointer<UInt8>, _ len: Int) {
        self.b = b
        self.len = len
    }

    mutating func run(keepingStep1FormsEndingWith endings: [StaticString] = []) {
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        if !endings.contains(where: ends) {
            step2()
            step3()
            step4()
            step5()
        }
        if markedAnyY {
            for i in 0..<len where b[i] == markedY { b[i] = letterY }
        }
    }

    // MARK: Helpers

    /// Whether the word currently ends with `s`.
    @inline(__always)
    func ends(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard n <= len else { return false }
        let p = s.utf8Start
        let start = len - n
        for i in 0..<n where b[start + i] != p[i] { return false }
        return true
    }

    /// Whether `b[0..<end]` is exactly `s`.
    @inline(__always)
    func prefix(_ end: Int, is s: StaticString) -> Bool {
        guard s.utf8CodeUnitCount == end else { return false }
        let p = s.utf8Start
        for i in 0..<end where b[i] != p[i] { return false }
        return true
    }

    /// Whether the word starts with `s`.
    @inline(__always)
    func starts(with s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard n <= len else { return false }
        let p = s.utf8Start
        for i in 0..<n where b[i] != p[i] { return false }
        return true
    }

    /// Replaces the suffix starting at `start` by `s` (never longer than the suffix it replaces).
    @inline(__always)
    mutating func replace(from start: Int, with s: StaticString) {
        let n = s.utf8CodeUnitCount
        let p = s.utf8Start
        for i in 0..<n { b[start + i] = p[i] }
        len = start + n
        changed = true
    }

    @inline(__always)
    mutating func truncate(to newLength: Int) {
        len = newLength
        changed = true
    }

    @inline(__always)
    mutating func append(_ c: UInt8) {
        b[len] = c
        len += 1
        changed = true
    }

    @inline(__always)
    func inR1(_ start: Int) -> Bool { p1 <= start }

    @inline(__always)
    func inR2(_ start: Int) -> Bool { p2 <= start }

    /// Whether `b[0..<end]` ends with a short syllable: a vowel followed by a non-vowel other than
    /// w, x or Y and preceded by a non-vowel; or a vowel at the beginning followed by a non-vowel;
    /// or "past".
    func endsWithShortSyllable(_ end: Int) -> Bool {
        if end >= 3, closesShortSyllable(b[end - 1]), isVowel(b[end - 2]), !isVowel(b[end - 3]) {
            return true
        }
        if end == 2, !isVowel(b[1]), isVowel(b[0]) {
            return true
        }
        return end >= 4 && b[end - 4] == 0x70 && b[end - 3] == 0x61 && b[end - 2] == 0x73 && b[end - 1] == 0x74
    }

    /// Whether `b[0..<end]` contains a vowel.
    @inline(__always)
    func hasVowel(before end: Int) -> Bool {
        var i = 0
        while i < end {
            if isVowel(b[i]) { return true }
            i += 1
        }
        return false
    }

    // MARK: Prelude and regions

    mutating func prelude() {
        if b[0] == apostrophe {
            for i in 1..<len { b[i - 1] = b[i] }
            truncate(to: len - 1)
        }
        guard len > 0 else { return }
        if b[0] == letterY {
            b[0] = markedY
            markedAnyY = true
            changed = true
        }
        var i = 1
        while i < len {
            if b[i] == letterY && isVowel(b[i - 1]) {
                b[i] = markedY
                markedAnyY = true
                changed = true
            }
            i += 1
        }
    }

    /// The index just past the first non-vowel that follows a vowel, searching from `from`; `len` if none.
    @inline(__always)
    func regionStart(from: Int) -> Int {
        var i = from
        while i < len && !isVowel(b[i]) { i += 1 }
        while i < len && isVowel(b[i]) { i += 1 }
        return i < len ? i + 1 : len
    }

    mutating func markRegions() {
        p1 = len
        p2 = len
        var special = 0
        switch len > 0 ? b[0] : 0 {
        case 0x61: if starts(with: "arsen") { special = 5 }
        case 0x63: if starts(with: "commun") { special = 6 }
        case 0x65: if starts(with: "emerg") { special = 5 }
        case 0x67: if starts(with: "gener") { special = 5 }
        case 0x69: if starts(with: "inter") { special = 5 }
        case 0x6C: if starts(with: "later") { special = 5 }
        case 0x6F: if starts(with: "organ") { special = 5 }
        case 0x70: if starts(with: "past") { special = 4 }
        case 0x75: if starts(with: "univers") { special = 7 }
        default: break
        }
        if special > 0 {
            p1 = special
        } else {
            p1 = regionStart(from: 0)
            // No vowel-then-non-vowel at all: R1 and R2 are both empty.
            if p1 == len { return }
        }
        p2 = regionStart(from: p1)
    }

    // MARK: Steps

    /// Step 0 (apostrophe suffixes) and Step 1a (plurals).
    mutating func step1a() {
        if len > 0 && b[len - 1] == apostrophe {
            truncate(to: ends("'s'") ? len - 3 : len - 1)
        } else if ends("'s") {
            truncate(to: len - 2)
        }
        guard len > 0 else { return }
        switch b[len - 1] {
        case 0x73: // s
            if ends("sses") {
                truncate(to: len - 2)
            } else if ends("ies") {
                iesOrIed()
            } else if ends("ss") || ends("us") {
                return
            } else {
                // Delete if a vowel occurs before the letter immediately preceding the s.
                if len >= 3 && hasVowel(before: len - 2) { truncate(to: len - 1) }
            }
        case 0x64: // d
            if ends("ied") { iesOrIed() }
        default:
            break
        }
    }

    /// ies, ied -> i if preceded by more than one letter, otherwise ie.
    @inline(__always)
    mutating func iesOrIed() {
        let start = len - 3
        if start >= 2 {
            replace(from: start, with: "i")
        } else {
            replace(from: start, with: "ie")
        }
    }

    /// Step 1b: eed, eedly, ed, edly, ing, ingly.
    mutating func step1b() {
        guard len >= 2 else { return }
        let start: Int
        switch b[len - 1] {
        case 0x79: // y
            if ends("eedly") { eed(start: len - 5); return }
            if ends("ingly") { start = len - 5 }
            else if ends("edly") { start = len - 4 }
            else { return }
        case 0x64: // d
            if ends("eed") { eed(start: len - 3); return }
            if ends("ed") { start = len - 2 } else { return }
        case 0x67: // g
            guard ends("ing") else { return }
            start = len - 3
            if ingException(start: start) { return }
        default:
            return
        }
        // ed, edly, ing, ingly: delete if the preceding part contains a vowel.
        guard hasVowel(before: start) else { return }
        truncate(to: start)
        if len >= 2 {
            let last = b[len - 1], previous = b[len - 2]
            if (previous == 0x61 && last == 0x74) // at
                || (previous == 0x62 && last == 0x6C) // bl
                || (previous == 0x69 && last == 0x7A) // iz
            {
                append(0x65)
                return
            }
            if last == previous && isDoubleable(last) {
                // Undouble, except after exactly a, e or o ("add", "egg", "off").
                if len == 3 && (b[0] == 0x61 || b[0] == 0x65 || b[0] == 0x6F) { return }
                truncate(to: len - 1)
                return
            }
        }
        // A short word (R1 empty and ending in a short syllable) gets an e.
        if len == p1 && endsWithShortSyllable(len) {
            append(0x65)
        }
    }

    @inline(__always)
    func isDoubleable(_ c: UInt8) -> Bool {
        switch c {
        case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: return true // b d f g m n p r t
        default: return false
        }
    }

    /// eed, eedly -> ee when in R1, except for proceed, exceed and succeed.
    @inline(__always)
    mutating func eed(start: Int) {
        guard inR1(start) else { return }
        if prefix(start, is: "proc") || prefix(start, is: "exc") || prefix(start, is: "succ") { return }
        replace(from: start, with: "ee")
    }

    /// The -ing exceptions. Returns true when Step 1b is finished with the word.
    @inline(__always)
    mutating func ingException(start: Int) -> Bool {
        // A non-vowel followed by y: dying -> die, lying -> lie, tying -> tie.
        if start == 2 && b[1] == letterY && !isVowel(b[0]) {
            replace(from: 1, with: "ie")
            return true
        }
        // inning, outing, canning, herring, earring, evening are left alone.
        switch start {
        case 3: return prefix(3, is: "inn") || prefix(3, is: "out")
        case 4: return prefix(4, is: "cann") || prefix(4, is: "herr") || prefix(4, is: "earr") || prefix(4, is: "even")
        default: return false
        }
    }

    /// Step 1c: a final y or Y after a non-vowel that is not the first letter becomes i.
    mutating func step1c() {
        guard len >= 3 else { return }
        let last = b[len - 1]
        if (last == letterY || last == markedY) && !isVowel(b[len - 2]) {
            b[len - 1] = 0x69
            changed = true
        }
    }

    /// Step 2: the longest matching suffix is replaced when it lies in R1.
    mutating func step2() {
        guard len >= 3 else { return }
        switch b[len - 1] {
        case 0x6C: // l
            if ends("ational") { r1Replace(7, "ate") }
            else if ends("tional") { r1Replace(6, "tion") }
        case 0x69: // i
            switch b[len - 2] {
            case 0x63: // ci
                if ends("enci") { r1Replace(4, "ence") }
                else if ends("anci") { r1Replace(4, "ance") }
            case 0x6C: // li
                if ends("lessli") { r1Replace(6, "less") }
                else if ends("fulli") { r1Replace(5, "ful") }
                else if ends("ousli") { r1Replace(5, "ous") }
                else if ends("entli") { r1Replace(5, "ent") }
                else if ends("abli") { r1Replace(4, "able") }
                else if ends("alli") { r1Replace(4, "al") }
                else if ends("bli") { r1Replace(3, "ble") }
                else {
                    // li: delete if preceded by a valid li-ending (c d e g h k m n r t).
                    let start = len - 2
                    if inR1(start) && isValidLiEnding(b[start - 1]) { truncate(to: start) }
                }
            case 0x74: // ti
                if ends("biliti") { r1Replace(6, "ble") }
                else if ends("aliti") { r1Replace(5, "al") }
                else if ends("iviti") { r1Replace(5, "ive") }
            case 0x67: // gi
                if ends("ogi") {
                    let start = len - 3
                    if inR1(start) && start > 0 && b[start - 1] == 0x6C { replace(from: start, with: "og") }
                }
            default:
                break
            }
        case 0x72: // r
            if ends("izer") { r1Replace(4, "ize") }
            else if ends("ator") { r1Replace(4, "ate") }
        case 0x6E: // n
            if ends("ization") { r1Replace(7, "ize") }
            else if ends("ation") { r1Replace(5, "ate") }
        case 0x6D: // m
            if ends("alism") { r1Replace(5, "al") }
        case 0x73: // s
            if ends("fulness") { r1Replace(7, "ful") }
            else if ends("ousness") { r1Replace(7, "ous") }
            else if ends("iveness") { r1Replace(7, "ive") }
        case 0x74: // t
            if ends("ogist") { r1Replace(5, "og") }
        default:
            break
        }
    }

    @inline(__always)
    func isValidLiEnding(_ c: UInt8) -> Bool {
        switch c {
        case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true // c d e g h k m n r t
        default: return false
        }
    }

    /// Replaces the last `suffixLength` letters by `s` when they lie in R1.
    @inline(__always)
    mutating func r1Replace(_ suffixLength: Int, _ s: StaticString) {
        let start = len - suffixLength
        if inR1(start) { replace(from: start, with: s) }
    }

    /// Step 3: the longest matching suffix is replaced when it lies in R1 (ative: R2).
    mutating func step3() {
        guard len >= 3 else { return }
        switch b[len - 1] {
        case 0x6C: // l
            if ends("ational") { r1Replace(7, "ate") }
            else if ends("tional") { r1Replace(6, "tion") }
            else if ends("ical") { r1Replace(4, "ic") }
            else if ends("ful") { r1Delete(3) }
        case 0x65: // e
            if ends("icate") { r1Replace(5, "ic") }
            else if ends("ative") {
                let start = len - 5
                if inR1(start) && inR2(start) { truncate(to: start) }
            }
            else if ends("alize") { r1Replace(5, "al") }
        case 0x69: // i
            if ends("iciti") { r1Replace(5, "ic") }
        case 0x73: // s
            if ends("ness") { r1Delete(4) }
        default:
            break
        }
    }

    @inline(__always)
    mutating func r1Delete(_ suffixLength: Int) {
        let start = len - suffixLength
        if inR1(start) { truncate(to: start) }
    }

    /// Step 4: the longest matching suffix is deleted when it lies in R2.
    mutating func step4() {
        guard len >= 2 else { return }
        var suffixLength = 0
        switch b[len - 1] {
        case 0x63: // c
            if ends("ic") { suffixLength = 2 }
        case 0x65: // e
            if ends("ance") || ends("ence") || ends("able") || ends("ible") { suffixLength = 4 }
            else if ends("ate") || ends("ive") || ends("ize") { suffixLength = 3 }
        case 0x69: // i
            if ends("iti") { suffixLength = 3 }
        case 0x6C: // l
            if ends("al") { suffixLength = 2 }
        case 0x6D: // m
            if ends("ism") { suffixLength = 3 }
        case 0x6E: // n
            // ion: delete if preceded by s or t.
            if ends("ion") {
                let start = len - 3
                if inR2(start) && start > 0 && (b[start - 1] == 0x73 || b[start - 1] == 0x74) {
                    truncate(to: start)
                }
            }
            return
        case 0x72: // r
            if ends("er") { suffixLength = 2 }
        case 0x73: // s
            if ends("ous") { suffixLength = 3 }
        case 0x74: // t
            if ends("ement") { suffixLength = 5 }
            else if ends("ment") { suffixLength = 4 }
            else if ends("ent") || ends("ant") { suffixLength = 3 }
        default:
            break
        }
        if suffixLength > 0 && inR2(len - suffixLength) {
            truncate(to: len - suffixLength)
        }
    }

    /// Step 5: a final e in R2, or in R1 and not after a short syllable, is deleted;
    /// a final l in R2 after another l is deleted.
    mutating func step5() {
        guard len >= 1 else { return }
        let start = len - 1
        switch b[start] {
        case 0x65: // e
            if inR2(start) || (inR1(start) && !endsWithShortSyllable(start)) {
                truncate(to: start)
            }
        case 0x6C: // l
            if inR2(start) && start > 0 && b[start - 1] == 0x6C {
                truncate(to: start)
            }
        default:
            break
        }
    }
}
