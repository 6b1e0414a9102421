extension SwiftClientModelBuilder {
    func endpointFile(_ endpoint: Endpoint) -> SwiftEndpointFileModel {
        let namespace = names.namespace(endpoint.operationID)
        let method = names.methodName(endpoint.operationID)
        let body = endpoint.body
        // Required inputs first, in documentation order; then the optional ones.
        let inputs = endpoint.inputs
        let ordered = inputs.filter(\.isRequired) + inputs.filter { !$0.isRequired }
        let request = recordBody(ordered, typeName: "Request", indent: 8, allOptional: false, isHashable: false)
        let responseFields = endpoint.response?.fields ?? []
        let response = recordBody(responseFields, typeName: "Response", indent: 8, allOptional: true, isHashable: false)

        let summary = summaryParagraphs(endpoint)
        let asyncNote = endpoint.execution == .asynchronous ? " The method returns when the server's job has finished." : ""
        var headline = summary
        headline[summary.count - 1] += asyncNote
        let returns = docs.text(endpoint.response?.description ?? .empty) ?? "The reply's fields."
        let requestOwner = sharedRequests[endpoint.operationID].map(names.namespace)
        let responseOwner = sharedResponses[endpoint.operationID].map(names.namespace)
        let genericReply = genericReplies.uses[endpoint.operationID]
        let responseAlias = genericReply?.typeExpression ?? responseOwner.map { $0 + ".Response" }
        var responseDoc = [returns]
        if let responseOwner { responseDoc.append("The same type as ``\(responseOwner)/Response``: the replies have the same fields.") }
        if let genericReply {
            let arguments = genericReply.arguments.map { "``\($0)``" }
            let of = arguments.count == 1 ? arguments[0] : arguments.dropLast().joined(separator: ", ") + " and " + (arguments.last ?? "")
            responseDoc.append(
                (genericReply.reply.first.map { "AEIOU".contains($0) } == true ? "An" : "A")
                    + " ``\(genericReply.reply)`` of \(of): the replies that differ only in "
                    + (arguments.count == 1 ? "that type" : "those types") + " share one generic type.")
        }
        let ownTextLines = (genericReply?.ownTexts ?? []).flatMap { field, text in
            SwiftLayout.hangingItem(prefix: "- `\(field)`: ", text: text, indent: 4, itemIndent: 0)
        }
        let pollingDoc = (name: "polling", text: "How to wait for the job; `nil` uses the client's configuration.")
        let pollingDocs = endpoint.execution == .asynchronous ? [pollingDoc] : []
        let parameterDocs = zip(ordered, request.properties).map { field, property in
            (name: SwiftName.member(property.name), text: fieldDoc(field).first ?? field.name)
        } + pollingDocs
        // Both methods share the headline and the Returns and Throws items: laid out once.
        let headlineDoc = SwiftLayout.docLines(headline + sinceParagraph(endpoint), indent: 4)
        let outcomeDoc = SwiftLayout.hangingItem(prefix: "- Returns: ", text: returns, indent: 4, itemIndent: 0)
            + (endpoint.execution == .asynchronous ? throwsDocLines.asynchronous : throwsDocLines.synchronous)
        let trailer = { (parameters: [(name: String, text: String)]) -> [DocLine] in
            [""] + SwiftLayout.parameterDocLines(parameters, indent: 4) + outcomeDoc
        }
        let requestParameters = [(name: "request", text: "The inputs of the call.")] + pollingDocs
        let methodDoc = headlineDoc + trailer(parameterDocs)
        let requestMethodDoc = headlineDoc + trailer(requestParameters)

        let bodyModel = requestBody(endpoint, namespace: namespace)
        let builderInputs = endpoint.pathParameters.map { builderInput($0, method: "setPathParameter", valueLabel: "to", isOptional: false) }
            + endpoint.queryParameters.map { builderInput($0, method: "appendQueryItem", valueLabel: "value", isOptional: !$0.isRequired) }
            + endpoint.headers.map { builderInput($0, method: "setHeaderField", nameLabel: "named", valueLabel: "value", isOptional: !$0.isRequired) }

        let paging = paging(endpoint, inputs: ordered, request: request, response: response, namespace: namespace, method: method)
        let deprecation = deprecationMessageLiteral(endpoint)
        // Foundation's `Date` appears in the public Request and Response; HTTPTypes only inside.
        return SwiftEndpointFileModel(
            access: access, importAccess: importAccess, prefix: prefix,
            coreImports: coreImports(publicUse: true, internalUse: true, module: split?.module(of: endpoint) ?? ""), importsFoundation: needsFoundation(inputs + (responseAlias == nil ? responseFields : [])),
            namespace: namespace,
            docLines: SwiftLayout.docLines(summary + categoryParagraph(endpoint) + sinceParagraph(endpoint), indent: 0),
            operationIDLiteral: SwiftLayout.stringLiteral(endpoint.operationID), httpMethod: "." + endpoint.method.rawValue.lowercased(),
            pathLiteral: SwiftLayout.stringLiteral(endpoint.path), requiresAuthorization: endpoint.auth == .required,
            isAsynchronous: endpoint.execution == .asynchronous, deprecationMessageLiteral: deprecation ?? "", hasDeprecation: deprecation != nil,
            request: request,
            requestOwner: requestOwner ?? "", hasRequestAlias: requestOwner != nil,
            body: bodyModel, hasBody: body != nil, response: response,
            responseDocLines: SwiftLayout.docLines(responseDoc, indent: 4) + (ownTextLines.isEmpty ? [] : [""] + ownTextLines),
            responseAlias: responseAlias ?? "", hasResponseAlias: responseAlias != nil, methodName: method,
            hasFlattenedMethod: options.writesFlattenedMethods,
            requestDefault: !options.writesFlattenedMethods && request.properties.allSatisfy(\.isOptionalParameter)
                ? " = \(namespace).Request()" : "",
            methodDocLines: methodDoc, requestMethodDocLines: requestMethodDoc,
            builderInputs: builderInputs,
            paging: paging, hasPaging: !paging.isEmpty,
            sessionOpening: sessionOpening(endpoint, method: method), sessionClosing: sessionClosing(endpoint, inputs: ordered, request: request))
    }

    /// "Deprecated since 5.0. Use X instead.", or nil for an endpoint that is not deprecated.
    func deprecationText(_ endpoint: Endpoint) -> String? {
        endpoint.deprecation.map { deprecation in
            let since = deprecation.since.map { "Deprecated since \($0)." } ?? "Deprecated."
            return docs.text(deprecation.message).map { "\(since) \($0)" } ?? since
        }
    }

    /// The deprecation message as a string literal, or nil for an endpoint that is not deprecated.
    func deprecationMessageLiteral(_ endpoint: Endpoint) -> String? {
        deprecationText(endpoint).map(SwiftLayout.stringLiteral)
    }

    /// Title, description and the line that says how the endpoint is called.
    func summaryParagraphs(_ endpoint: Endpoint) -> [String] {
        var paragraphs = [docs.text(endpoint.title) ?? endpoint.operationID]
        if let description = docs.text(endpoint.description) { paragraphs.append(description) }
        let auth = endpoint.auth == .required ? "authorization required" : "no authorization"
        paragraphs.append("`\(endpoint.method.rawValue) \(endpoint.path)`, \(endpoint.execution.rawValue), \(auth).")
        return paragraphs
    }

    private func categoryParagraph(_ endpoint: Endpoint) -> [String] {
        endpoint.category.isEmpty ? [] : ["Category: " + endpoint.category.joined(separator: " › ")]
    }

    func sinceParagraph(_ endpoint: Endpoint) -> [String] {
        var lines: [String] = []
        if let since = endpoint.since { lines.append("- Since: \(since)") }
        if let deprecation = endpoint.deprecation {
            let message = docs.text(deprecation.message).map { " \($0)" } ?? ""
            lines.append("- Important: Deprecated\(deprecation.since.map { " since \($0)" } ?? "").\(message)")
        }
        return lines.isEmpty ? [] : [lines.joined(separator: "\n")]
    }

    private func requestBody(_ endpoint: Endpoint, namespace: String) -> SwiftRequestBodyModel {
        let body = endpoint.body ?? Endpoint.Body(wrapper: nil, fields: [])
        func field(_ field: Field) -> SwiftBodyFieldModel {
            SwiftBodyFieldModel(
                member: SwiftName.member(names.propertyName(field.name)), wireNameLiteral: SwiftLayout.stringLiteral(field.name))
        }
        if let wrapper = body.wrapper {
            return SwiftRequestBodyModel(
                isEmpty: false, hasWrapper: true, topLevel: body.topLevelFields.map(field), wrapped: body.wrappedFields.map(field),
                hasWrappedFields: !body.wrappedFields.isEmpty, wrapperKeyLiteral: SwiftLayout.stringLiteral(wrapper))
        }
        return SwiftRequestBodyModel(
            isEmpty: body.fields.isEmpty, hasWrapper: false, topLevel: body.fields.map(field), wrapped: [],
            hasWrappedFields: false, wrapperKeyLiteral: "")
    }

    /// How `field` is set on the request builder: a scalar through `method`, whose arguments are labelled
    /// `nameLabel` and `valueLabel`; a query list, map or object through the builder's methods for them.
    /// Validation admits only the types handled here.
    private func builderInput(_ field: Field, method: String, nameLabel: String = "", valueLabel: String, isOptional: Bool)
        -> SwiftBuilderInputModel
    {
        var shape = SwiftBuilderInputModel.Shape.scalar
        var element = field.type
        switch field.type {
        case .list(let inner): (shape, element) = (.list, inner)
        case .map(.list(let inner)): (shape, element) = (.listMap, inner)
        case .map(let inner): (shape, element) = (.scalarMap, inner)
        case .opaqueObject: shape = .object
        default: break
        }
        return SwiftBuilderInputModel(
            method: method, hasNameLabel: !nameLabel.isEmpty, nameLabel: nameLabel, valueLabel: valueLabel,
            nameLiteral: SwiftLayout.stringLiteral(field.name), member: SwiftName.member(names.propertyName(field.name)),
            isOptional: isOptional, isScalar: shape == .scalar, isList: shape == .list, isListMap: shape == .listMap,
            isScalarMap: shape == .scalarMap, isObject: shape == .object, conversion: textConversion(element))
    }

    /// How a scalar of `type` is spelt as the text a URL or header carries: timestamps in the API's format, enum
    /// values as their raw values.
    private func textConversion(_ type: TypeReference) -> SwiftTextConversionModel {
        switch type {
        case .string: SwiftTextConversionModel(isText: true, isRawValue: false, isTimestamp: false, isDescribed: false)
        case .timestamp: SwiftTextConversionModel(isText: false, isRawValue: false, isTimestamp: true, isDescribed: false)
        case .named(let name) where isEnumeration(name):
            SwiftTextConversionModel(isText: false, isRawValue: true, isTimestamp: false, isDescribed: false)
        default: SwiftTextConversionModel(isText: false, isRawValue: false, isTimestamp: false, isDescribed: true)
        }
    }

    private func isEnumeration(_ name: String) -> Bool {
        model.type(named: name)?.values.isEmpty == false
    }
}

extension SwiftClientModelBuilder {
    /// The `- Throws:` doc lines of an endpoint method, which depend only on the client's prefix
    /// and on whether the endpoint runs asynchronously: laid out once per builder.
    static func throwsDocLines(prefix: String) -> (synchronous: [DocLine], asynchronous: [DocLine]) {
        let synchronous = "``\(prefix)APIError`` when the server reports a failure, ``\(prefix)ClientError`` when the call cannot be made or the reply is not one the API allows, or the transport's error."
        let asynchronous = "``\(prefix)APIError`` when the server reports a failure, ``\(prefix)ClientError`` when the call cannot be made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's error, or `CancellationError` when the task is cancelled."
        return (
            SwiftLayout.hangingItem(prefix: "- Throws: ", text: synchronous, indent: 4, itemIndent: 0),
            SwiftLayout.hangingItem(prefix: "- Throws: ", text: asynchronous, indent: 4, itemIndent: 0))
    }
}
