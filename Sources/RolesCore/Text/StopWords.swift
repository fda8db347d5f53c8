/// English function words that carry no meaning about a job on their own.
///
/// Kept short on purpose: words that look common but tell roles apart (`work`, `customer`, `patient`,
/// `system`) stay, and the IDF weighting decides how much they count.
public enum StopWords {
    public static let english: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already",
        "also", "although", "always", "am", "among", "an", "and", "and/or", "another", "any", "are", "around",
        "as", "at", "be", "became", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "e.g", "either",
        "else", "etc", "even", "ever", "every", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "i.e", "if", "in",
        "into", "is", "it", "its", "itself", "just", "may", "me", "might", "mine", "more", "most", "much",
        "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
        "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own",
        "per", "rather", "same", "shall", "she", "should", "since", "so", "some", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "therefore", "these", "they", "this",
        "those", "though", "through", "throughout", "thus", "to", "too", "toward", "towards", "under",
        "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "whatever", "when", "whenever",
        "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
    ]
}
