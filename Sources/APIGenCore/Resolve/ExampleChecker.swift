/// Checks that examples (and field `example`/`default` values) fit the declared tree: JSON
/// types, enum values, body wrappers, path parameters.
struct ExampleChecker {
    let model: APIModel
    var diagnostics = DiagnosticCollector()
    /// Guards against a recursive type being walked forever by a deep example.
    private let depthLimit = 64

    init(model: APIModel) { self.model = model }

    mutating func check(_ decoded: DecodedEndpoint) {
        let endpoint = decoded.endpoint
        if let request = decoded.requestExample { checkRequest(request, of: endpoint) }
        if let response = decoded.responseExample { checkResponse(response, of: endpoint) }
    }

    mutating func checkValue(_ node: YAMLNode, of field: Field, keyword: String) {
        check(node, against: field.type, nullable: true, path: ValuePath(field.name, keyword: keyword), depth: 0)
    }

    // MARK: - Requests

    private mutating func checkRequest(_ node: YAMLNode, of endpoint: Endpoint) {
        guard let pairs = node.pairs else { return }
        let part = { (name: String) in pairs.first { $0.key.scalar == name } }
        checkParameters(part("path"), endpoint.pathParameters, kind: .path, endpoint: endpoint, requireAll: true, at: node)
        checkParameters(part("query"), endpoint.queryParameters, kind: .query, endpoint: endpoint, requireAll: false, at: node)
        checkParameters(part("headers"), endpoint.headers, kind: .header, endpoint: endpoint, requireAll: false, at: node)
        guard let bodyPair = part("body") else { return }
        let body = bodyPair.value
        guard let declared = endpoint.body else {
            diagnostics.append(.exampleBodyNotDeclared, at: bodyPair.key.location)
            return
        }
        guard let wrapper = declared.wrapper else {
            checkObject(body, fields: declared.fields, owner: .body, nullable: false, forRequest: true, path: ValuePath("body"), depth: 0)
            return
        }
        guard let members = body.pairs else {
            diagnostics.append(.exampleBodyNotAnObject(found: JSONExample.kind(of: body)), at: body.location)
            return
        }
        guard let wrapped = members.first(where: { $0.key.scalar == wrapper }) else {
            let inside = declared.wrappedFields.map(\.name)
            let misplaced = members.compactMap(\.key.scalar).filter(inside.contains)
            diagnostics.append(.exampleBodyMissingWrapper(wrapper, misplacedField: misplaced.first), at: body.location)
            return
        }
        let topLevel = declared.topLevelFields
        for member in members where member.key.scalar != wrapper {
            let name = member.key.scalar ?? ""
            if let field = topLevel.first(where: { $0.name == name }) {
                check(member.value, against: field.type, nullable: !field.isRequired || field.isNullable, path: ValuePath("body").member(name), depth: 1)
            } else {
                let isWrapped = declared.wrappedFields.contains { $0.name == name }
                let suggestion = isWrapped ? nil : Suggestions.closest(to: name, in: topLevel.map(\.name) + [wrapper])
                diagnostics.append(
                    .exampleFieldNotTopLevel(name, wrapper: wrapper, belongsInWrapper: isWrapped, suggestion: suggestion), at: member.key.location)
            }
        }
        checkObject(
            wrapped.value, fields: declared.wrappedFields, owner: .wrapper(wrapper), nullable: false, forRequest: true,
            path: ValuePath("body").member(wrapper), depth: 1)
    }

    private mutating func checkParameters(
        _ pair: YAMLNode.Pair?, _ declared: [Field], kind: DiagnosticMessage.ParameterKind, endpoint: Endpoint, requireAll: Bool, at request: YAMLNode
    ) {
        if let pair, pair.value.pairs == nil { return }  // reported by the decoder: not a mapping
        let given = pair?.value.pairs ?? []
        for member in given {
            guard let name = member.key.scalar else { continue }
            guard let field = declared.first(where: { $0.name == name }) else {
                let suggestion = Suggestions.closest(to: name, in: declared.map(\.name))
                diagnostics.append(
                    .exampleUnknownParameter(name, kind: kind, operationID: endpoint.operationID, suggestion: suggestion), at: member.key.location)
                continue
            }
            check(member.value, against: field.type, nullable: !field.isRequired || field.isNullable, path: ValuePath(name), depth: 0)
        }
        guard requireAll else { return }
        for field in declared where !given.contains(where: { $0.key.scalar == field.name }) {
            diagnostics.append(.exampleMissingParameter(field.name, kind: kind), at: pair?.value.location ?? request.location)
        }
    }

    // MARK: - Responses

