import Foundation

/// Titles a role is known by, looked up whole. A text that is exactly one of a role's titles (word stems
/// compared, so `Nurses` is `Nurse`) adds up to `weight` to that role. Words, grams and heads spread a
/// title's evidence over every role with similar titles; a user who types `Nurse` or `Cashier` expects the
/// occupation that is called that, not the one whose document happens to repeat the word most
/// (`Clinical Nurse Specialists`, `Gambling Change Persons and Booth Cashiers`).
///
/// A title several roles share goes to each in proportion to how established it is for that role: its
/// official title counts `officialStrength`; an O*NET alternate title counts the sources O*NET lists for it
/// (`Nurse` has five for Registered Nurses, one for Acute Care Nurses); any other title counts 1. When the
/// roles have employment figures (`Role.employment`, from a wage file with employment), a role's strength is
/// multiplied by its figure: how often the title names the role times how many people hold the role, so
/// `Developer` goes to software developers (two sources, some 1.7 million workers) before photographic
/// process workers (four sources, some 5,000). A role the wage file has no figure for counts the smallest
/// figure any role has: such occupations are small or mostly self-employed (Fishing and Hunting Workers), and
/// when one of them shared a title, the title's roles used to be weighed by sources alone. The strongest role
/// gets `weight`, the others `weight` times their share of the strongest.
public enum ExactTitles {
    /// Added to the role whose title a text is. Rescoring in a prototype, 0.1, 0.2 and 0.4 gave top-1 0.5248,
    /// 0.5240 and 0.5230 on reported titles (whose queries were removed from the alternate titles, so only
    /// near-copies match) against 0.5228 without; on 4,000 O*NET alternate titles typed as they are, an
    /// occupation that carries the title came first for 0.677 without, 0.838, 0.894 and 0.977 with. As built
    /// at 0.2: reported titles 0.523 → 0.524, alternate titles 0.646 → 0.855 (`Docs/WEIGHTING.md`).
    public static let weight: Float = 0.2

    /// Scale of a key that is only a title's name before its parenthesis (`General Manager` of `General
    /// Manager (GM)`), which no role has written out. O*NET writes 3,685 of its alternate titles so, and a
    /// user types the name alone: `General Manager` went to Food Service Managers (confidence 0.18) rather than
    /// General and Operations Managers, whose title it is; with such keys at this scale, there at 0.78. At
    /// full strength, reported titles (whose index has no title equal to one, so that such keys find their
    /// near-copies, under other occupations a third of the time) went from top-1 0.527 to 0.525 and one
    /// held-out title to another occupation that O*NET lists it under; at 0.5, 0.526 and none.
    public static let shortenedScale: Float = 0.5
    /// Scale of a key that is a title of three or four words with one of its words but the last left out
    /// (`Mobile Developer` of `Mobile Application Developer`), which no role has written out or before a
    /// parenthesis (a title's name before its parenthesis gives such keys too). Reported titles (whose index has
    /// no title equal to one): top-1 0.526 → 0.529, MRR 0.631 → 0.633. Such a match is not counted as an exact
    /// title by the confidence (`isDropped`): counted so, the reported titles' calibration error went from 0.041
    /// to 0.071. At 0.3 top-1 and MRR were the same and the calibration error 0.039 (0.036 at 0.5); at 1, 0.525,
    /// 0.631 and 0.062.
    public static let droppedScale: Float = 0.5
    /// The longest title, in words, whose keys with a word left out are kept: up to six gave the same top-1 and
    /// MRR with half as many keys again; three alone, 0.528 and 0.633.
    static let droppedLongest = 4
    /// What a key with a word left out starts with, so that it is looked up after every key as written.
    static let droppedMark = "~ "

    /// Whether a key found is a title with a word left out.
    public static func isDropped(_ key: String) -> Bool { key.hasPrefix(droppedMark) }

    /// The strength of a role's official title, above the most sources any alternate title has (six).
    public static let officialStrength = 7

    /// The lookup key of a title: its words' stems, in order, stop words included (`Director of Nursing`
    /// is not `Nursing Director`); nil when it has no word.
    public static func key(_ title: String, analyzer: Analyzer) -> String? {
        let words = analyzer.words(title)
        guard !words.isEmpty else { return nil }
        return words.map { analyzer.stem($0) }.joined(separator: " ")
    }

    /// The keys to look a title text up by, in order: the text as written, then each of `spelled` (its head
    /// before a qualifier with abbreviations spelled out, as `TitleChannel.read` gives it), each key once; then
    /// the same as a title with a word left out (`isDropped`).
    public static func keys(of title: String, spelled: [String], analyzer: Analyzer) -> [String] {
        var keys = key(title, analyzer: analyzer).map { [$0] } ?? []
        // A spelling that is the title as written has its key already, without stemming it again.
        for text in spelled where text != title {
            if let key = key(text, analyzer: analyzer), !keys.contains(key) { keys.append(key) }
        }
        return keys + keys.map { droppedMark + $0 }
    }

