/// Why a text could not be matched.
public enum MatchError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The text has no words at all (empty, whitespace, only numbers or punctuation).
    case noWords(source: String)
    /// The text has words, but none that the index has ever seen.
    case noKnownWords(source: String)
    /// No statement of the text resembles a task of the index.
    case noTasks(source: String)
    /// The index has no exposure labels to vote with.
    case noLabels(path: String)
    /// A role name that no id, code or title of the index matches.
    case unknownRole(name: String, suggestions: [String])

    public var description: String {
        switch self {
        case .noWords(let source):
            "no words to match in \(source); give it a resume, job ad or list of tasks in English."
        case .noKnownWords(let source):
            "none of the words in \(source) appear in the index; check that the text is English prose about work."
        case .noTasks(let source):
            "no statement in \(source) resembles a task the index knows; list what the work involves, one task per line."
        case .noLabels(let path):
            "\(path) has no exposure labels; build it from the built-in corpus, or with --onet DIR --exposure FILE."
        case .unknownRole(let name, let suggestions):
            suggestions.isEmpty
                ? "no role \"\(name)\" in the index; give a role id, an O*NET-SOC or SOC code, or an exact title (`roles search` finds them)."
                : "no role \"\(name)\" in the index; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))? Give an id, code or exact title."
        }
    }
}
