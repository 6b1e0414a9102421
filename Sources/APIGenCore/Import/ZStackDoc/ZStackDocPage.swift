import Foundation

/// The facts of one API page of ZStack's documentation (`doc { rest { request {…} response {…} } }`),
/// read from its `GroovyDocument`: what the importer maps to an endpoint spec.
struct ZStackDocPage: Equatable, Sendable {
    var title: String
    var category: String
    var description: String
    /// The request's own `desc`, often empty.
    var requestDescription: String
    /// Every `url "METHOD /path"` of the request, in order.
    var urls: [URL]
    /// Whether the request shows an `Authorization` header (a session is needed).
    var requiresAuthorization: Bool
    /// The request message class (`APIStartVmInstanceMsg`) and the reply or event class.
    var requestClass: String?
    var responseClass: String?
    /// The page's `params { column {…} }`.
    var parameters: [Parameter]
    /// `params APIQueryMessage.class`: the parameters are those of that class's page.
    var parametersClass: String?
    /// Where the page's `request` is.
    var requestLocation: SourceLocation

    /// A `url` as written, and where.
    struct URL: Equatable, Sendable {
        var text: String
        var location: SourceLocation

        /// `("PUT", "/v1/vm-instances/{uuid}/actions")`, or nil when the text is not `METHOD /path`.
        var methodAndPath: (method: String, path: String)? {
            let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).map(String.init)
            guard parts.count == 2, parts[1].hasPrefix("/") else { return nil }
            return (parts[0].uppercased(), parts[1].trimmingCharacters(in: .whitespaces))
        }
    }

    /// A `params { column {…} }` entry.
    struct Parameter: Equatable, Sendable {
        var name: String
        var description: String
        /// `url`, `query`, `body` or `header`, as the page writes it.
        var location: String
        /// The Java type as the page writes it (`String`, `List`, `Map`).
        var type: String
        /// The apigen type the wire gives it when the page's type does not say enough
        /// (`List<String>` for the query conditions `q`); nil for most.
        var wireType: String? = nil
        /// The body wrapper the field stands in; empty for a field outside it.
        var enclosedIn: String
        var isOptional: Bool
        var since: String?
        /// The values the page allows, in its order (an enumeration).
        var values: [String]
        /// Where the page declares it (its `column`).
        var declaredAt: SourceLocation
    }

    /// The page in `document`, or nil when it is not an API page (an inventory's or a reply's doc).
    static func read(_ document: GroovyDocument) -> ZStackDocPage? {
        guard let doc = document.calls.first(where: { $0.name == "doc" }), let request = doc.call("rest")?.call("request") else {
            return nil
        }
        let urls = request.calls("url").map { URL(text: $0.arguments.first?.text ?? "", location: $0.location) }
        let authorization = request.calls("header").contains { header in
            guard case .map(let entries)? = header.arguments.first else { return false }
            return entries.contains { $0.key == "Authorization" }
        }
        let params = request.call("params")
        return ZStackDocPage(
            title: doc.text("title") ?? "", category: doc.text("category") ?? "", description: doc.text("desc") ?? "",
            requestDescription: request.text("desc") ?? "", urls: urls, requiresAuthorization: authorization,
            requestClass: request.classArgument("clz"), responseClass: doc.call("rest")?.call("response")?.classArgument("clz"),
            parameters: params.map(Self.parameters) ?? [], parametersClass: request.classArgument("params"),
            requestLocation: request.location)
    }

    /// The columns of a `params { … }` call.
    static func parameters(_ params: GroovyCall) -> [Parameter] {
        params.calls("column").map { column in
            Parameter(
                name: column.text("name") ?? "", description: column.text("desc") ?? "", location: column.text("location") ?? "body",
                type: column.text("type") ?? "", enclosedIn: column.text("enclosedIn") ?? "",
                isOptional: column.call("optional")?.arguments.first == .bool(true), since: column.text("since"),
                values: column.call("values")?.arguments.compactMap(\.text) ?? [], declaredAt: column.location)
        }
    }

    /// The parameters a class's page documents for the pages that write `params ThatClass.class`
    /// (`APIQueryMessage`'s `doc { rest { request { params { column … } } } }`).
    static func sharedParameters(_ document: GroovyDocument) -> [Parameter]? {
        guard let doc = document.calls.first(where: { $0.name == "doc" }),
            let params = doc.call("rest")?.call("request")?.call("params")
        else { return nil }
        return parameters(params)
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
