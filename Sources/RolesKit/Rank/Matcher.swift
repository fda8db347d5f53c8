import RolesCore

/// How much of a match's explanation to compute.
public enum ExplanationDetail: Sendable {
    /// The terms that contributed most.
    case terms
    /// Terms, plus the closest title and tasks of each matched role (reads them from the index).
    case full
}

/// The ranked roles for one text.
public struct MatchResult: Sendable {
    public var matches: [RoleMatch]
    public var distinctTerms: Int
    public var knownTerms: Int
    /// The text as a query, for whatever else is asked of the same text (the moves of a match report).
    public var query: Query
    /// The query's cosine with every role, before a title's grams or a long text's BM25 scores are
    /// added: what the moves from the text start from.
    public var textScores: [Float]
}

/// Ranks the roles of an index for texts.
///
/// Not `Sendable`: it owns an analyzer with a stem cache. Use one per thread.
public final class Matcher {
    /// How many terms explain a match.
    public static let explainedTerms = 5
    /// How many of a role's tasks are shown as evidence.
    public static let explainedTasks = 2

    public let index: RolesIndex
    let analyzer: Analyzer
    /// The index vocabulary in memory, when given: texts are then analyzed straight to its term ids.
    let vocabulary: IndexVocabulary?
    private let vocabularyAnalyzer: VocabularyAnalyzer?
    /// Every word's BM25 postings in memory, when given; otherwise a long text's are read from the index.
    let bm25: PostingsInMemory?
    let workspace: GatherWorkspace
    let grams = TitleGrams()
    /// The query being explained, for its dot products with titles and tasks.
    var scattered = ScatteredVector()
    /// Working space for query weights.
    private var scratch: [Double] = []

    /// - Parameters:
    ///   - vocabulary: the index vocabulary (`RolesIndex.vocabulary()`), for a matcher that serves many
    ///     texts: reading it costs more than one text's lookups, and then saves them on every text.
    ///   - bm25: the BM25 postings of every word (`RolesIndex.postingsInMemory(.bm25)`), likewise.
    public init(index: RolesIndex, vocabulary: IndexVocabulary? = nil, bm25: PostingsInMemory? = nil) {
        self.index = index
        self.bm25 = bm25
        self.analyzer = Analyzer(settings: index.metadata.analyzer)
        self.vocabulary = vocabulary
        self.vocabularyAnalyzer = vocabulary.map { VocabularyAnalyzer(settings: index.metadata.analyzer, vocabulary: $0.terms) }
        self.workspace = GatherWorkspace(roleCount: index.roles.count)
        BLASRanker.configure()
    }

    /// A text as a query over the index vocabulary, or an error naming `source` when none of its words
    /// are known.
    public func query(_ text: String, source: String) throws -> Query {
        if let vocabulary, let vocabularyAnalyzer {
            let counted = vocabularyAnalyzer.counts(text, distinct: true)
            guard counted.hasTerms else { throw MatchError.noWords(source: source) }
            guard !counted.ids.isEmpty else { throw MatchError.noKnownWords(source: source) }
            var query = Query(counted: counted, vocabulary: vocabulary)
            query.surfaceText = vocabularyAnalyzer.textNumber
            return query
        }
        let (counts, surfaces) = analyzer.termCountsAndSurfaces(text)
        if counts.isEmpty { throw MatchError.noWords(source: source) }
        let query = Query(counts: counts, entries: try index.lookup(counts.keys), surfaces: surfaces)
        guard !query.isEmpty else { throw MatchError.noKnownWords(source: source) }
        return query
    }

    /// A text's known terms (index term ids, increasing) with their unit query weights: what `query`
    /// gives as `entries.map(\.id)` and `weights`, without reading each term's postings over roles when the
    /// vocabulary is in memory. For comparing a line with task statements, many times per text.
    public func weightedTerms(_ text: String, source: String) throws -> (ids: [Int32], weights: [Float]) {
        guard let vocabulary, let vocabularyAnalyzer else {
            let query = try query(text, source: source)
            return (query.entries.map(\.id), query.weights)
        }
        let counted = vocabularyAnalyzer.counts(text)
        guard counted.hasTerms else { throw MatchError.noWords(source: source) }
        guard !counted.ids.isEmpty else { throw MatchError.noKnownWords(source: source) }
        let weights = Query.unitWeights(ids: counted.ids, counts: counted.counts, idf: vocabulary.idf, scratch: &scratch)
        return (counted.ids.map { vocabulary.storedIDs[Int($0)] }, weights)
    }

    /// A title as `TitleChannel.read` gives it, as a query over title grams; nil when the index knows
    /// none of its grams.
    public func titleQuery(_ title: String) throws -> Query? {
        let counts = grams.counts(title)
        let query = Query(counts: counts, entries: try index.lookup(counts.keys, in: .titleGrams))
        return query.isEmpty ? nil : query
    }

