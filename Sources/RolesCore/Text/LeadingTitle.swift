/// The job title a resume or a job ad leads with, scored as a title beside the whole text
/// (`LeadingTitle.weight`).
///
/// A resume's most recent job and an ad's own title say more about the occupation than any other line,
/// but in the whole text their few words weigh as little as a line of duties. Scored as a title (words,
/// grams, head and exact title), `Industrial Engineer` or `Systems Administrator` also reaches the role of
/// that name rather than one whose duties the text happens to share more words with.
public enum LeadingTitle {
    /// Weight of the title's score added to the whole text's. On the development set 0.1 gave job ads
    /// top-3 0.950 → 0.975 and MRR 0.887 → 0.890 over all 160 texts (top-1 0.825 either way); 0.2 gave the
    /// same but for MRR 0.889. See `Docs/WEIGHTING.md`.
    public static let weight: Float = 0.1

    /// The titles a text may lead with, in the order to try them; a caller takes the first whose head the
    /// index knows:
    /// - for a resume, its first job held: the line with the first span of dates, before its first
    ///   qualifier separator (`Staff Nurse — Riverside General | 2019–Present` → `Staff Nurse`), then the
    ///   line above it (a title on a line of its own, over `Riverside General — 2019–Present`);
    /// - else the first line before its qualifier (a job ad's title: `Industrial Engineer – Distribution
    ///   Center`), unless the second line gives contact details (the first is then a name).
    /// Each must read as a title (`TaskLines.isTitleLike`: at most eight words, capitalized, no sentence
    /// end) and not be a section heading (`EXPERIENCE`), so a list of tasks or a summary has none.
    /// - Complexity: O(n) in the length of the text.
    public static func candidates(in text: String) -> [String] {
        let lines = Self.lines(text)
        guard let first = lines.first else { return [] }
        if let job = lines.firstIndex(where: { TaskLines.hasDateSpan($0) }) {
            let header = TaskLines.string(lines[job])
            let before = TitleChannel.head(of: header)
            var found: [String] = []
            if before != header, !TaskLines.hasDateSpan(Array(before.unicodeScalars)[...]), let title = title(before) {
                found.append(title)
            }
            if job > 0, let title = title(TaskLines.string(lines[job - 1])) { found.append(title) }
            return found
        }
        if lines.count > 1, TaskLines.isContactLine(lines[1]) { return [] }
        return title(TitleChannel.head(of: TaskLines.string(first))).map { [$0] } ?? []
    }

    /// A candidate trimmed, when it reads as a title and is not a section heading.
    private static func title(_ candidate: String) -> String? {
        let scalars = Array(candidate.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, ScalarClass.isWhitespace(scalars[start]) || TaskLines.bullets.contains(scalars[start]) { start += 1 }
        while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
        let line = scalars[start..<end]
        guard TaskLines.words(in: line, atMost: 1) > 0, TaskLines.isTitleLike(line), TaskLines.heading(line) == nil else { return nil }
        return TaskLines.string(line)
    }

    /// The text's non-blank lines, trimmed of spaces and bullet markers.
    private static func lines(_ text: String) -> [ArraySlice<Unicode.Scalar>] {
        let scalars = Array(text.unicodeScalars)
        var lines: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
            var from = start, to = end
            while from < to, ScalarClass.isWhitespace(scalars[from]) || TaskLines.bullets.contains(scalars[from]) { from += 1 }
            while to > from, ScalarClass.isWhitespace(scalars[to - 1]) { to -= 1 }
            if from < to { lines.append(scalars[from..<to]) }
            start = end + 1
        }
        return lines
    }
}
