/// Builds the server stubs' and the mock's render models, on the client's naming and types
/// (the server reuses the client's `Request` and `Response` types).
struct SwiftServerModelBuilder: Sendable {
    let client: SwiftClientModelBuilder
    let clientModule: String
    let serverModule: String
    /// The replies of endpoints whose documentation has no response example.
    let synthesizer: ResponseSynthesizer

    init(model: APIModel, options: EmitterOptions) {
        client = SwiftClientModelBuilder(model: model, options: options)
        synthesizer = ResponseSynthesizer(model: model)
        let prefix = client.prefix
        clientModule = options.clientModuleName ?? prefix + "Client"
        serverModule = options.serverModuleName ?? prefix + "Server"
    }

    var model: APIModel { client.model }
    var prefix: String { client.prefix }

    func runtimeModel() -> SwiftServerRuntimeModel {
        let settings = model.settings
        return SwiftServerRuntimeModel(
            prefix: prefix, access: client.access, importAccess: client.importAccess, clientModule: clientModule,
            serverModule: serverModule, apiTitle: client.docs.text(settings.title) ?? settings.name,
            authorizationHeaderLiteral: SwiftLayout.stringLiteral(settings.auth.header),
            errorStatus: settings.errors.statuses.first ?? 503, errorFieldLiteral: SwiftLayout.stringLiteral(settings.errors.field),
            acceptedStatus: settings.async.acceptedStatus, locationFieldLiteral: SwiftLayout.stringLiteral(settings.async.locationField),
            jobsPath: settings.async.jobsPath, jobsPathLiteral: SwiftLayout.stringLiteral(settings.async.jobsPath))
    }

    func handlerProtocol() -> SwiftHandlerProtocolModel {
        let methods = model.endpoints.enumerated().map { index, endpoint in
            let namespace = client.names.namespace(endpoint.operationID)
            var summary = client.summaryParagraphs(endpoint)
            if endpoint.execution == .asynchronous {
                summary[summary.count - 1] += " The method runs as a job after the call has been accepted."
            }
            let returns = client.docs.text(endpoint.response?.description ?? .empty) ?? "The reply's fields."
            let doc = SwiftLayout.docLines(summary + client.sinceParagraph(endpoint), indent: 4) + [""]
                + SwiftLayout.parameterDocLines([(name: "request", text: "The inputs of the call.")], indent: 4)
                + SwiftLayout.hangingItem(prefix: "- Returns: ", text: returns, indent: 4, itemIndent: 0)
                + [" - Throws: ``\(prefix)ServerError`` to answer with a failure reply."]
            let deprecation = client.deprecationAttribute(endpoint)
            return SwiftHandlerMethodModel(
                isFirst: index == 0, docLines: doc, hasDeprecation: deprecation != nil, deprecationAttribute: deprecation ?? "",
                methodName: client.names.methodName(endpoint.operationID), namespace: namespace)
        }
        let registrations = model.endpoints.map { "serverEndpoint(\(client.names.namespace($0.operationID))ServerEndpoint.self)" }
        return SwiftHandlerProtocolModel(
            prefix: prefix, access: client.access, importAccess: client.importAccess, clientModule: clientModule,
            apiTitle: client.docs.text(model.settings.title) ?? model.settings.name, jobsPath: model.settings.async.jobsPath,
            methods: methods, example: Array(methods.prefix(1)), hasMoreEndpoints: methods.count > 1,
            hasAsynchronousEndpoints: model.endpoints.contains { $0.execution == .asynchronous },
            registrations: registrations.count == 1 ? registrations : registrations.map { $0 + "," })
    }

    func endpoint(_ endpoint: Endpoint) -> SwiftServerEndpointModel {
        let namespace = client.names.namespace(endpoint.operationID)
        let body = endpoint.body
        let wrapper = body?.wrapper
        let inputs = endpoint.pathParameters + endpoint.queryParameters + endpoint.headers + (body?.fields ?? [])
        let ordered = inputs.filter(\.isRequired) + inputs.filter { !$0.isRequired }
        // Fields read from the top level of a wrapped body: the outside-wrapper ones and the tag lists.
        let topLevelNames = Set((body?.fields ?? []).filter { $0.isOutsideWrapper || ["systemTags", "userTags"].contains($0.name) }.map(\.name))
        let arguments = ordered.map { field -> (label: String, read: InputRead) in
            (SwiftName.member(client.names.propertyName(field.name)), read(field, endpoint: endpoint, topLevel: topLevelNames))
        }
        let requestLines = Self.requestLines(namespace: namespace, arguments: arguments)
        let bodyFields = body?.fields ?? []
        let topLevel = wrapper == nil ? bodyFields : bodyFields.filter { topLevelNames.contains($0.name) }
        let deprecation = client.deprecationAttribute(endpoint)
        let wrapperLiteral = wrapper.map(SwiftLayout.stringLiteral) ?? "nil"
        return SwiftServerEndpointModel(
            prefix: prefix, clientModule: clientModule, needsFoundation: client.needsFoundation(inputs), namespace: namespace, methodName: client.names.methodName(endpoint.operationID),
            method: endpoint.method.rawValue, path: endpoint.path, execution: endpoint.execution.rawValue,
            hasDeprecation: deprecation != nil, deprecationText: client.deprecationText(endpoint) ?? "", deprecationAttribute: deprecation ?? "",
            wrapper: wrapper ?? "", wrapperLiteral: wrapperLiteral,
            opensOnOneLine: 8 + "\(prefix)ServerEndpoint(operation: \(namespace).operation, bodyWrapper: \(wrapperLiteral)) { call in".count
                <= SwiftLayout.lineLength,
            hasWrapper: wrapper != nil,
            hasBody: !bodyFields.isEmpty, requestLines: requestLines,
            topLevel: topLevel.map(bodyField), wrapped: wrapper == nil ? [] : bodyFields.map(bodyField))
    }

