import Hummingbird

/// The query parameters of `GET /v1/roles`: `q` (words to look for) and `top`.
enum QueryParameters {
    static func query(_ request: Request) throws -> String {
        guard let raw = request.uri.queryParameters["q"] else {
            throw HTTPError(.badRequest, message: "the q parameter is missing; give words to search for, such as /v1/roles?q=nurse.")
        }
        // Forms encode spaces as +; a literal plus sign is punctuation to the analyzer anyway.
        let query = raw.replacingOccurrences(of: "+", with: " ")
        guard !query.allSatisfy(\.isWhitespace) else {
            throw HTTPError(.badRequest, message: "the q parameter is empty; give words to search for, such as /v1/roles?q=nurse.")
        }
        return query
    }

    static func top(_ request: Request) throws -> Int {
        guard let raw = request.uri.queryParameters["top"] else { return MatchRequest.defaultTop }
        guard let top = Int(raw) else {
            throw HTTPError(.badRequest, message: "the top parameter must be a whole number from 1 to 100; got \"\(raw)\".")
        }
        return try checkTop(top, name: "top parameter")
    }

    static func checkTop(_ top: Int, name: String) throws -> Int {
        guard MatchRequest.topRange.contains(top) else {
            throw HTTPError(.badRequest, message: "the \(name) must be a whole number from 1 to 100; got \(top).")
        }
        return top
    }
}
