import Foundation
import RolesCore

/// The exposure of one statement of a text.
public struct LineExposure: Codable, Sendable {
    public struct Neighbour: Codable, Sendable {
        public var task: String
        public var role: String
        public var label: Exposure
        public var similarity: Float
    }

    public var text: String
    public var label: Exposure
    public var meaning: String
    /// Probability of the label.
    public var confidence: Float
    /// P(E1) + 0.5 · P(E2).
    public var beta: Float
    public var probabilities: [String: Float]
    /// Why, in a sentence.
    public var reason: String
    /// The labelled tasks that voted most.
    public var neighbours: [Neighbour]
    /// Work activities of the nearest task statement, whose labels also voted.
    public var activities: [String]
}

/// The exposure of a whole text: its statements and their summary.
public struct TextExposure: Codable, Sendable {
    public var label: Exposure
    public var meaning: String
    public var confidence: Float
    /// Mean probability of each label over the recognised statements.
    public var probabilities: [String: Float]
    /// Mean β of the recognised statements.
    public var beta: Float
    /// Shares of the statements by label.
    public var humanLed: Float
    public var automation: Float
    public var augmentation: Float
    /// Statements found in the text, and how many had words the index knows.
    public var statements: Int
    public var recognised: Int
    public var lines: [LineExposure]
}

/// Labels the statements of a text E0/E1/E2 by their nearest labelled tasks and the labels of the work
/// activities they involve (`ExposureVote`).
public final class ExposureClassifier {
    /// Neighbours shown per statement.
    public static let shownNeighbours = 3
    /// A statement whose nearest task statement is less similar than this is not taken for a task (a
    /// list of certificates, a fragment): it is left out rather than labelled from unrelated tasks.
    public static let minimumTaskSimilarity: Float = 0.1

    let neighbours: TaskNeighbours
    let k: Int
    let activityWeight: Float

    public init(
        index: RolesIndex, k: Int = ExposureVote.neighbours, activityWeight: Float = ExposureVote.activityWeight,
        neighbours: TaskNeighbours? = nil
    ) throws {
        self.neighbours = try neighbours ?? TaskNeighbours(index: index)
        self.k = k
        self.activityWeight = activityWeight
        guard self.neighbours.labels.contains(where: { $0 != nil }) else { throw MatchError.noLabels(path: index.path) }
    }

    public var index: RolesIndex { neighbours.index }

    /// The exposure of a text, statement by statement, or an error naming `source` when no statement
    /// has words the index knows.
    /// - Parameter textScores: the text's cosine with every role, when a match has computed it.
    public func classify(_ text: String, source: String, explain: Bool = true, textScores: [Float]? = nil) throws -> TextExposure {
        var statements = neighbours.statements(of: text, textScores: textScores)
        if statements.isEmpty {
            // A short text (a bare task or title) is one statement.
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw MatchError.noWords(source: source) }
            statements = [trimmed]
        }
        var lines: [LineExposure] = []
        for statement in statements {
            if let line = try classifyLine(statement, explain: explain) { lines.append(line) }
        }
        guard !lines.isEmpty else { throw MatchError.noTasks(source: source) }
        var mean: [Float] = [0, 0, 0]
        var shares: [Float] = [0, 0, 0]
        for line in lines {
            for (i, label) in Exposure.allCases.enumerated() { mean[i] += (line.probabilities[label.rawValue] ?? 0) / Float(lines.count) }
            shares[ExposureVote.index(line.label)] += 1 / Float(lines.count)
        }
        let label = ExposureVote.label(mean)
        return TextExposure(
            label: label, meaning: label.meaning, confidence: mean[ExposureVote.index(label)],
            probabilities: Dictionary(uniqueKeysWithValues: Exposure.allCases.map { ($0.rawValue, mean[ExposureVote.index($0)]) }),
            beta: lines.map(\.beta).reduce(0, +) / Float(lines.count),
            humanLed: shares[0], automation: shares[1], augmentation: shares[2],
            statements: statements.count, recognised: lines.count, lines: lines)
    }

    func classifyLine(_ text: String, explain: Bool) throws -> LineExposure? {
        guard let found = try neighbours.search(text, labelled: k), found.best >= Self.minimumTaskSimilarity else { return nil }
        let voters = found.labelled.prefix(k)
        let nearest = found.nearest
        var activities: [WorkActivity] = []
        var activityLabels: [Float]? = nil
        let reader = neighbours.reader
        if let nearest {
            activities = try reader.activities(ofTask: nearest.task)
            let counts = try reader.activityLabels(activities.map(\.id))
            if !counts.isEmpty {
                activityLabels = counts.values.reduce([0, 0, 0]) { sum, c in zip(sum, c).map { $0 + $1 } }
            }
        }
        guard let probabilities = ExposureVote.probabilities(
            neighbours: voters.compactMap { voter in neighbours.labels[voter.task].map { ($0, voter.similarity) } },
            activityLabels: activityLabels, activityWeight: activityWeight) else { return nil }
        let label = ExposureVote.label(probabilities)
        var shown: [LineExposure.Neighbour] = []
        if explain {
            let tasks = try reader.tasks(voters.prefix(Self.shownNeighbours).map(\.task))
            for voter in voters.prefix(Self.shownNeighbours) {
                guard let task = tasks[voter.task], let taskLabel = task.label else { continue }
                shown.append(.init(task: task.text, role: index.roles[task.role].title, label: taskLabel, similarity: voter.similarity))
            }
        }
        return LineExposure(
            text: text, label: label, meaning: label.meaning, confidence: probabilities[ExposureVote.index(label)],
            beta: ExposureVote.beta(probabilities),
            probabilities: Dictionary(uniqueKeysWithValues: Exposure.allCases.map { ($0.rawValue, probabilities[ExposureVote.index($0)]) }),
            reason: Self.reason(label: label, shown: shown, activities: activities, activityLabels: activityLabels),
            neighbours: shown, activities: activities.map(\.title))
    }

    static func reason(label: Exposure, shown: [LineExposure.Neighbour], activities: [WorkActivity], activityLabels: [Float]?) -> String {
        var parts: [String] = []
        let agreeing = shown.filter { $0.label == label }
        if let first = agreeing.first {
            parts.append("like \"\(first.task)\" (\(first.role)), labelled \(label.rawValue)")
        }
        if let counts = activityLabels, let activity = activities.first {
            let total = counts.reduce(0, +)
            let share = total > 0 ? Int((counts[ExposureVote.index(label)] / total * 100).rounded()) : 0
            parts.append("\(share)% of labelled tasks involving \"\(activity.title)\" are \(label.rawValue)")
        }
        let why = parts.isEmpty ? "its nearest labelled tasks" : parts.joined(separator: "; ")
        return "\(label.meaning.prefix(1).uppercased() + label.meaning.dropFirst()): \(why)."
    }
}
