/// Why a text could not be matched.
public enum MatchError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The text has no words at all (empty, whitespace, only numbers or punctuation).
    case noWords(source: String)
    /// The text has words, but none that the index has ever seen.
    case noKnownWords(source: String)

    public var description: String {
        switch self {
        case .noWords(let source):
            "no words to match in \(source); give it a resume, job ad or list of tasks in English."
        case .noKnownWords(let source):
            "none of the words in \(source) appear in the index; check that the text is English prose about work."
        }
    }
}
