/// Maps one URL of an API page to an endpoint spec: its path, query and body parameters from the
/// page's columns (and the Java request class's declarations), its reply from the reply or event
/// class's doc.
struct ZStackEndpointMapper {
    let types: ZStackTypeMapper
    var corpus: ZStackDocCorpus { types.corpus }

    /// The endpoint spec `page` documents at `url`, with `operationID`.
    func endpoint(_ source: ZStackDocCorpus.Page, url: (method: String, path: String), operationID: String) -> YAMLOutput {
        let page = source.page, file = source.file
        let placeholders = Self.placeholders(in: url.path)
        let requestClass = page.requestClass.flatMap { corpus.java.resolve($0, package: file.package, imports: file.imports) }
        var columns = page.parameters
        if let shared = page.parametersClass { columns += corpus.sharedParameters[shared] ?? [] }
        if Self.isQuery(requestClass, index: corpus.java) { columns = ZStackQueryParameters.onTheWire(columns, at: page.requestLocation) }

        var pathParameters: [(key: String, value: YAMLOutput)] = []
        var queryParameters: [(key: String, value: YAMLOutput)] = []
        var bodyFields: [(key: String, value: YAMLOutput)] = []
        let bodyless = url.method == "GET" || url.method == "DELETE"
        // An action API's body is `{"<wrapper>": {...}}` even when every column stands in the URL:
        // the wrapper is what the server tells the APIs of one path apart by.
        let wrapper = bodyless ? nil : Self.wrapper(of: requestClass) ?? columns.first { !$0.enclosedIn.isEmpty }?.enclosedIn
        for placeholder in placeholders where !columns.contains(where: { $0.name == placeholder }) {
            types.warn(.zstackUndocumentedPathParameter(placeholder), at: page.urls.first { $0.text.contains("{\(placeholder)}") }?.location ?? page.requestLocation)
            pathParameters.append((placeholder, .inline([("type", .text("String")), ("required", .literal("true"))])))
        }
        for column in columns {
            let position: ZStackTypeMapper.Position
            if placeholders.contains(column.name) {
                position = .path
            } else if column.location == "query" || bodyless {
                position = .query
            } else {
                position = .body
            }
            let java = requestClass.flatMap { corpus.java.field(column.name, of: $0) }
            var field = self.field(column, operationID: operationID, java: java, file: file, position: position)
            switch position {
            case .path:
                pathParameters.append((column.name, field))
            case .query:
                queryParameters.append((column.name, field))
            case .body, .response:
                if wrapper != nil, column.enclosedIn.isEmpty, case .inline(var pairs) = field {
                    pairs.insert(("outside-wrapper", .literal("true")), at: pairs.count - (pairs.last?.key == "description" ? 1 : 0))
                    field = .inline(pairs)
                }
                bodyFields.append((column.name, field))
            }
        }
        var endpoint: [(key: String, value: YAMLOutput)] = [("operation-id", .text(operationID))]
        endpoint.append(("title", .text(Self.text(page.title).isEmpty ? operationID : Self.text(page.title))))
        let description = [Self.text(page.description), Self.text(page.requestDescription)].filter { !$0.isEmpty }
        if !description.isEmpty { endpoint.append(("description", .text(description.joined(separator: "\n\n")))) }
        if !page.category.isEmpty { endpoint.append(("category", .list([.text(page.category)]))) }
        let asynchronous = page.responseClass?.hasSuffix("Event") == true
        endpoint.append(("execution", .text(asynchronous ? "asynchronous" : "synchronous")))
        endpoint.append(("auth", .text(page.requiresAuthorization ? "required" : "none")))
        endpoint.append(("method", .text(url.method)))
        endpoint.append(("path", .text("/zstack" + url.path)))
        if !pathParameters.isEmpty { endpoint.append(("path-parameters", .block(pathParameters))) }
        if !queryParameters.isEmpty { endpoint.append(("query-parameters", .block(queryParameters))) }
        if !bodyFields.isEmpty || wrapper != nil {
            var body: [(key: String, value: YAMLOutput)] = []
            if let wrapper { body.append(("wrapper", .text(wrapper))) }
            if !bodyFields.isEmpty { body.append(("fields", .block(bodyFields))) }
            endpoint.append(("body", .block(body)))
        }
        endpoint.append(("response", response(source)))
        return .block([("apigen", .literal("1")), ("endpoint", .block(endpoint))])
    }

    /// A column as a field: `{type, required, since, description}`, with its values as an enum.
    private func field(
        _ column: ZStackDocPage.Parameter, operationID: String, java: (type: JavaType, declaredIn: JavaSourceIndex.Resolved)?,
        file: ZStackDocCorpus.DocFile, position: ZStackTypeMapper.Position
    ) -> YAMLOutput {
        var type = column.wireType ?? types.type(
            written: column.type, referencedClass: nil, field: column.name, java: java, in: file, at: column.declaredAt, position: position)
        var pairs: [(key: String, value: YAMLOutput)] = []
        var values: YAMLOutput?
        if !column.values.isEmpty {
            let name = types.enumName(operationID + SwiftName.upperCamel(column.name), values: column.values)
            values = .inline(column.values.map { ($0, .literal("null")) })
            type = type.hasPrefix("List<") ? "List<\(name)>" : name
        }
        pairs.append(("type", .text(type)))
        if !column.isOptional || position == .path { pairs.append(("required", .literal("true"))) }
        if let since = column.since, !since.isEmpty { pairs.append(("since", .text(since))) }
        if let values { pairs.append(("values", values)) }
        let description = Self.text(column.description)
        if !description.isEmpty { pairs.append(("description", .text(description))) }
        return .inline(pairs)
    }

