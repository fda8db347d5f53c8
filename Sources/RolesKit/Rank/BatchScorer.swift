import Foundation
import RolesCore

/// Codes the lines of a batch, one at a time, against the index vocabulary held in memory: decode,
/// analyze to term ids, weight, score every role with BLAS, pick the best and explain them. It computes
/// exactly what `Matcher.match(_:source:top:detail: .terms)` computes, without a `String` per term or a
/// lookup per block.
///
/// Not `Sendable`: it owns an analyzer with memos and a gather workspace. Use one per thread.
final class BatchScorer {
    let index: RolesIndex
    let vocabulary: IndexVocabulary
    /// Title grams and their postings (`TitleChannel`), read at the first short text.
    let grams: Lazy<IndexVocabulary>
    /// Title heads and their postings (`TitleHeads`), read at the first short text.
    let heads: Lazy<IndexVocabulary>
    /// The roles' titles as whole keys (`ExactTitles`), read at the first short text.
    let exactTitles: Lazy<IndexVocabulary>
    /// Every word's BM25 postings (`BM25Channel`), read at the first long text.
    let bm25: Lazy<PostingsInMemory>
    let top: Int
    private let analyzer: VocabularyAnalyzer
    /// Finds a title's head.
    private let titleAnalyzer: Analyzer
    private let gramMaker = TitleGrams()
    private let workspace: GatherWorkspace
    private var raw: [Double] = []

    private var gramIDs: [Int32] = []
    /// The shown form of each term of the text being explained, made when first needed.
    private var shown: [String?] = []

    init(
        index: RolesIndex, vocabulary: IndexVocabulary, grams: Lazy<IndexVocabulary>, heads: Lazy<IndexVocabulary>,
        exactTitles: Lazy<IndexVocabulary>, bm25: Lazy<PostingsInMemory>, top: Int
    ) {
        self.index = index
        self.vocabulary = vocabulary
        self.grams = grams
        self.heads = heads
        self.exactTitles = exactTitles
        titleAnalyzer = Analyzer(settings: index.metadata.analyzer)
        self.bm25 = bm25
        self.top = top
        analyzer = VocabularyAnalyzer(settings: index.metadata.analyzer, vocabulary: vocabulary.terms)
        workspace = GatherWorkspace(roleCount: index.roles.count)
        BLASRanker.configure()
    }

    /// The record for one input line, or nil for a blank line.
    func record(for input: LineReader.Line, line: Int) -> BatchRecord? {
        let id: String, text: String
        switch BatchInput.read(input, line: line, purpose: "match") {
        case nil:
            return nil
        case .failure(let failure):
            return .error(id: failure.id, line: failure.line, message: failure.message)
        case .success(let decoded):
            (id, text) = decoded
        }
        let reading = TitleChannel.read(text)
        // The title a resume or an ad leads with is scored first: counting the text afterwards leaves the
        // analyzer with the text's words, which the explanations show.
        var lead: [Float]? = nil
        for leading in reading.title == nil ? LeadingTitle.candidates(in: text, knows: knows) : [] {
            do {
                lead = try leadingTitleScores(leading)
            } catch {
                return .error(id: id, line: line, message: "\(error)")
            }
            if lead != nil { break }
        }
        let counted = analyzer.counts(reading.title ?? text)
        guard counted.hasTerms else {
            return .error(id: id, line: line, message: MatchError.noWords(source: "line \(line)").description)
        }
        // A title none of whose words the index knows may still be ranked by its grams, as in `Matcher.match`.
        guard !counted.ids.isEmpty || reading.grams != nil else {
            return .error(id: id, line: line, message: MatchError.noKnownWords(source: "line \(line)").description)
        }
        let parts: TitleParts
        var bm25: PostingsInMemory? = nil
        do {
            parts = try titleParts(text, reading: reading)
            if parts.title == nil && BM25Channel.applies(words: reading.words) { bm25 = try self.bm25.value.get() }
        } catch {
            return .error(id: id, line: line, message: "\(error)")
        }
        let matches = rank(counted, title: parts.title, head: parts.head, exact: parts.exact, bm25: bm25, words: reading.words, lead: lead)
        if counted.ids.isEmpty, (matches.first?.score ?? 0) < TitleChannel.gramsAloneMinimum {
            return .error(id: id, line: line, message: MatchError.noKnownWords(source: "line \(line)").description)
        }
        return .matches(id: id, matches: matches)
    }

