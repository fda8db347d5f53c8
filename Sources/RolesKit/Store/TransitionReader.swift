import RolesCore

/// Reads what exposure and adjacency answers need from an index, remembering what it read, so a
/// worker that answers many texts reads each task, activity, skill item and profile once.
///
/// Not `Sendable`: one per thread, beside the matcher it serves. Everything it keeps is bounded by the
/// size of the index.
public final class TransitionReader {
    public let index: RolesIndex
    private var tasks: [Int: IndexedTask] = [:]
    private var activities: [Int: [WorkActivity]] = [:]
    private var activityLabels: [String: [Float]?] = [:]
    private var items: [Int32: SkillItem] = [:]
    private var itemIDs: [String: Int32?] = [:]
    private var profiles: [Int: StoredProfile] = [:]
    private var facts: [Int: RoleFacts] = [:]
    private var moves: [Int: [(other: Int, score: AdjacencyScore)]] = [:]
    /// The phrase table as a trie, read at the second text.
    private var finder: PhraseFinder?
    private var itemPostings: [Int32: SparseVector] = [:]
    private var textsSeen = 0

    /// Every task and its work activities, when read beforehand (a server); without, each is read when
    /// first asked for.
    private let table: TaskTable?

    public init(index: RolesIndex, tasks table: TaskTable? = nil) {
        self.index = index
        self.table = table
    }

    public func task(_ number: Int) throws -> IndexedTask? {
        if let table { return table.task(number) }
        if let task = tasks[number] { return task }
        let task = try index.tasks(numbered: [number])[number]
        tasks[number] = task
        return task
    }

    public func tasks(_ numbers: [Int]) throws -> [Int: IndexedTask] {
        if let table { return Dictionary(numbers.compactMap { n in table.task(n).map { (n, $0) } }, uniquingKeysWith: { first, _ in first }) }
        let missing = numbers.filter { tasks[$0] == nil }
        if !missing.isEmpty { tasks.merge(try index.tasks(numbered: missing)) { old, _ in old } }
        return Dictionary(numbers.compactMap { n in tasks[n].map { (n, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The work activities of the task with global number `number`.
    public func activities(ofTask number: Int) throws -> [WorkActivity] {
        if let table { return table.activities.indices.contains(number) ? table.activities[number] : [] }
        if let known = activities[number] { return known }
        let found = try index.activities(ofTask: number)
        activities[number] = found
        return found
    }

    public func activityLabels(_ ids: [String]) throws -> [String: [Float]] {
        let missing = ids.filter { activityLabels[$0] == nil }
        if !missing.isEmpty {
            let read = try index.activityLabels(missing)
            for id in missing { activityLabels[id] = .some(read[id]) }
        }
        var found: [String: [Float]] = [:]
        for id in ids { if let counts = activityLabels[id] ?? nil { found[id] = counts } }
        return found
    }

    public func skillItems(_ ids: some Collection<Int32>) throws -> [Int32: SkillItem] {
        let lookup = try skillItemLookup(ids)
        var found: [Int32: SkillItem] = [:]
        for id in ids { if let item = lookup(id) { found[id] = item } }
        return found
    }

    /// Reads the items of `ids` not read yet, then answers lookups from what has been read.
    public func skillItemLookup(_ ids: some Sequence<Int32>) throws -> (Int32) -> SkillItem? {
        let missing = ids.filter { self.items[$0] == nil }
        if !missing.isEmpty { self.items.merge(try index.skillItems(missing)) { old, _ in old } }
        let known = self.items
        return { known[$0] }
    }

    public func skillItemIDs(keys: some Collection<String>) throws -> [String: Int32] {
        let missing = keys.filter { itemIDs[$0] == nil }
        if !missing.isEmpty {
            let read = try index.skillItemIDs(keys: missing)
            for key in missing { itemIDs[key] = .some(read[key]) }
        }
        var found: [String: Int32] = [:]
        for key in keys { if let id = itemIDs[key] ?? nil { found[key] = id } }
        return found
    }

    /// Each skill item's postings over roles.
    public func skillPostings(_ ids: [Int32]) throws -> [Int32: SparseVector] {
        let missing = ids.filter { itemPostings[$0] == nil }
        if !missing.isEmpty {
            let read = try index.skillPostings(missing)
            for id in missing { itemPostings[id] = read[id] ?? SparseVector() }
        }
        var found: [Int32: SparseVector] = [:]
        for id in ids { found[id] = itemPostings[id] }
        return found
    }

    public func profile(ofRole idx: Int) throws -> StoredProfile {
        if let profile = profiles[idx] { return profile }
        let profile = try index.profile(ofRole: idx)
        profiles[idx] = profile
        return profile
    }

    /// A role's stored moves, best first (all `Adjacency.storedPerRole` of them).
    public func storedMoves(ofRole idx: Int) throws -> [(other: Int, score: AdjacencyScore)] {
        if let known = moves[idx] { return known }
        let read = try index.adjacent(toRole: idx, limit: Adjacency.storedPerRole)
        moves[idx] = read
        return read
    }

    public func facts(ofRole idx: Int) throws -> RoleFacts {
        if let known = facts[idx] { return known }
        let known = try RoleFacts(index: index, role: idx)
        facts[idx] = known
        return known
    }

    /// The skill items whose phrase is a run of at most `longest` consecutive words of `text`: of its
    /// unigram stems, or of its words as written for phrases marked with `SkillPhrase.surfaceMark`
    /// (`SkillPhrase`). The first text asks the index for the runs it has, from `analyzer`'s words and
    /// stems; from the second on, the whole phrase table is read once into a `PhraseFinder`.
    public func skillItems(inText text: String, analyzer: Analyzer, longest: Int) throws -> [Int32] {
        textsSeen += 1
        if finder == nil && textsSeen > 1 {
            finder = PhraseFinder(phrases: try index.skillPhrases())
        }
        if let finder { return finder.items(in: text, longest: longest) }
        let (words, stems) = analyzer.wordsAndStems(text)
        var candidates = Set<String>()
        Self.walk([(stems, ""), (words, SkillPhrase.surfaceMark)], longest: longest) { candidates.insert($0); return true }
        return try index.skillItems(withPhrases: candidates)
    }

    /// Calls `body` with every run of at most `longest` consecutive words of each of `runs`, marked,
    /// shortest first from each start; `body` says whether longer runs from that start are wanted.
    private static func walk(_ runs: [(words: [String], mark: String)], longest: Int, _ body: (String) -> Bool) {
        for (words, mark) in runs {
            for start in words.indices {
                var phrase = mark
                for length in 1...min(longest, words.count - start) {
                    phrase += (length == 1 ? "" : " ") + words[start + length - 1]
                    guard body(phrase) else { break }
                }
            }
        }
    }
}
