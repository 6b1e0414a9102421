import Foundation

/// The request example as a one-line curl command, in the documentation page's form:
///
///     curl -X PUT 'http://{host}/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state'
///       -H 'Authorization: OAuth {sessionUuid}' -H 'Content-Type: application/json;charset=UTF-8'
///       -d '{"systemTags":["<systemTags>"],"userTags":["<userTags>"]}'
///
/// The path keeps its `{placeholders}` as the page does (the path values of the example are
/// shown in the path parameter table's example instead); the example's query values are
/// appended percent-encoded; every argument is single-quoted for a POSIX shell.
enum CurlExample {
    static let contentType = "application/json;charset=UTF-8"

    static func command(for endpoint: Endpoint, settings: APISettings) -> String {
        let example = endpoint.examples.request ?? Endpoint.RequestExample()
        var url = "http://{host}" + endpoint.path
        let query = example.query.flatMap { member in
            queryItems(member.key, member.value).map { percentEncoded($0.name) + "=" + percentEncoded($0.value) }
        }
        if !query.isEmpty { url += "?" + query.joined(separator: "&") }

        var words = ["curl", "-X", endpoint.method.rawValue, shellQuoted(url)]
        if endpoint.auth == .required {
            words += ["-H", shellQuoted("\(settings.auth.header): \(settings.auth.value)")]
        }
        if example.body != nil {
            words += ["-H", shellQuoted("Content-Type: \(contentType)")]
        }
        for header in example.headers {
            words += ["-H", shellQuoted("\(header.key): \(scalarText(header.value))")]
        }
        if let body = example.body {
            words += ["-d", shellQuoted(body.compactText)]
        }
        return words.joined(separator: " ")
    }

    /// `'text'`, with each `'` written as `'\''`.
    static func shellQuoted(_ text: String) -> String {
        // Only a `'` byte can be (or start) a match for Foundation's search: text without one,
        // most text, is quoted as it is, without the trip through `NSString`.
        guard text.utf8Contains(0x27) else { return "'" + text + "'" }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// An object sends one item per entry (`name.key=value`), as the generated client sends maps; anything else
    /// is one parameter.
    private static func queryItems(_ name: String, _ value: JSONValue) -> [(name: String, value: String)] {
        guard case .object(let members) = value else { return queryValues(value).map { (name, $0) } }
        return members.sorted { $0.key < $1.key }.flatMap { member in
            queryValues(member.value).map { ("\(name).\(member.key)", $0) }
        }
    }

    /// A list repeats its parameter (`q=a&q=b`), as ZStack's query conditions do.
    private static func queryValues(_ value: JSONValue) -> [String] {
        if case .array(let items) = value { return items.map(scalarText) }
        return [scalarText(value)]
    }

    /// A string as itself, anything else as compact JSON.
    private static func scalarText(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.compactText
    }

    /// RFC 3986 query component: unreserved characters kept, everything else `%XX` (UTF-8).
    static func percentEncoded(_ text: String) -> String {
        PercentEncoding.encode(text, keeping: "-._~")
    }
}
