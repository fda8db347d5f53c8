import Foundation

/// Vocabulary look-ups already made on an open index: the terms found with their postings, and
/// (up to a bound) the terms the index does not have, so a server answering many texts reads each
/// term from SQLite once.
///
/// Holds at most the whole vocabulary (for O*NET, about 150,000 terms and 5 MB of postings) and
/// `maxUnknown` unknown terms, so text sent by anyone cannot grow it without bound.
final class TermCache: @unchecked Sendable {
    // `@unchecked`: every access to `known` and `unknown` holds `lock`.
    private let lock = NSLock()
    private var known: [String: TermEntry] = [:]
    private var unknown: Set<String> = []

    static let maxUnknown = 100_000

    /// Splits `terms` into the entries already known and the terms never looked up.
    func split(_ terms: Set<String>) -> (found: [String: TermEntry], unseen: [String]) {
        var found: [String: TermEntry] = [:]
        var unseen: [String] = []
        lock.withLock {
            for term in terms {
                if let entry = known[term] {
                    found[term] = entry
                } else if !unknown.contains(term) {
                    unseen.append(term)
                }
            }
        }
        return (found, unseen)
    }

    /// Records what a look-up of `looked` found.
    func store(_ looked: [String], found: [String: TermEntry]) {
        lock.withLock {
            for term in looked {
                if let entry = found[term] {
                    known[term] = entry
                } else if unknown.count < Self.maxUnknown {
                    unknown.insert(term)
                }
            }
        }
    }
}
