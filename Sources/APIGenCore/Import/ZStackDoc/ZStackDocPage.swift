/// The facts of one API page of ZStack's documentation (`doc { rest { request {…} response {…} } }`),
/// read from its `GroovyDocument`: what the importer maps to an endpoint spec.
struct ZStackDocPage: Equatable, Sendable {
    var title: String
    var category: String
    var description: String
    /// `PUT /v1/vm-instances/{uuid}/actions`, split; the first of several URLs (a warning names the others).
    var method: String
    var path: String
    /// The request message class (`APIStartVmInstanceMsg`) and the reply or event class.
    var requestClass: String?
    var responseClass: String?
    var parameters: [Parameter]

    /// A `params { column {…} }` entry.
    struct Parameter: Equatable, Sendable {
        var name: String
        var description: String
        /// `url`, `query`, `body` or `header`, as the page writes it.
        var location: String
        /// The Java type as the page writes it (`String`, `List`, `Map`).
        var type: String
        /// The body wrapper the field stands in; empty for a field outside it.
        var enclosedIn: String
        var isOptional: Bool
        var since: String?
        /// The values the page allows, in its order (an enumeration).
        var values: [String]
        /// Where the page declares it (its `column`).
        var declaredAt: SourceLocation
    }

    /// What the page has that cannot be mapped as it is, said like a compiler: `file:line: warning: …`.
    struct Warning: Equatable, Sendable {
        var message: String
        var location: SourceLocation
    }

    /// The page in `document`, or nil with no warning when it is not an API page (an inventory's or a reply's doc).
    static func read(_ document: GroovyDocument) -> (page: ZStackDocPage, warnings: [Warning])? {
        guard let doc = document.calls.first(where: { $0.name == "doc" }), let request = doc.call("rest")?.call("request") else {
            return nil
        }
        var warnings: [Warning] = []
        var method = ""
        var path = ""
        if let url = request.calls("url").first, let text = url.arguments.first?.text {
            let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                (method, path) = (parts[0], parts[1])
            } else {
                warnings.append(Warning(message: "the url '\(text)' is not 'METHOD /path'", location: url.location))
            }
            for other in request.calls("url").dropFirst() {
                let otherText = other.arguments.first?.text ?? ""
                warnings.append(Warning(message: "the page lists several URLs; '\(otherText)' is not imported", location: other.location))
            }
        } else {
            warnings.append(Warning(message: "the request has no url", location: request.location))
        }
        let parameters = request.call("params")?.calls("column").map { column in
            Parameter(
                name: column.text("name") ?? "", description: column.text("desc") ?? "", location: column.text("location") ?? "body",
                type: column.text("type") ?? "", enclosedIn: column.text("enclosedIn") ?? "",
                isOptional: column.call("optional")?.arguments.first == .bool(true), since: column.text("since"),
                values: column.call("values")?.arguments.compactMap(\.text) ?? [], declaredAt: column.location)
        } ?? []
        let page = ZStackDocPage(
            title: doc.text("title") ?? "", category: doc.text("category") ?? "", description: doc.text("desc") ?? "",
            method: method, path: path, requestClass: request.classArgument("clz"),
            responseClass: doc.call("rest")?.call("response")?.classArgument("clz"), parameters: parameters)
        return (page, warnings)
    }
}

extension GroovyValue {
    /// The text of a string value.
    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}

extension GroovyCall {
    /// The text argument of the closure's call `name` (`title "..."`).
    func text(_ name: String) -> String? { call(name)?.arguments.first?.text }

    /// The class literal argument of the closure's call `name` (`clz X.class`).
    func classArgument(_ name: String) -> String? {
        guard case .classLiteral(let name)? = call(name)?.arguments.first else { return nil }
        return name
    }
}