    /// Each role's title nearest a title query by grams (`titleQuery`), with its cosine: what explains a
    /// match of a title that shares no word with the role's titles (a misspelled one, `Phlebotomst`). Each
    /// title is weighted as the query is (sublinear tf of its gram counts times their idf, unit length); the
    /// first of highest cosine above zero, nil when no title shares a gram. The grams of all the roles'
    /// titles are read from the index in one pass.
    /// - Complexity: O(total length of the roles' titles).
    func closestTitles(byGrams titleQuery: Query, roles: [Int]) throws -> [(text: String, similarity: Float)?] {
        let vector = titleQuery.vector
        let titles = try roles.map { role in try index.titles(ofRole: role).map { (text: $0.text, counts: grams.counts($0.text)) } }
        let entries = try index.lookup(Set(titles.joined().flatMap(\.counts.keys)), in: .titleGrams)
        return titles.map { rows in
            var closest: (text: String, similarity: Float)? = nil
            for row in rows {
                let similarity = Query(counts: row.counts, entries: entries).vector.dot(vector)
                if similarity > (closest?.similarity ?? 0) { closest = (row.text, similarity) }
            }
            return closest
        }
    }

    /// Ranks roles for one text.
    /// - Complexity: O(R · k) for R roles and k known terms, plus the explanation of the top matches.
    public func match(_ text: String, source: String, top: Int, detail: ExplanationDetail = .full) throws -> MatchResult {
        let reading = TitleChannel.read(text)
        // The title a resume or an ad leads with is scored before the text, whose words the analyzer then
        // keeps for the explanations.
        var lead: [Float]? = nil
        for leading in reading.title == nil ? LeadingTitle.candidates(in: text, knows: knows) : [] {
            lead = try leadingTitleScores(leading)
            if lead != nil { break }
        }
        let title = try reading.grams.flatMap(titleQuery)
        let query: Query
        do {
            query = try self.query(reading.title ?? text, source: source)
        } catch MatchError.noKnownWords where title != nil {
            // A title none of whose words the index knows is ranked by its grams alone, when they are
            // near enough to some role's titles (`TitleChannel.gramsAloneMinimum`).
            query = Query(counts: [:], entries: [:])
        }
        let (matches, textScores) = try rankScored(
            query, title: title, head: reading.title == nil ? nil : try headQuery(reading.text),
            exact: reading.title == nil ? nil : try exactQuery(text, spelled: reading.spelled), lead: lead, words: reading.words, top: top,
            detail: detail)
        if query.isEmpty, (matches.first?.score ?? 0) < TitleChannel.gramsAloneMinimum {
            throw MatchError.noKnownWords(source: source)
        }
        return MatchResult(
            matches: matches, distinctTerms: query.distinctTerms, knownTerms: query.entries.count, query: query, textScores: textScores)
    }

    /// The scores of every role for the title a text leads with (`LeadingTitle`), scored as a title text is
    /// (words, grams, head and exact title, without explanations); nil when the index does not know its head.
    func leadingTitleScores(_ leading: String) throws -> [Float]? {
        let reading = TitleChannel.read(leading)
        guard let head = try headQuery(reading.text) else { return nil }
        let query: Query
        do {
            query = try self.query(reading.title ?? leading, source: "the leading title")
        } catch MatchError.noKnownWords {
            query = Query(counts: [:], entries: [:])
        }
        return try channelScores(
            query, title: try reading.grams.flatMap(titleQuery), head: head, exact: try exactQuery(leading, spelled: reading.spelled),
            words: reading.words
        ).scores
    }

    /// Whether the index knows a word (`LeadingTitle.candidates` passes over a person's name by its first).
    func knows(_ word: String) -> Bool {
        (try? query(word, source: "a word")) != nil
    }

    /// A title's head (`TitleHeads`) as a query over the roles' title heads; nil when it has none the
    /// index knows.
    public func headQuery(_ title: String) throws -> Query? {
        guard let head = TitleHeads.head(ofTitle: title, analyzer: analyzer) else { return nil }
        let query = Query(counts: [head: 1], entries: try index.lookup([head], in: .titleHeads))
        return query.isEmpty ? nil : query
    }

    /// A title text as one of the roles' titles (`ExactTitles`): the text as written, else `spelled` (its
    /// head before a qualifier, abbreviations spelled out, as `TitleChannel.read` gives it); nil when no
    /// role has either.
    /// A key of a title with a word left out (`ExactTitles.isDropped`) is looked up after every key as written.
    public func exactQuery(_ title: String, spelled: [String]) throws -> Query? {
        for key in ExactTitles.keys(of: title, spelled: spelled, analyzer: analyzer) {
            let query = Query(counts: [key: 1], entries: try index.lookup([key], in: .exactTitles))
            if !query.isEmpty { return query }
        }
        return nil
    }

    /// Scores every role for `query`, and its title grams `title`, title head `head` and exact title `exact` when given, with
    /// BLAS and returns the best `top`, explained, with their confidence for a text of `words` words. A
    /// text of `BM25Channel.minimumWords` words or more also gets its BM25 scores blended in.
    public func rank(
        _ query: Query, title: Query? = nil, head: Query? = nil, exact: Query? = nil, words: Int, top: Int, detail: ExplanationDetail
    ) throws -> [RoleMatch] {
        try rankScored(query, title: title, head: head, exact: exact, words: words, top: top, detail: detail).matches
    }