    /// The reply: the fields of the reply or event class's doc.
    private func response(_ source: ZStackDocCorpus.Page) -> YAMLOutput {
        var response: [(key: String, value: YAMLOutput)] = [("status", .literal("200"))]
        guard let responseClass = source.page.responseClass else {
            types.warn(.zstackPageWithoutResponse, at: source.page.requestLocation)
            return .block(response)
        }
        let file = source.file
        let resolved = corpus.java.resolve(responseClass, package: file.package, imports: file.imports)
        let documented = resolved.flatMap { corpus.classDocs[$0.qualifiedName] }
            ?? corpus.classDocsBySimpleName[responseClass].flatMap { $0.count == 1 ? corpus.classDocs[$0[0]] : nil }
        guard let (doc, docFile) = documented else {
            types.warn(.zstackClassWithoutDoc(className: responseClass, field: "response"), at: source.page.requestLocation)
            return .block(response)
        }
        let title = Self.text(doc.title)
        if !title.isEmpty { response.append(("description", .text(title))) }
        var fields = self.fields(of: doc, file: docFile, owner: resolved, position: .response)
        // `APIQueryReply.total`, which no reply's doc lists: the REST server sends it when `replyWithCount`
        // asks (api.queries.total).
        if Self.isSubclass(resolved, of: ".APIQueryReply", index: corpus.java), !fields.contains(where: { $0.key == "total" }) {
            fields.append(("total", .inline([("type", .text("Long")), ("description", .text(Self.queryTotalDescription))])))
        }
        if !fields.isEmpty { response.append(("fields", .block(fields))) }
        return .block(response)
    }

    /// The description of a query reply's `total`, in the documentation's language.
    static let queryTotalDescription = "满足查询条件的记录总数，在`replyWithCount`为`true`时返回"

    /// The `field`s and `ref`s of a class doc as spec fields.
    func fields(
        of doc: ZStackClassDoc, file: ZStackDocCorpus.DocFile, owner: JavaSourceIndex.Resolved?, position: ZStackTypeMapper.Position
    ) -> [(key: String, value: YAMLOutput)] {
        var seen: Set<String> = []
        return doc.entries.compactMap { entry in
            guard !entry.name.isEmpty, seen.insert(entry.name).inserted else { return nil }
            let java = owner.flatMap { corpus.java.field(entry.name, of: $0) }
            let type = types.type(
                written: entry.type, referencedClass: entry.referencedClass, field: entry.name, java: java, in: file,
                at: entry.declaredAt, position: position)
            var pairs: [(key: String, value: YAMLOutput)] = [("type", .text(type))]
            if let since = entry.since, !since.isEmpty { pairs.append(("since", .text(since))) }
            let description = Self.text(entry.description)
            if !description.isEmpty { pairs.append(("description", .text(description))) }
            return (entry.name, .inline(pairs))
        }
    }

    // MARK: - Helpers

    /// The body's wrapper as ZStack's REST server reads it from `@RestRequest`: an action API's
    /// name (`APIStartVmInstanceMsg` -> `startVmInstance`), else its `parameterName`.
    static func wrapper(of requestClass: JavaSourceIndex.Resolved?) -> String? {
        guard let requestClass, let annotation = requestClass.declaration.annotations["RestRequest"] else { return nil }
        if annotation["isAction"] == ["true"] {
            var name = Substring(requestClass.qualifiedName.split(separator: ".").last ?? "")
            if name.hasPrefix("API") { name = name.dropFirst(3) }
            if name.hasSuffix("Msg") { name = name.dropLast(3) }
            guard let first = name.first else { return nil }
            return first.lowercased() + name.dropFirst()
        }
        return requestClass.declaration.strings("RestRequest", "parameterName").first.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `{name}` placeholders of a path, in order.
    static func placeholders(in path: String) -> [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    /// Text as a spec holds it: line breaks normalized, the ends trimmed. The DSL's `null` and the
    /// doc template's placeholder title ("enter the structure's name here") are no text.
    static func text(_ text: String) -> String {
        let trimmed = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed == "null" || trimmed == "在这里输入结构的名称" ? "" : trimmed
    }

    /// Whether the request class is one of `APIQueryMessage`'s, whose GET the REST server reads
    /// in its own way.
    private static func isQuery(_ requestClass: JavaSourceIndex.Resolved?, index: JavaSourceIndex) -> Bool {
        isSubclass(requestClass, of: ".APIQueryMessage", index: index)
    }

    /// Whether `type` is, or extends, the class whose qualified name ends with `suffix`.
    private static func isSubclass(_ type: JavaSourceIndex.Resolved?, of suffix: String, index: JavaSourceIndex) -> Bool {
        var current = type
        var depth = 0
        while let type = current, depth < 16 {
            if type.qualifiedName.hasSuffix(suffix) { return true }
            current = type.declaration.superclass.flatMap { index.resolve($0, from: type) }
            depth += 1
        }
        return false
    }
}
