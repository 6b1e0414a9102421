/// What `api.queries` adds to a client: the paging methods of the endpoints that follow it (every
/// matching item as an `AsyncSequence`, with or without typed conditions), and `QueryFields` on the
/// types they return.
extension SwiftClientModelBuilder {
    /// The object types that get `QueryFields`: those that the endpoints following `api.queries` return a
    /// list of, and the object types their fields lead to (`vmNics.ip`) that have a field to compare.
    static func queriedTypes(in model: APIModel) -> Set<String> {
        guard let queries = model.settings.queries else { return [] }
        let roots = model.endpoints.compactMap { endpoint -> String? in
            guard QueryConventionChecker.follows(endpoint, queries),
                case .list(.named(let name)) = endpoint.response?.fields.first(where: { $0.name == queries.items })?.type,
                case .object = model.type(named: name)?.kind,
                model.type(named: name)?.fields.contains(where: { comparable($0.type, in: model) }) == true
            else { return nil }
            return name
        }
        var queried = Set(roots)
        var pending = roots
        while let name = pending.popLast() {
            for field in model.type(named: name)?.fields ?? [] {
                guard let nested = nestedObject(field.type, in: model), !queried.contains(nested),
                    model.type(named: nested)?.fields.contains(where: { comparable($0.type, in: model) }) == true
                else { continue }
                queried.insert(nested)
                pending.append(nested)
            }
        }
        return queried
    }

    /// Whether a condition can compare a field of this type: strings, numbers, Booleans, timestamps, enums.
    private static func comparable(_ type: TypeReference, in model: APIModel) -> Bool {
        switch type {
        case .string, .boolean, .integer, .long, .float, .double, .timestamp: true
        case .named(let name): model.type(named: name).map { !$0.values.isEmpty } ?? false
        default: false
        }
    }

    /// The object type whose fields a condition reaches through this field (`vmNics.ip`): an object or a list of them.
    private static func nestedObject(_ type: TypeReference, in model: APIModel) -> String? {
        switch type {
        case .named(let name), .list(.named(let name)):
            if case .object = model.type(named: name)?.kind { name } else { nil }
        default: nil
        }
    }

    /// The fields of a queried type that a condition can compare, and those that lead to another queried type.
    /// (Lists of values and maps are left out: ZStack cannot compare them.)
    func queryFields(of type: NamedType) -> (fields: [SwiftQueryFieldModel], pathMember: String, firstComparable: String) {
        let kept = type.fields.filter { field in
            Self.comparable(field.type, in: model) || Self.nestedObject(field.type, in: model).map(queriedTypes.contains) == true
        }
        let properties = kept.map { names.propertyName($0.name) }
        // The stored path from the queried type, named apart from every field.
        var pathMember = "pathFromRoot"
        while properties.contains(pathMember) { pathMember += "_" }
        let models = zip(kept, properties).enumerated().map { index, pair in
            let (field, property) = pair
            let wireName = SwiftLayout.stringLiteral(field.name)
            let typeExpression: String
            let valueExpression: String
            var doc = fieldDoc(field).first ?? field.name
            if let nested = Self.nestedObject(field.type, in: model) {
                let nestedType = names.typeName(nested)
                typeExpression = "\(nestedType).QueryFields<Root>"
                valueExpression = "\(nestedType).QueryFields(path: \(pathMember).appending(\(wireName)))"
                doc += (doc.last.map { ".!?。".contains($0) } == true ? "" : ".")
                doc += field.type == .named(nested)
                    ? " Its fields are compared as `\(field.name).<field>`."
                    : " Its fields are compared as `\(field.name).<field>`: an item matches when one of its `\(field.name)` does."
            } else {
                typeExpression = "\(prefix)QueryField<Root, \(field.type == .timestamp ? "Date" : types.swiftType(field.type))>"
                valueExpression = "\(prefix)QueryField(\(pathMember), \(wireName))"
            }
            return SwiftQueryFieldModel(
                propertyName: property, docLines: SwiftLayout.docLines([doc], indent: 8),
                typeExpression: typeExpression, valueExpression: valueExpression, isLast: index == kept.count - 1)
        }
        let firstComparable = zip(kept, properties).first { Self.comparable($0.0.type, in: model) }?.1 ?? ""
        return (models, pathMember, firstComparable)
    }

    /// The paging helper of an endpoint that follows `api.queries`, or none.
    func paging(
        _ endpoint: Endpoint, inputs: [Field], request: SwiftRecordBodyModel, response: SwiftRecordBodyModel, namespace: String, method: String
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
            case queries.sort: value = "sort ?? request." + property.member
            case queries.fields: value = "fields ?? request." + property.member
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
                parameters
                    + (queries.sort.map { sort in
                        [(name: "order", text: "The field whose values order the items, `.ascending` or `.descending`, in place of the request's `\(sort)`.")]
                    } ?? [])
                    + (queries.fields.map { fields in
                        [(name: "selection", text: "The fields each item carries (the others are `nil`), in place of the request's `\(fields)`.")]
                    } ?? [])
                    + [(name: "conditions", text: "The conditions, built from the fields of ``\(itemType)/QueryFields``.")], indent: 4)
            + SwiftLayout.hangingItem(
                prefix: "- Returns: ",
                text: "The matching items; reading them throws ``\(prefix)QueryConditionError`` before any call when the server would misread a condition.",
                indent: 4, itemIndent: 0)
        let requestMethod = "``\(prefix)Client/\(method)(_:\(endpoint.execution == .asynchronous ? "polling:" : ""))``"
        let callDoc = SwiftLayout.docLines(
            ["The HTTP call that sends `request`: \(requestMethod) sends it, and so does each page of ``\(prefix)Client/\(itemsMethod)(_:pageSize:)``."],
            indent: 4)
            + [""] + SwiftLayout.parameterDocLines([(name: "request", text: "The inputs of the call.")], indent: 4)
            + SwiftLayout.hangingItem(prefix: "- Returns: ", text: "The call, ready to send.", indent: 4, itemIndent: 0)
        return [
            SwiftPagingModel(
                itemsMethodName: itemsMethod, docLines: docLines, itemType: itemType,
                requestDefault: request.properties.allSatisfy(\.isOptionalParameter) ? " = \(namespace).Request()" : "",
                arguments: arguments,
                itemsExpression: "reply." + items.member + (items.optionalMark.isEmpty ? "" : " ?? []"),
                totalExpression: total.map { "Self.pageTotal(reply." + $0.member + ")" } ?? "nil",
                hasQueryFields: hasQueryFields, hasSort: queries.sort != nil, hasFields: queries.fields != nil, conditionsDocLines: hasQueryFields ? conditionsDoc : [],
                callDocLines: callDoc)
        ]
    }
}