    /// The score of every role for a query and its title channels, and the query's cosine alone. Leaves
    /// the query's postings in `workspace`.
    private func channelScores(
        _ query: Query, title: Query?, head: Query?, exact: Query?, words: Int
    ) throws -> (scores: [Float], textScores: [Float]) {
        query.load(into: workspace)
        var scores = BLASRanker.scores(weights: query.weights, workspace: workspace)
        let textScores = scores
        if let head {
            TermAccumulation.add(weights: head.weights, postings: head.entries.map(\.postings), scale: TitleHeads.weight, to: &scores)
        }
        if let exact {
            TermAccumulation.add(weights: exact.weights, postings: exact.entries.map(\.postings), scale: ExactTitles.weight, to: &scores)
        }
        if let title {
            TermAccumulation.add(weights: title.weights, postings: title.entries.map(\.postings), scale: TitleChannel.weight, to: &scores)
        } else if BM25Channel.applies(words: words) {
            BM25Channel.blend(try bm25Scores(query), into: &scores)
        }
        return (scores, textScores)
    }

    /// `rank`, with the query's cosine with every role before the title grams and head were added.
    func rankScored(
        _ query: Query, title: Query?, head: Query? = nil, exact: Query? = nil, lead: [Float]? = nil, words: Int, top: Int,
        detail: ExplanationDetail
    ) throws -> (matches: [RoleMatch], textScores: [Float]) {
        let channels = try channelScores(query, title: title, head: head, exact: exact, words: words)
        var scores = channels.scores
        let textScores = channels.textScores
        if let lead {
            for role in scores.indices { scores[role] += LeadingTitle.weight * lead[role] }
        }
        let ranked = TopK.select(scores, k: max(top, MatchConfidence.candidates))
        let best = Array(ranked.prefix(top))
        if detail == .full { scattered.load(query.vector) }
        let confidences = MatchConfidence.confidences(
            ranked: ranked.map(\.score), count: top, title: title != nil, exact: exact.map { !$0.isDroppedTitle } ?? false, words: words)
        // Each entry shown as the words of the text it came from, made into a string once and only when an
        // explanation shows it (or to break a tie); the index's readable form when the text's words are gone.
        var made = [String?](repeating: nil, count: query.entries.count)
        let surfaces = !query.surfaceKeys.isEmpty && vocabularyAnalyzer?.textNumber == query.surfaceText ? vocabularyAnalyzer : nil
        func shown(_ entry: Int) -> String {
            if let text = made[entry] { return text }
            let text = surfaces?.surface(query.surfaceKeys[entry]) ?? query.display(entry)
            made[entry] = text
            return text
        }
        let matches = try zip(best, confidences).map { best, confidence in
            let role = index.roles[best.index]
            var why = MatchExplanation(terms: query.contributions(ofRole: best.index, in: workspace, limit: Self.explainedTerms, display: shown))
            if detail == .full {
                // The first title of highest similarity, when above zero; then the tasks of highest similarity
                // above zero, ties in the role's order. Texts are copied only for what is shown.
                var closestTitle: (text: String, similarity: Float)? = nil
                for row in try index.titles(ofRole: best.index) {
                    let similarity = scattered.dot(row.vector)
                    if similarity > (closestTitle?.similarity ?? 0) { closestTitle = (row.text, similarity) }
                }
                if closestTitle == nil, query.isEmpty, let title {
                    closestTitle = try closestTitles(byGrams: title, roles: [best.index])[0]
                }
                why.title = closestTitle?.text
                let tasks = try index.tasks(ofRole: best.index)
                let closest = TopK.first(
                    Self.explainedTasks,
                    of: tasks.indices.lazy.map { (task: $0, similarity: self.scattered.dot(tasks[$0].vector)) }.filter { $0.similarity > 0 }
                ) { $0.similarity > $1.similarity }
                why.tasks = closest.map { TaskEvidence(task: tasks[$0.task].text, similarity: $0.similarity) }
            }
            return RoleMatch(id: role.id, soc: role.soc, title: role.title, score: best.score, confidence: confidence, why: why)
        }
        return (matches, textScores)
    }

    /// The BM25 score of every role for the words of `query`: each word's postings times its count in the
    /// text, summed in increasing term id.
    /// - Complexity: O(P) for the P postings of the query's words.
    func bm25Scores(_ query: Query) throws -> [Float] {
        var scores = [Float](repeating: 0, count: index.roles.count)
        let terms = query.entries.map(\.id)
        let counts = query.counts.map { Float($0) }
        if let bm25 {
            TermAccumulation.add(weights: counts, terms: terms, from: bm25, scale: 1, to: &scores)
        } else {
            let read = try index.termPostings(terms, in: .bm25)
            TermAccumulation.add(weights: counts, postings: terms.map { read[$0] ?? SparseVector() }, scale: 1, to: &scores)
        }
        return scores
    }
}

extension Query {
    /// Whether this query is an exact title found only as a title with a word left out
    /// (`ExactTitles.isDropped`), which the confidence does not count as an exact title.
    var isDroppedTitle: Bool { displays.first.map(ExactTitles.isDropped) ?? false }
}
