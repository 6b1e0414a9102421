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
            let deprecation = client.deprecationMessageLiteral(endpoint)
            return SwiftHandlerMethodModel(
                isFirst: index == 0, docLines: doc, hasDeprecation: deprecation != nil, deprecationMessageLiteral: deprecation ?? "",
                methodName: client.names.methodName(endpoint.operationID), namespace: namespace)
        }
        let registrations = model.endpoints.map { endpoint in
            SwiftServerRegistrationModel(namespace: client.names.namespace(endpoint.operationID), hasComma: model.endpoints.count > 1)
        }
        return SwiftHandlerProtocolModel(
            prefix: prefix, access: client.access, importAccess: client.importAccess, clientModule: clientModule,
            apiTitle: client.docs.text(model.settings.title) ?? model.settings.name, jobsPath: model.settings.async.jobsPath,
            methods: methods, example: Array(methods.prefix(1)), hasMoreEndpoints: methods.count > 1,
            hasAsynchronousEndpoints: model.endpoints.contains { $0.execution == .asynchronous },
            registrations: registrations)
    }

    func endpoint(_ endpoint: Endpoint) -> SwiftServerEndpointModel {
        let namespace = client.names.namespace(endpoint.operationID)
        let body = endpoint.body
        let wrapper = body?.wrapper
        let inputs = endpoint.inputs
        let ordered = inputs.filter(\.isRequired) + inputs.filter { !$0.isRequired }
        // Fields read from the top level of a wrapped body: the outside-wrapper ones and the tag lists.
        let topLevelNames = Set((body?.fields ?? []).filter { $0.isOutsideWrapper || ["systemTags", "userTags"].contains($0.name) }.map(\.name))
        let bodyFields = body?.fields ?? []
        let deprecation = client.deprecationMessageLiteral(endpoint)
        let wrapperLiteral = wrapper.map(SwiftLayout.stringLiteral) ?? "nil"
        // A body field's local is its label, unless the closure uses that name itself: then the label with `Field`
        // appended, as often as it takes to be a name that no other input has either.
        var takenNames = Self.closureNames.union(ordered.map { SwiftName.member(client.names.propertyName($0.name)) })
        let inputModels = ordered.enumerated().map { index, field in
            input(field, endpoint: endpoint, topLevel: topLevelNames, isLast: index == ordered.count - 1, takenNames: &takenNames)
        }
        return SwiftServerEndpointModel(
            prefix: prefix, clientModule: clientModule, needsFoundation: client.needsFoundation(inputs), namespace: namespace,
            methodName: client.names.methodName(endpoint.operationID),
            method: endpoint.method.rawValue, path: endpoint.path, execution: endpoint.execution.rawValue,
            hasDeprecation: deprecation != nil, deprecationText: client.deprecationText(endpoint) ?? "", deprecationMessageLiteral: deprecation ?? "",
            wrapper: wrapper ?? "", wrapperLiteral: wrapperLiteral, hasWrapper: wrapper != nil, hasBody: !bodyFields.isEmpty,
            inputs: inputModels, bodyInputs: inputModels.filter { !$0.isCallInput })
    }

    /// The names the endpoint's closures use, which a body field's local must not shadow.
    private static let closureNames: Set<String> = ["body", "call", "handler", "request"]

    /// Where the server reads one input of the call from.
    private func input(
        _ field: Field, endpoint: Endpoint, topLevel: Set<String>, isLast: Bool, takenNames: inout Set<String>
    ) -> SwiftServerInputModel {
        let name = SwiftLayout.stringLiteral(field.name)
        var reader = ""
        var readType = client.types.swiftType(field.type)
        var requiredInput = "bodyField"
        var requiredInputName = name
        var bodyReader = "field"
        if endpoint.pathParameters.contains(field) {
            reader = "pathParameter"
        } else if endpoint.queryParameters.contains(field) {
            requiredInput = "queryParameter"
            switch field.type {
            case .list(let element): (reader, readType) = ("queryParameters", client.types.swiftType(element))
            case .map(.list(let element)): (reader, readType) = ("queryListMap", client.types.swiftType(element))
            case .map(let element): (reader, readType) = ("queryMap", client.types.swiftType(element))
            case .opaqueObject: (reader, readType) = ("queryObject", "")
            default: reader = "queryParameter"
            }
        } else if endpoint.headers.contains(field) {
            (reader, requiredInput) = ("headerField", "headerField")
        } else if let wrapper = endpoint.body?.wrapper {
            if topLevel.contains(field.name) {
                bodyReader = "fieldBesideWrapper"
            } else {
                bodyReader = "wrappedField"
                requiredInputName = SwiftLayout.stringLiteral(wrapper + "." + field.name)
            }
        }
        let identifier = client.names.propertyName(field.name)
        let label = SwiftName.member(identifier)
        var local = identifier
        if Self.closureNames.contains(label) {
            local = label + "Field"
            while takenNames.contains(local) { local += "Field" }
            takenNames.insert(local)
        }
        return SwiftServerInputModel(
            label: label, isLast: isLast, nameLiteral: name,
            isCallInput: !reader.isEmpty, reader: reader, hasReadType: !readType.isEmpty && !reader.isEmpty, readType: readType,
            bodyReader: bodyReader, local: local,
            isRequired: field.isRequired && !endpoint.pathParameters.contains(field),
            requiredInput: requiredInput, requiredInputNameLiteral: requiredInputName)
    }

    func mockExample(_ endpoint: Endpoint) -> SwiftMockExampleModel {
        let method = client.names.methodName(endpoint.operationID)
        let documented = endpoint.examples.response.flatMap { $0.status == endpoint.response?.status ?? 200 ? $0.body : nil }
        let example = documented ?? synthesizer.reply(for: endpoint)
        let json = example.prettyText
        let hashes = Self.rawStringHashes(for: json)
        let deprecation = client.deprecationMessageLiteral(endpoint)
        return SwiftMockExampleModel(
            prefix: prefix, access: client.access, importAccess: client.importAccess, clientModule: clientModule,
            namespace: client.names.namespace(endpoint.operationID), methodName: method,
            exampleName: SwiftName.member(method) + "Example", exampleLiteralOpen: hashes + "\"\"\"", exampleLiteralClose: "\"\"\"" + hashes,
            exampleLines: json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            isDocumented: documented != nil, hasDeprecation: deprecation != nil, deprecationMessageLiteral: deprecation ?? "")
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