    private mutating func checkResponse(_ node: YAMLNode, of endpoint: Endpoint) {
        guard let pairs = node.pairs else { return }
        let statusNode = pairs.first { $0.key.scalar == "status" }?.value
        let status = statusNode?.scalar.flatMap { Int($0) } ?? 200
        let body = pairs.first { $0.key.scalar == "body" }?.value
        let settings = model.settings
        let success = endpoint.response?.status ?? 200
        if status == success {
            guard let body else { return }
            checkObject(
                body, fields: endpoint.response?.fields ?? [], owner: .response, nullable: true, forRequest: false, path: ValuePath("body"), depth: 0)
        } else if settings.errors.statuses.contains(status) {
            guard let body else { return }
            let errorField = Field(name: settings.errors.field, type: .named(settings.errors.type), typeSpelling: settings.errors.type, origin: Origin(node.location))
            checkObject(body, fields: [errorField], owner: .errorReply, nullable: true, forRequest: false, path: ValuePath("body"), depth: 0)
        } else if endpoint.execution == .asynchronous && status == settings.async.acceptedStatus {
            guard let body else { return }
            let location = Field(name: settings.async.locationField, type: .string, typeSpelling: "String", origin: Origin(node.location))
            checkObject(body, fields: [location], owner: .acceptedReply, nullable: false, forRequest: false, path: ValuePath("body"), depth: 0)
        } else {
            diagnostics.append(
                .exampleUnexpectedStatus(status, documented: success, errorStatuses: settings.errors.statuses),
                at: statusNode?.location ?? node.location)
        }
    }

    // MARK: - Values

    private mutating func checkObject(
        _ node: YAMLNode, fields: [Field], owner: DiagnosticMessage.ExampleOwner, nullable: Bool, forRequest: Bool, path: ValuePath, depth: Int
    ) {
        let kind = JSONExample.kind(of: node)
        if kind == .null && nullable { return }
        guard let members = node.pairs else {
            diagnostics.append(.exampleNotAnObject(path, found: kind), at: node.location)
            return
        }
        for member in members {
            guard let name = member.key.scalar else {
                diagnostics.append(.exampleKeyNotText, at: member.key.location)
                continue
            }
            guard let field = fields.first(where: { $0.name == name }) else {
                let suggestion = Suggestions.closest(to: name, in: fields.map(\.name))
                diagnostics.append(.exampleUnknownField(name, owner: owner, suggestion: suggestion), at: member.key.location)
                continue
            }
            // Replies may carry null anywhere (Required is a badge); requests only where allowed.
            let allowsNull = !forRequest || !field.isRequired || field.isNullable
            check(member.value, against: field.type, nullable: allowsNull, path: path.member(name), depth: depth + 1, forRequest: forRequest)
        }
    }

    private mutating func check(
        _ node: YAMLNode, against type: TypeReference, nullable: Bool, path: ValuePath, depth: Int, forRequest: Bool = false
    ) {
        guard depth < depthLimit else {
            diagnostics.append(.exampleTooDeep(path, limit: depthLimit), at: node.location)
            return
        }
        let kind = JSONExample.kind(of: node)
        if kind == .null {
            if nullable || type == .json { return }
            diagnostics.append(.exampleNullNotAllowed(path), at: node.location)
            return
        }
        func expect(_ expected: JSONExample.Kind..., as description: DiagnosticMessage.ExpectedValue? = nil) {
            if !expected.contains(kind) {
                diagnostics.append(
                    .exampleWrongType(path, expected: description ?? .kinds(expected), type: type.spelling, found: kind, text: node.scalar),
                    at: node.location)
            }
        }
        switch type {
        case .string: expect(.string)
        case .boolean: expect(.boolean)
        case .integer, .long:
            expect(.number, as: .wholeNumber)
            if kind == .number, let text = node.scalar, !JSONExample.isInteger(text) {
                diagnostics.append(.exampleNotWholeNumber(path, type: type.spelling, text: text), at: node.location)
            }
        case .float, .double: expect(.number)
        case .timestamp: expect(.string, .number, as: .timestamp)
        case .opaqueObject: expect(.object)
        case .json: break
        case .list(let element):
            expect(.array)
            for item in node.items ?? [] {
                check(item, against: element, nullable: !forRequest, path: path.element, depth: depth + 1, forRequest: forRequest)
            }
        case .map(let value):
            expect(.object)
            for pair in node.pairs ?? [] {
                check(pair.value, against: value, nullable: true, path: path.member(pair.key.scalar ?? ""), depth: depth + 1, forRequest: forRequest)
            }
        case .named(let name):
            guard let named = model.type(named: name) else { return }  // reported as an unknown type
            switch named.kind {
            case .object(let fields):
                checkObject(node, fields: fields, owner: .type(name), nullable: nullable, forRequest: forRequest, path: path, depth: depth)
            case .enumeration(let values):
                guard kind == .string, let text = node.scalar else {
                    diagnostics.append(.exampleEnumNotString(path, enum: name, found: kind, text: node.scalar), at: node.location)
                    return
                }
                let wire = values.map(\.value)
                if !wire.contains(text) {
                    diagnostics.append(
                        .exampleNotEnumValue(path, value: text, enum: name, suggestion: Suggestions.closest(to: text, in: wire)), at: node.location)
                }
            }
        }
    }
}
