/// The exposure rubric shared by corpus judgments and imported labels.
public enum Exposure: String, Codable, Sendable, CaseIterable {
    /// Human-led: a language model saves no meaningful time.
    case e0 = "E0"
    /// Directly exposed: a language model alone halves the time at equal quality.
    case e1 = "E1"
    /// Exposed through tools built on a model.
    case e2 = "E2"

    /// What the code means to a person reading a report.
    public var meaning: String {
        switch self {
        case .e0: "human-led"
        case .e1: "automation candidate"
        case .e2: "augmentation candidate"
        }
    }
}