    /// A title text's grams with their vocabulary, its head and its exact key, each when the index has it;
    /// all nil for a text that is not read as a title.
    typealias TitleParts = (
        title: (text: String, grams: IndexVocabulary)?, head: (id: Int32, heads: IndexVocabulary)?, exact: (id: Int32, titles: IndexVocabulary, dropped: Bool)?
    )

    /// The title channels of a text as `reading` reads it; throws when a title table cannot be read. The exact
    /// title is looked up as written first (`Civil Engineering Intern` is one), then as read.
    private func titleParts(_ text: String, reading: TitleChannel.Reading) throws -> TitleParts {
        guard reading.title != nil, let spelled = reading.grams else { return (nil, nil, nil) }
        let title = (spelled, try grams.value.get())
        let head = try titleHead(reading.text)
        // As `Matcher.exactQuery`: the first of the text's keys the index has.
        let titles = try exactTitles.value.get()
        let exact = ExactTitles.keys(of: text, spelled: reading.spelled, analyzer: titleAnalyzer).lazy
            .compactMap { key in titles.terms.id(of: key).map { (id: $0, titles: titles, dropped: ExactTitles.isDropped(key)) } }.first
        return (title, head, exact)
    }

    /// Whether the index knows a word (`LeadingTitle.candidates` passes over a person's name by its first).
    private func knows(_ word: String) -> Bool {
        !analyzer.counts(word).ids.isEmpty
    }

    /// A title's head (`TitleHeads`) with the title-head vocabulary, when the index knows it.
    private func titleHead(_ title: String) throws -> (id: Int32, heads: IndexVocabulary)? {
        try TitleHeads.head(ofTitle: title, analyzer: titleAnalyzer).flatMap { stem in
            let vocabulary = try heads.value.get()
            return vocabulary.terms.id(of: stem).map { ($0, vocabulary) }
        }
    }

    /// The scores of every role for the title a text leads with (`LeadingTitle`), scored as a title text
    /// is, as `Matcher.leadingTitleScores` does; nil when the index does not know its head. The head is
    /// checked first, as the matcher does, so a candidate that is no title (an employer's name) reads
    /// neither the grams nor the exact titles.
    private func leadingTitleScores(_ leading: String) throws -> [Float]? {
        let reading = TitleChannel.read(leading)
        guard try titleHead(reading.text) != nil else { return nil }
        let parts = try titleParts(leading, reading: reading)
        let counted = analyzer.counts(reading.title ?? leading)
        return scores(counted, title: parts.title, head: parts.head, exact: parts.exact, bm25: nil, words: reading.words).scores
    }

    /// The score of every role for a text's terms and title channels (without a leading title), the
    /// terms' unit weights, and whether title grams were scored. Leaves the terms' postings in `workspace`.
    private func scores(
        _ counted: TermIDCounts, title: (text: String, grams: IndexVocabulary)?, head: (id: Int32, heads: IndexVocabulary)?,
        exact: (id: Int32, titles: IndexVocabulary, dropped: Bool)?, bm25: PostingsInMemory?, words: Int
    ) -> (scores: [Float], weights: [Float], scoredTitle: Bool) {
        let weights = Query.unitWeights(ids: counted.ids, counts: counted.counts, idf: vocabulary.idf, scratch: &raw)
        workspace.load(terms: counted.ids, from: vocabulary)
        var scores = BLASRanker.scores(weights: weights, workspace: workspace)
        var scoredTitle = false
        if let (id, heads) = head {
            // As `Matcher.headQuery`: one term of unit weight.
            let headWeights = Query.unitWeights(ids: [id], counts: [1], idf: heads.idf, scratch: &raw)
            TermAccumulation.add(weights: headWeights, terms: [id], from: heads, scale: TitleHeads.weight, to: &scores)
        }
        if let (id, titles, _) = exact {
            // As `Matcher.exactQuery`: one term of unit weight.
            let exactWeights = Query.unitWeights(ids: [id], counts: [1], idf: titles.idf, scratch: &raw)
            TermAccumulation.add(weights: exactWeights, terms: [id], from: titles, scale: ExactTitles.weight, to: &scores)
        }
        if let (text, grams) = title {
            // Known grams as sorted ids with their counts: a sort of some 30 ids costs less than a dictionary.
            gramIDs.removeAll(keepingCapacity: true)
            gramMaker.gramBytes(text) { gram in
                if let id = grams.terms.id(of: gram) { gramIDs.append(id) }
            }
            if !gramIDs.isEmpty {
                gramIDs.sort()
                var ids: [Int32] = [], counts: [Int] = []
                for id in gramIDs {
                    if id == ids.last { counts[counts.count - 1] += 1 } else { ids.append(id); counts.append(1) }
                }
                let gramWeights = Query.unitWeights(ids: ids, counts: counts, idf: grams.idf, scratch: &raw)
                TermAccumulation.add(weights: gramWeights, terms: ids, from: grams, scale: TitleChannel.weight, to: &scores)
                scoredTitle = true
            }
        } else if let bm25 {
            // As `Matcher.bm25Scores`: each word's postings times its count, in increasing term id.
            var wordScores = [Float](repeating: 0, count: scores.count)
            TermAccumulation.add(
                weights: counted.counts.map { Float($0) }, terms: counted.ids.map { vocabulary.storedIDs[Int($0)] }, from: bm25,
                scale: 1, to: &wordScores)
            BM25Channel.blend(wordScores, into: &scores)
        }
        return (scores, weights, scoredTitle)
    }

