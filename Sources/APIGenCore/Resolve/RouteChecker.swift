/// Finds endpoints that a server cannot tell apart.
///
/// Endpoints share a route when their method and their path agree once placeholder names are
/// removed (`/volumes/{uuid}/actions` and `/volumes/{volumeUuid}/actions`). A server picks among
/// them by the body's top-level key, the wrapper, and takes the one without a wrapper when no
/// wrapper matches; so two endpoints of one route with the same wrapper, or both without one,
/// clash, and so does a top-level body field named like another endpoint's wrapper.
struct RouteChecker {
    var diagnostics = DiagnosticCollector()

    mutating func check(_ endpoints: [DecodedEndpoint]) {
        checkDistinct(endpoints)
        checkTopLevelKeys(endpoints)
    }

    /// Two endpoints of one route with the same wrapper, or both without one.
    private mutating func checkDistinct(_ endpoints: [DecodedEndpoint]) {
        var firstByKey: [String: DecodedEndpoint] = [:]
        for decoded in endpoints {
            let endpoint = decoded.endpoint
            let wrapper = endpoint.body?.wrapper
            let key = "\(endpoint.method.rawValue) \(Self.shape(of: endpoint.path)) \(wrapper.map { "wrapper " + $0 } ?? "no wrapper")"
            guard let first = firstByKey[key] else {
                firstByKey[key] = decoded
                continue
            }
            let other = first.endpoint
            diagnostics.append(
                .indistinguishableEndpoints(
                    operationID: endpoint.operationID, method: endpoint.method, path: endpoint.path,
                    other: other.operationID, otherMethod: other.method, otherPath: other.path, sharedWrapper: wrapper),
                at: decoded.pathLocation,
                notes: [Diagnostic(.declaredHere(other.operationID), at: first.pathLocation)])
        }
    }

    /// A body's top-level key that is another endpoint's wrapper on the same route would send that
    /// endpoint's calls to the other one: the server picks the endpoint whose wrapper the body has.
    private mutating func checkTopLevelKeys(_ endpoints: [DecodedEndpoint]) {
        var routes: [String: [DecodedEndpoint]] = [:]
        for decoded in endpoints {
            routes["\(decoded.endpoint.method.rawValue) \(Self.shape(of: decoded.endpoint.path))", default: []].append(decoded)
        }
        for decoded in endpoints {
            let endpoint = decoded.endpoint
            guard let body = endpoint.body else { continue }
            let topLevel = body.wrapper == nil ? body.fields : body.topLevelFields
            let route = routes["\(endpoint.method.rawValue) \(Self.shape(of: endpoint.path))"] ?? []
            for field in topLevel {
                guard let other = route.first(where: { $0.endpoint.operationID != endpoint.operationID && $0.endpoint.body?.wrapper == field.name })
                else { continue }
                diagnostics.append(
                    .bodyFieldReadsAsWrapper(
                        field: field.name, operationID: endpoint.operationID, other: other.endpoint.operationID,
                        method: endpoint.method, path: endpoint.path),
                    at: field.origin.location,
                    notes: [Diagnostic(.wrapsBodyHere(operationID: other.endpoint.operationID, wrapper: field.name), at: other.pathLocation)])
            }
        }
    }

    /// The path with every placeholder's name removed: `/volumes/{}/actions`.
    static func shape(of path: String) -> String {
        PathTemplate(path).segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .placeholder: "{}"
            }
        }.joined()
    }
}
