/// What `api.queries` adds to a client: the paging methods of the endpoints that follow it (every
/// matching item as an `AsyncSequence`, with or without typed conditions), and `QueryFields` on the
/// types they return.
extension SwiftClientModelBuilder {
    /// The object types that the endpoints following `api.queries` return a list of.
    static func queriedTypes(in model: APIModel) -> Set<String> {
        guard let queries = model.settings.queries else { return [] }
        return Set(model.endpoints.compactMap { endpoint -> String? in
            guard QueryConventionChecker.follows(endpoint, queries),
                case .list(.named(let name)) = endpoint.response?.fields.first(where: { $0.name == queries.items })?.type,
                case .object = model.type(named: name)?.kind
            else { return nil }
            return name
        })
    }

    /// The fields of a queried type that a condition can compare: strings, numbers, Booleans and enums.
    /// (Timestamps, lists and objects are left out: their conditions' text is not settled.)
    func queryFields(of type: NamedType) -> [SwiftQueryFieldModel] {
        let comparable = type.fields.filter { field in
            switch field.type {
            case .string, .boolean, .integer, .long, .float, .double: true
            case .named(let name): model.type(named: name).map { !$0.values.isEmpty } ?? false
            default: false
            }
        }
        return comparable.enumerated().map { index, field in
            SwiftQueryFieldModel(
                propertyName: names.propertyName(field.name), docLines: SwiftLayout.docLines([fieldDoc(field).first ?? field.name], indent: 8),
                valueType: types.swiftType(field.type), wireNameLiteral: SwiftLayout.stringLiteral(field.name),
                isLast: index == comparable.count - 1)
        }
    }

    /// The paging helper of an endpoint that follows `api.queries`, or none.
    func paging(
        _ endpoint: Endpoint, inputs: [Field], request: SwiftStructBodyModel, response: SwiftStructBodyModel, namespace: String, method: String
    ) -> [SwiftPagingModel] {
        guard let queries = model.settings.queries, QueryConventionChecker.follows(endpoint, queries),
            let itemsIndex = endpoint.response?.fields.firstIndex(where: { $0.name == queries.items }),
            case .list(let element) = endpoint.response?.fields[itemsIndex].type
        else { return [] }
        let arguments = zip(inputs, request.properties).enumerated().map { index, pair in
            let (field, property) = pair
            let value: String
            switch field.name {
            case queries.limit: value = field.type == .long ? "Int64(limit)" : "limit"
            case queries.start: value = field.type == .long ? "Int64(start)" : "start"
            case queries.count: value = field.isRequired ? "withTotal" : "withTotal ? true : nil"
            case queries.conditions:
                value = "\(prefix)QueryCondition.parameter(request.\(property.member), conditions)" + (field.isRequired ? " ?? []" : "")
            default: value = "request." + property.member
            }
            return SwiftCallArgumentModel(label: property.label, value: value, isLast: index == inputs.count - 1)
        }
        let items = response.properties[itemsIndex]
        let total = queries.total.flatMap { name in response.properties.first { $0.wireNameLiteral == SwiftLayout.stringLiteral(name) } }
        let itemsMethod = QueryConventionChecker.pagingMethodName(endpoint.operationID)
        let doc = [
            "Every item that \(docs.text(endpoint.title) ?? endpoint.operationID) finds for `request`, fetched `pageSize` at a time as the sequence is read.",
            "Each page is one ``\(method)(_:\(endpoint.execution == .asynchronous ? "polling:" : ""))`` call with the request's inputs and its own `\(queries.limit)` and `\(queries.start)`"
                + (queries.count.map { " (and, on the first page, `\($0)`)" } ?? "")
                + "; the sequence ends after the last matching item"
                + (queries.total.map { " (the reply's `\($0)`)" } ?? "")
                + " or at a short page. Cancelling the task that reads it stops the fetching.",
        ]
        let parameters = [
            (name: "request", text: "The inputs of every call; its `\(queries.limit)` and `\(queries.start)` are replaced."),
            (name: "pageSize", text: "How many items each call asks for (at least 1)."),
        ]
        let docLines = SwiftLayout.docLines(doc, indent: 4) + [""] + SwiftLayout.parameterDocLines(parameters, indent: 4)
            + SwiftLayout.hangingItem(
                prefix: "- Returns: ", text: "The matching items in the server's order, with `count()` and `first()` for one call each.",
                indent: 4, itemIndent: 0)
        let hasQueryFields = element.namedType.map(queriedTypes.contains) ?? false
        let itemType = types.swiftType(element)
        let firstField = element.namedType.flatMap { model.type(named: $0) }.flatMap { type in
            type.fields.first { [.string, .boolean, .integer, .long, .float, .double].contains($0.type) }
        }
        let example = "for try await item in client.\(itemsMethod)(where: { [$0.\(firstField.map { names.propertyName($0.name) } ?? "field") == value] }) {"
        let conditionsDoc = SwiftLayout.docLines(
            [
                "Every item that \(docs.text(endpoint.title) ?? endpoint.operationID) finds for `request` and `conditions`, fetched `pageSize` at a time as the sequence is read: "
                    + "as ``\(itemsMethod)(_:pageSize:)``, with typed conditions after the request's own.",
            ], indent: 4)
            + ["", " ```swift", " " + example, "     ...", " }", " ```", ""]
            + SwiftLayout.parameterDocLines(
                parameters + [(name: "conditions", text: "The conditions, built from the fields of ``\(itemType)/QueryFields``.")], indent: 4)
            + SwiftLayout.hangingItem(
                prefix: "- Returns: ",
                text: "The matching items; reading them throws ``\(prefix)QueryConditionError`` before any call when the server would misread a condition.",
                indent: 4, itemIndent: 0)
        return [
            SwiftPagingModel(
                itemsMethodName: itemsMethod, docLines: docLines, itemType: itemType,
                requestDefault: request.properties.allSatisfy(\.isOptionalParameter) ? " = \(namespace).Request()" : "",
                arguments: arguments,
                itemsExpression: "reply." + items.member + (items.optionalMark.isEmpty ? "" : " ?? []"),
                totalExpression: total.map { "reply." + $0.member + ".map { Int($0) }" } ?? "nil",
                hasQueryFields: hasQueryFields, conditionsDocLines: hasQueryFields ? conditionsDoc : [])
        ]
    }
}
