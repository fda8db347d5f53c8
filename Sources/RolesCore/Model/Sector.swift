/// The fixed list of sectors a corpus role may name.
public enum Sector {
    public static let all: [String] = [
        "administrative", "agriculture", "construction", "creative", "customer support", "education", "energy",
        "engineering", "finance", "healthcare", "hospitality", "legal", "logistics", "manufacturing", "media",
        "personal care", "public sector", "real estate", "retail", "sales", "science", "security",
        "social services", "technology", "trades", "transportation",
    ]
}

/// SOC 2018 codes.
public enum SOCCode {
    /// The 22 civilian major groups (11 … 53); 55 is military.
    public static let civilianMajorGroups = ["11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31",
                                            "33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53"]

    /// Whether a code is a detailed civilian occupation code: `NN-NNNN`, a known major group, and not a
    /// group total (a detailed code never ends in 0).
    public static func isDetailed(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard bytes.count == 7, bytes[2] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 2 || ($0.element >= 48 && $0.element <= 57) }),
              civilianMajorGroups.contains(String(code.prefix(2))) else { return false }
        return bytes[6] != UInt8(ascii: "0")
    }

    /// Whether a code has the SOC shape `NN-NNNN` (detailed codes and group codes alike).
    public static func isValid(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 7 && bytes[2] == UInt8(ascii: "-")
            && bytes.enumerated().allSatisfy { $0.offset == 2 || ($0.element >= 48 && $0.element <= 57) }
    }
}
