/// A role that matches a text, with why.
public struct RoleMatch: Codable, Equatable, Sendable {
    public var id: String
    public var soc: String?
    public var title: String
    /// Cosine similarity of the text and the role's document, 0…1, plus for a short text the weighted
    /// cosine of its title grams and the role's (`TitleChannel`): 0…1.5 in all.
    public var score: Float
    /// The probability, 0…1, that this role is the right occupation for the text (`MatchConfidence`); a
    /// text's matches' confidences add up to at most 1.
    public var confidence: Float
    public var why: MatchExplanation

    public init(id: String, soc: String?, title: String, score: Float, confidence: Float, why: MatchExplanation) {
        self.id = id
        self.soc = soc
        self.title = title
        self.score = score
        self.confidence = confidence
        self.why = why
    }
}

/// The parts of a match score: the terms that contributed most, and the role's title and tasks
/// closest to the text.
public struct MatchExplanation: Codable, Equatable, Sendable {
    /// Largest contributions first; they sum to at most `score`.
    public var terms: [TermContribution]
    /// The role's title, alternate or reported title most similar to the text.
    public var title: String?
    /// The role's tasks most similar to the text.
    public var tasks: [TaskEvidence]

    public init(terms: [TermContribution], title: String? = nil, tasks: [TaskEvidence] = []) {
        self.terms = terms
        self.title = title
        self.tasks = tasks
    }
}

public struct TermContribution: Codable, Equatable, Sendable {
    /// A readable form of the term (`registered nurse`), not the stem.
    public var term: String
    /// Its share of the score: query weight × role weight.
    public var contribution: Float

    public init(term: String, contribution: Float) {
        self.term = term
        self.contribution = contribution
    }
}

public struct TaskEvidence: Codable, Equatable, Sendable {
    public var task: String
    /// Cosine similarity of the text and the task.
    public var similarity: Float

    public init(task: String, similarity: Float) {
        self.task = task
        self.similarity = similarity
    }
}