    /// The keys of a role's titles with their strength: the official title (and the title as it is matched,
    /// `Role.matchedTitle`, so `Kindergarten Teacher` is one of `Kindergarten Teachers, Except Special
    /// Education`), then each alternate title with its number of sources (`Role.titleSources`, 1 when
    /// unknown), then reported titles at 1. A key seen twice keeps its strongest. With `shortened`, the keys
    /// of the titles' names before a closing parenthesis instead (`General Manager (GM)` → `General Manager`).
    public static func strengths(of role: Role, analyzer: Analyzer, shortened: Bool = false) -> [String: Int] {
        var strengths: [String: Int] = [:]
        func add(_ title: String, _ strength: Int) {
            guard let title = shortened ? beforeParenthesis(title) : title, let key = key(title, analyzer: analyzer) else { return }
            strengths[key] = max(strengths[key] ?? 0, strength)
        }
        add(role.title, officialStrength)
        add(role.matchedTitle, officialStrength)
        for title in role.alternateTitles { add(title, max(1, role.titleSources[title] ?? 1)) }
        for title in role.reportedTitles { add(title, 1) }
        return strengths
    }

    /// A title's name before the other name it ends with in parentheses (`General Manager (GM)` → `General
    /// Manager`); nil when it ends with none.
    static func beforeParenthesis(_ title: String) -> String? {
        guard title.utf8.last == UInt8(ascii: ")"), let open = title.lastIndex(of: "("), !title[open...].dropFirst().contains("(") else { return nil }
        let before = title[..<open].trimmingCharacters(in: .whitespaces)
        return before.isEmpty || before.contains("(") || before.contains(")") ? nil : before
    }

    /// Each role's title keys as a vector over all keys (sorted, so ids are stable across builds): a key's
    /// value is the role's strength (times its employment, when the roles have figures) over the strongest
    /// role's, so the postings of a key are its roles with their share of `weight`.
    /// - Complexity: O(total title length), spread over `workers` cores.
    public static func vectorize(_ roles: [Role], workers: Int = Parallel.defaultWorkers) -> RoleTermVectors {
        let workers = max(1, min(workers, roles.count))
        let analyzers = (0..<workers).map { _ in Analyzer() }
        let strengths: [[String: Int]] = Parallel.map(roles.count, workers: workers) { worker, i in
            Self.strengths(of: roles[i], analyzer: analyzers[worker])
        }
        let shortened: [[String: Int]] = Parallel.map(roles.count, workers: workers) { worker, i in
            Self.strengths(of: roles[i], analyzer: analyzers[worker], shortened: true)
        }
        // Each role's weight: its employment, the smallest figure for a role without one, or 1 when no role has
        // a figure (an index built without employment).
        let smallest = roles.compactMap { $0.employment.flatMap { $0 > 0 ? $0 : nil } }.min()
        let weights = roles.map { role in role.employment.flatMap { $0 > 0 ? $0 : nil } ?? smallest ?? 1 }
        // Per key: the strongest strength times weight. A title's name before its parenthesis (`General Manager
        // (GM)`) is a key of its own where no role has a title of that name (a gap), at `shortenedScale`: it
        // does not compete with a title written out.
        var strongest: [String: Double] = [:]
        for (weight, keys) in zip(weights, strengths) {
            for (key, strength) in keys { strongest[key] = max(strongest[key] ?? 0, Double(strength) * weight) }
        }
        var strongestGap: [String: Double] = [:]
        for (weight, keys) in zip(weights, shortened) {
            for (key, strength) in keys where strongest[key] == nil {
                strongestGap[key] = max(strongestGap[key] ?? 0, Double(strength) * weight)
            }
        }
        // A title with one of its words (but the last) left out (`Mobile Developer` of `Mobile Application
        // Developer`) is a key of its own, marked, where no role has a title or a name before a parenthesis so.
        var dropped: [[(key: String, strength: Int)]] = Parallel.map(roles.count, workers: workers) { _, i in
            var variants: [(key: String, strength: Int)] = []
            // Titles as written and their names before a parenthesis (`Medical-Surgical Registered Nurse` of
            // `Medical-Surgical Registered Nurse (Med-Surg RN)`).
            for (key, strength) in strengths[i].lazy.map({ ($0.key, $0.value) }) + shortened[i].lazy.map({ ($0.key, $0.value) }) {
                let words = key.split(separator: " ")
                guard words.count >= 3, words.count <= droppedLongest else { continue }
                for skip in 0..<(words.count - 1) {
                    var kept = words
                    kept.remove(at: skip)
                    variants.append((kept.joined(separator: " "), strength))
                }
            }
            return variants
        }
        var strongestDropped: [String: Double] = [:]
        for i in roles.indices {
            var kept: [String: Int] = [:]
            for (variant, strength) in dropped[i] where strongest[variant] == nil && strongestGap[variant] == nil {
                kept[droppedMark + variant] = max(kept[droppedMark + variant] ?? 0, strength)
            }
            for (key, strength) in kept { strongestDropped[key] = max(strongestDropped[key] ?? 0, Double(strength) * weights[i]) }
            dropped[i] = kept.map { ($0.key, $0.value) }
        }
        return RoleTermVectors(values: roles.indices.map { i in
            var values = Dictionary(uniqueKeysWithValues: strengths[i].map { key, strength in
                (key, Float(Double(strength) * weights[i] / strongest[key]!))
            })
            for (key, strength) in shortened[i] {
                if let best = strongestGap[key] { values[key] = shortenedScale * Float(Double(strength) * weights[i] / best) }
            }
            for (key, strength) in dropped[i] {
                values[key] = droppedScale * Float(Double(strength) * weights[i] / strongestDropped[key]!)
            }
            return values
        })
    }
}
