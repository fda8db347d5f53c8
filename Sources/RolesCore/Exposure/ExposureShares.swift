/// How a set of labelled tasks splits over the exposure rubric, and the summary β.
public struct ExposureShares: Equatable, Sendable, Codable {
    /// Number of labelled tasks counted.
    public var labelled: Int
    public var humanLed: Float
    public var automation: Float
    public var augmentation: Float
    /// β = E1 + 0.5 · E2: the share of work a model could speed up, counting tool-based exposure half.
    public var beta: Float

    public init(labelled: Int, humanLed: Float, automation: Float, augmentation: Float) {
        self.labelled = labelled
        self.humanLed = humanLed
        self.automation = automation
        self.augmentation = augmentation
        self.beta = automation + 0.5 * augmentation
    }

    /// Core tasks weigh twice Supplemental ones: they are what the role is mostly paid for.
    public static let coreWeight: Float = 2
    public static let supplementalWeight: Float = 1

    /// The shares of a role's labelled tasks, or nil when none is labelled.
    public init?(tasks: [RoleTask]) {
        var sums: [Float] = [0, 0, 0]
        var count = 0
        for task in tasks {
            guard let exposure = task.exposure else { continue }
            let weight = task.type == .core ? Self.coreWeight : Self.supplementalWeight
            sums[Exposure.allCases.firstIndex(of: exposure)!] += weight
            count += 1
        }
        let total = sums.reduce(0, +)
        guard total > 0 else { return nil }
        self.init(labelled: count, humanLed: sums[0] / total, automation: sums[1] / total, augmentation: sums[2] / total)
    }
}
