import Foundation

/// Splits a resume or job text into the statements that may describe tasks: one per line, bullet
/// markers removed, long lines cut at sentence ends.
public enum TaskLines {
    /// Statements with fewer words (runs with a letter) are headings, names or dates rather than tasks.
    public static let minimumWords = 3

    public static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = Substring(rawLine).drop { $0.isWhitespace || "•·-*–—▪●◦>".contains($0) }
            while let last = line.last, last.isWhitespace { line = line.dropLast() }
            var start = line.startIndex
            var index = line.startIndex
            while index < line.endIndex {
                let next = line.index(after: index)
                if ".!?;".contains(line[index]), next == line.endIndex || line[next] == " " {
                    pieces.append(String(line[start...index]))
                    start = next
                }
                index = next
            }
            if start < line.endIndex { pieces.append(String(line[start...])) }
        }
        return pieces
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count >= minimumWords }
    }
}