    /// How the server reads one input: the value read and, for a required input, what it is for the message of
    /// the bad request that its absence makes.
    struct InputRead {
        var value: String
        var requiredInput: String?

        var expression: String { requiredInput.map { "try call.required(\(value), \($0))" } ?? value }
    }

    /// `let request = X.Request(...)` on one line, or one argument per line, and a `required` call broken over
    /// lines where even that is too long.
    static func requestLines(namespace: String, arguments: [(label: String, read: InputRead)]) -> [String] {
        let head = "let request = \(namespace).Request("
        let single = SwiftLayout.list(head: head, items: arguments.map { "\($0.label): \($0.read.expression)" }, tail: ")", indent: 12)
        guard single.count > 1 else { return single }
        var lines = [head]
        for (index, argument) in arguments.enumerated() {
            let comma = index == arguments.count - 1 ? "" : ","
            let line = "    \(argument.label): \(argument.read.expression)\(comma)"
            guard 12 + line.count > SwiftLayout.lineLength, let input = argument.read.requiredInput else {
                lines.append(line)
                continue
            }
            lines += ["    \(argument.label): try call.required(", "        \(argument.read.value),", "        \(input)", "    )\(comma)"]
        }
        return lines + [")"]
    }

    /// How the server reads one input of the call.
    private func read(_ field: Field, endpoint: Endpoint, topLevel: Set<String>) -> InputRead {
        let name = SwiftLayout.stringLiteral(field.name)
        let type = client.types.swiftType(field.type)
        let member = SwiftName.member(client.names.propertyName(field.name))
        if endpoint.pathParameters.contains(field) { return InputRead(value: "try call.pathParameter(\(name), as: \(type).self)") }
        let value: String
        let input: String
        if endpoint.queryParameters.contains(field) {
            switch field.type {
            case .list(let element):
                value = "try call.queryParameters(\(name), as: \(client.types.swiftType(element)).self)"
            case .map(.list(let element)):
                value = "try call.queryListMap(\(name), as: \(client.types.swiftType(element)).self)"
            case .map(let element):
                value = "try call.queryMap(\(name), as: \(client.types.swiftType(element)).self)"
            case .opaqueObject:
                value = "try call.queryObject(\(name))"
            default:
                value = "try call.queryParameter(\(name), as: \(type).self)"
            }
            input = ".queryParameter(\(name))"
        } else if endpoint.headers.contains(field) {
            value = "try call.headerField(\(name), as: \(type).self)"
            input = ".headerField(\(name))"
        } else if let wrapper = endpoint.body?.wrapper {
            value = topLevel.contains(field.name) ? "body.\(member) ?? body.wrapped?.\(member)" : "body.wrapped?.\(member)"
            input = topLevel.contains(field.name)
                ? ".bodyField(\(name))" : ".bodyField(\(SwiftLayout.stringLiteral(wrapper + "." + field.name)))"
        } else {
            value = "body.\(member)"
            input = ".bodyField(\(name))"
        }
        return InputRead(value: value, requiredInput: field.isRequired ? input : nil)
    }

    private func bodyField(_ field: Field) -> SwiftServerBodyFieldModel {
        let name = client.names.propertyName(field.name)
        return SwiftServerBodyFieldModel(
            declaration: "var \(name): \(client.types.swiftType(field.type))?", codingKey: "case \(name) = \(SwiftLayout.stringLiteral(field.name))")
    }

    func mockExample(_ endpoint: Endpoint) -> SwiftMockExampleModel {
        let method = client.names.methodName(endpoint.operationID)
        let documented = endpoint.examples.response.flatMap { $0.status == endpoint.response?.status ?? 200 ? $0.body : nil }
        let example = documented ?? synthesizer.reply(for: endpoint)
        let json = example.prettyText
        let hashes = Self.rawStringHashes(for: json)
        let deprecation = client.deprecationAttribute(endpoint)
        return SwiftMockExampleModel(
            prefix: prefix, access: client.access, importAccess: client.importAccess, clientModule: clientModule,
            namespace: client.names.namespace(endpoint.operationID), methodName: method,
            exampleName: SwiftName.member(method) + "Example", exampleLiteralOpen: hashes + "\"\"\"", exampleLiteralClose: "\"\"\"" + hashes,
            exampleLines: json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            isDocumented: documented != nil, hasDeprecation: deprecation != nil, deprecationAttribute: deprecation ?? "")
    }

    /// The `#`s of a raw string literal that holds `json` as it is: one more than any `"#…` or
    /// `\#…` run inside. Both searches need a `#` byte to match (no other character is
    /// canonically equivalent to `#`), so JSON without one, most examples, skips Foundation's
    /// search.
    static func rawStringHashes(for json: String) -> String {
        var hashes = "#"
        guard json.utf8Contains(0x23) else { return hashes }
        while json.contains("\"" + hashes) || json.contains("\\" + hashes) { hashes += "#" }
        return hashes
    }
}
