import Foundation

/// Splits a resume or job text into the statements that may describe tasks: one per line, bullet
/// markers removed, long lines cut at sentence ends.
public enum TaskLines {
    /// Statements with fewer words (runs with a letter) are headings, names or dates rather than tasks.
    public static let minimumWords = 3

    /// Resume section labels that start a line of a list rather than a task (`Skills: SAP, Excel`).
    static let listLabels: Set<String> = [
        "skills", "technical skills", "tools", "technologies", "software", "languages", "certifications",
        "certificates", "licenses", "education", "interests", "hobbies", "references", "contact", "email",
        "phone", "address", "core competencies", "competencies", "key skills",
    ]

    /// Characters that mark a bullet at the start of a line.
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "-", "*", "–", "—", "▪", "●", "◦", ">"]

    /// - Complexity: O(n) in the length of the text, over Unicode scalars.
    public static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        let scalars = joiningWrappedLines(Array(text.unicodeScalars))
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
            var start = lineStart
            while start < lineEnd, ScalarClass.isWhitespace(scalars[start]) || bullets.contains(scalars[start]) { start += 1 }
            if isListLine(scalars[start..<lineEnd]) {
                lineStart = lineEnd + 1
                continue
            }
            var index = start
            while index < lineEnd {
                let scalar = scalars[index]
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == ";",
                   index + 1 == lineEnd || scalars[index + 1] == " " {
                    append(scalars[start...index], to: &pieces)
                    start = index + 1
                }
                index += 1
            }
            if start < lineEnd { append(scalars[start..<lineEnd], to: &pieces) }
            lineStart = lineEnd + 1
        }
        return pieces
    }

    /// A line break followed by a lowercase letter continues a sentence wrapped by hand; it becomes a space.
    static func joiningWrappedLines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var joined = scalars
        for i in joined.indices where joined[i] == "\n" {
            var next = i + 1
            while next < joined.count, joined[next] == " " || joined[next] == "\t" || joined[next] == "\r" { next += 1 }
            if next < joined.count, ScalarClass.isLowercase(joined[next]) {
                joined[i] = " "
                if i > 0, joined[i - 1] == "\r" { joined[i - 1] = " " }
            }
        }
        return joined
    }

    /// Whether a line is `Label: …` with a resume section label.
    static func isListLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon - line.startIndex <= 24 else { return false }
        return listLabels.contains(string(line[line.startIndex..<colon]).lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// Adds a statement, trimmed, when it has enough words (runs of characters with a letter).
    private static func append(_ slice: ArraySlice<Unicode.Scalar>, to pieces: inout [String]) {
        var lower = slice.startIndex, upper = slice.endIndex
        while lower < upper, ScalarClass.isWhitespace(slice[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(slice[upper - 1]) { upper -= 1 }
        var words = 0
        var inWord = false, wordHasLetter = false
        for scalar in slice[lower..<upper] {
            if scalar == " " || scalar == "\t" {
                if inWord && wordHasLetter { words += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if ScalarClass.isAlphabetic(scalar) { wordHasLetter = true }
            }
        }
        if inWord && wordHasLetter { words += 1 }
        guard words >= minimumWords else { return }
        pieces.append(string(slice[lower..<upper]))
    }

    /// A run of scalars as a string, encoded byte by byte (appending the scalars to a string view goes
    /// through unspecialized generic code, scalar by scalar).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