    /// Weights the known terms as `Query` does (sublinear tf times idf, in increasing term id, unit
    /// length), scores every role and explains the best `top`.
    /// - Complexity: O(R · k) for R roles and k known terms.
    /// - Parameters:
    ///   - title: the text again with the title-gram vocabulary, when the text is read as a title.
    ///   - head: the title's head with the title-head vocabulary, when the index knows it.
    ///   - exact: the title as one of the roles' titles with that vocabulary, when it is one.
    ///   - bm25: every word's BM25 postings, when the text is long enough to be scored by them too.
    ///   - lead: the scores of the title the text leads with (`LeadingTitle`), when it has one.
    func rank(
        _ counted: TermIDCounts, title: (text: String, grams: IndexVocabulary)?, head: (id: Int32, heads: IndexVocabulary)? = nil,
        exact: (id: Int32, titles: IndexVocabulary, dropped: Bool)? = nil, bm25: PostingsInMemory?, words: Int, lead: [Float]? = nil
    ) -> [RoleMatch] {
        let scored = self.scores(counted, title: title, head: head, exact: exact, bm25: bm25, words: words)
        var scores = scored.scores
        let (weights, scoredTitle) = (scored.weights, scored.scoredTitle)
        if let lead {
            for role in scores.indices { scores[role] += LeadingTitle.weight * lead[role] }
        }
        let ranked = TopK.select(scores, k: max(top, MatchConfidence.candidates))
        let best = Array(ranked.prefix(top))
        let confidences = MatchConfidence.confidences(
            ranked: ranked.map(\.score), count: top, title: scoredTitle, exact: exact.map { !$0.dropped } ?? false, words: words)
        shown.removeAll(keepingCapacity: true)
        shown.append(contentsOf: repeatElement(nil, count: counted.surfaces.count))
        return zip(best, confidences).map { best, confidence in
            let role = index.roles[best.index]
            let why = MatchExplanation(terms: contributions(ofRole: best.index, surfaces: counted.surfaces, weights: weights))
            return RoleMatch(id: role.id, soc: role.soc, title: role.title, score: best.score, confidence: confidence, why: why)
        }
    }

    /// The `Matcher.explainedTerms` largest term contributions to a role's score, in the order of
    /// `Query.contributions` (largest first, ties by shown term), each term shown as the words of the text
    /// it first came from (`surfaces`, from the analyzer's last count).
    /// - Complexity: O(k) for k query terms.
    func contributions(ofRole role: Int, surfaces: [UInt64], weights: [Float]) -> [TermContribution] {
        // Shown forms are made only to break ties and for the terms kept, once per text (`shown`).
        func surface(_ column: Int) -> String {
            if let made = shown[column] { return made }
            let made = analyzer.surface(surfaces[column])
            shown[column] = made
            return made
        }
        return workspace.largestProducts(role: role, weights: weights, limit: Matcher.explainedTerms) { surface($0) }
            .map { TermContribution(term: surface($0.column), contribution: $0.product) }
    }
}

/// A part of an index read when first asked for, once, by whichever worker asks first.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    // `@unchecked`: `result` is only read and written while holding `lock`.
    private let lock = NSLock()
    private var result: Result<Value, Error>?
    private let load: @Sendable () throws -> Value

    init(_ load: @escaping @Sendable () throws -> Value) {
        self.load = load
    }

    /// The value, or why it could not be read.
    var value: Result<Value, Error> {
        lock.withLock {
            if let result { return result }
            let loaded = Result { try load() }
            result = loaded
            return loaded
        }
    }
}
