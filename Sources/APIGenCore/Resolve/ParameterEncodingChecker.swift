/// Rejects path parameters, query parameters and headers whose type has no text form on the wire.
///
/// The encodings, as ZStack's Java SDK sends them and its REST server reads them:
/// - a path parameter or a header is one scalar: a string, number, boolean, timestamp (in the
///   API's timestamp format) or enum value;
/// - a query parameter is a scalar; a `List` of scalars repeats its name (`q=a&q=b`); a
///   `Map<String, T>` of scalars, or of lists of them, and a `LinkedHashMap` send one item per
///   entry, `name.key=value` (repeated for each element of a list).
///
/// Anything else (`JSON`, objects, nested lists, maps of objects) belongs in the body.
struct ParameterEncodingChecker {
    let model: APIModel
    var diagnostics = DiagnosticCollector()

    init(model: APIModel) { self.model = model }

    mutating func check() {
        for endpoint in model.endpoints {
            for field in endpoint.pathParameters where !isScalar(field.type) {
                reject(field, as: .path)
            }
            for field in endpoint.headers where !isScalar(field.type) {
                reject(field, as: .header)
            }
            for field in endpoint.queryParameters where !fitsQuery(field.type) {
                reject(field, as: .query)
            }
            for map in endpoint.queryParameters where isMap(map.type) {
                for other in endpoint.queryParameters where other.name.hasPrefix(map.name + ".") {
                    diagnostics.append(
                        .queryParameterReadsAsMapEntry(other.name, map: map.name),
                        at: other.origin.location, notes: [Diagnostic(.declaredHere(map.name), at: map.origin.location)])
                }
            }
        }
    }

    private mutating func reject(_ field: Field, as kind: DiagnosticMessage.ParameterKind) {
        // A type that does not parse is reported where it is written, and typed as anything meanwhile.
        guard case .success = TypeExpressionParser.parse(field.typeSpelling) else { return }
        diagnostics.append(.parameterNotEncodable(field.name, type: field.typeSpelling, as: kind), at: field.origin.location)
    }

    private func isScalar(_ type: TypeReference) -> Bool {
        switch type {
        case .string, .boolean, .integer, .long, .float, .double, .timestamp: true
        case .named(let name): model.type(named: name).map { !$0.values.isEmpty } ?? true  // unknown types are reported elsewhere
        case .opaqueObject, .json, .list, .map: false
        }
    }

    private func isMap(_ type: TypeReference) -> Bool {
        switch type {
        case .opaqueObject, .map: true
        default: false
        }
    }

    private func fitsQuery(_ type: TypeReference) -> Bool {
        switch type {
        case .opaqueObject: true
        case .list(let element): isScalar(element)
        case .map(.list(let element)): isScalar(element)
        case .map(let value): isScalar(value)
        default: isScalar(type)
        }
    }
}
