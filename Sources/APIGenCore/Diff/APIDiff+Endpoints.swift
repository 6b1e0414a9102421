extension APIDiff {
    /// Endpoints added, removed and renamed, and what changed in the endpoints of both versions.
    func endpointChanges() -> [APIChange] {
        let oldByID = Dictionary(old.endpoints.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.endpoints.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        var removed = old.endpoints.filter { newByID[$0.operationID] == nil }
        var added = new.endpoints.filter { oldByID[$0.operationID] == nil }
        var pairs = new.endpoints.compactMap { endpoint in oldByID[endpoint.operationID].map { ($0, endpoint) } }

        // An endpoint whose operation id changed but whose method, path shape and wrapper did not is the same
        // call on the wire under a new name.
        var renamed: [(Endpoint, Endpoint)] = []
        for endpoint in added {
            guard let index = removed.firstIndex(where: { Self.route($0) == Self.route(endpoint) }) else { continue }
            renamed.append((removed.remove(at: index), endpoint))
        }
        added.removeAll { endpoint in renamed.contains { $0.1.operationID == endpoint.operationID } }
        pairs += renamed

        var changes: [APIChange] = []
        for endpoint in added {
            changes.append(APIChange(
                kind: "endpoint-added", subject: endpoint.operationID,
                message: "new endpoint `\(endpoint.method.rawValue) \(endpoint.path)`",
                wire: .compatible, wireReason: "old clients do not call it",
                source: .additive, sourceReason: "a new endpoint type and client method",
                location: endpoint.origin.location, category: endpoint.category))
        }
        for endpoint in removed {
            changes.append(APIChange(
                kind: "endpoint-removed", subject: endpoint.operationID,
                message: "endpoint `\(endpoint.method.rawValue) \(endpoint.path)` is removed",
                wire: .breaking, wireReason: "old clients' calls to it fail",
                source: .breaking, sourceReason: "its endpoint type and client method are gone",
                location: endpoint.origin.location, category: endpoint.category))
        }
        for (before, after) in pairs {
            changes += endpointChanges(before, after)
        }
        return changes
    }

    /// What tells an endpoint apart on the wire: method, path with its placeholders unnamed, and body wrapper.
    static func route(_ endpoint: Endpoint) -> String {
        "\(endpoint.method.rawValue) \(RouteChecker.shape(of: endpoint.path)) \(endpoint.body?.wrapper ?? "")"
    }

    private func endpointChanges(_ before: Endpoint, _ after: Endpoint) -> [APIChange] {
        var changes: [APIChange] = []
        func change(
            _ kind: String, _ message: String, wire: APIChange.WireImpact, _ wireReason: String,
            source: APIChange.SourceImpact, _ sourceReason: String
        ) {
            changes.append(APIChange(
                kind: kind, subject: after.operationID, message: message, wire: wire, wireReason: wireReason,
                source: source, sourceReason: sourceReason, location: after.origin.location, category: after.category))
        }
        if before.operationID != after.operationID {
            change(
                "operation-renamed", "renamed from `\(before.operationID)`",
                wire: .compatible, "the method, path and body are the same",
                source: .breaking, "its endpoint type and client method have new names")
        }
        if before.method != after.method {
            change(
                "method-changed", "method is now \(after.method.rawValue), was \(before.method.rawValue)",
                wire: .breaking, "old clients send \(before.method.rawValue)",
                source: .compatible, "the Swift call is the same")
        }
        if RouteChecker.shape(of: before.path) != RouteChecker.shape(of: after.path) {
            change(
                "path-changed", "path is now `\(after.path)`, was `\(before.path)`",
                wire: .breaking, "old clients call the old path",
                source: .compatible, "the Swift call is the same")
        }
        if before.body?.wrapper != after.body?.wrapper {
            change(
                "wrapper-changed",
                "body wrapper is now \(Self.quoted(after.body?.wrapper)), was \(Self.quoted(before.body?.wrapper))",
                wire: .breaking, "old clients send the body under the old wrapper",
                source: .compatible, "the wrapper is not visible in Swift")
        }
        if before.execution != after.execution {
            let isNowAsynchronous = after.execution == .asynchronous
            change(
                "execution-changed", "is now \(after.execution.rawValue), was \(before.execution.rawValue)",
                wire: .breaking,
                isNowAsynchronous ? "old clients expect the reply, and get 202 with a job's location"
                    : "old clients expect 202 with a job's location, and get the reply",
                source: isNowAsynchronous ? .additive : .breaking,
                isNowAsynchronous ? "the client method gains a `polling:` argument with a default"
                    : "the client method's `polling:` argument is gone")
        }
        if before.auth != after.auth {
            let isNowRequired = after.auth == .required
            change(
                "auth-changed", isNowRequired ? "now requires authorization" : "no longer requires authorization",
                wire: isNowRequired ? .breaking : .compatible,
                isNowRequired ? "old clients call it without the session" : "the server no longer asks for the session",
                source: .compatible, "the Swift call is the same")
        }
        if let status = after.response?.status, let previous = before.response?.status, status != previous {
            change(
                "status-changed", "replies with status \(status), was \(previous)",
                wire: .breaking, "old clients expect status \(previous)",
                source: .compatible, "the Swift call is the same")
        }
        changes += deprecationChanges(
            before.deprecation, after.deprecation, what: "the endpoint", subject: after.operationID,
            location: after.origin.location, category: after.category)
        if before.since != after.since {
            change(
                "since-changed", "`since` is now \(Self.quoted(after.since)), was \(Self.quoted(before.since))",
                wire: .compatible, "documentation only", source: .compatible, "documentation only")
        }
        let newHistory = after.history.filter { entry in !before.history.contains { $0.version == entry.version } }
        if !newHistory.isEmpty || after.history.count < before.history.count {
            let versions = newHistory.map(\.version).joined(separator: ", ")
            change(
                "history-changed",
                newHistory.isEmpty ? "history entries are removed" : "history gains \(versions)",
                wire: .compatible, "documentation only", source: .compatible, "documentation only")
        }
        changes += inputChanges(before, after)
        changes += fieldListChanges(
            before.response?.fields ?? [], after.response?.fields ?? [],
            context: FieldContext(
                subject: after.operationID, category: after.category, what: "reply field", travels: .reply,
                requiredIsNonOptional: false, anchor: after.origin.location))
        return changes
    }

    /// A deprecation added or lifted. The generated client marks deprecated endpoints `@available(*, deprecated)`,
    /// so that code using them gets a warning (`warns`); a deprecated field is said in its doc comment only.
    func deprecationChanges(
        _ before: Deprecation?, _ after: Deprecation?, what: String, subject: String, location: SourceLocation,
        category: [String], warns: Bool = true
    ) -> [APIChange] {
        switch (before, after) {
        case (nil, .some(let deprecation)):
            let since = deprecation.since.map { " since \($0)" } ?? ""
            return [APIChange(
                kind: "deprecated", subject: subject, message: "\(what) is deprecated\(since)",
                wire: .compatible, wireReason: "it still works", source: warns ? .deprecation : .compatible,
                sourceReason: warns ? "code that uses it gets a deprecation warning" : "its doc comment says so; the compiler does not warn",
                location: location, category: category)]
        case (.some, nil):
            return [APIChange(
                kind: "deprecation-removed", subject: subject, message: "\(what) is no longer deprecated",
                wire: .compatible, wireReason: "it still works", source: .compatible,
                sourceReason: "the deprecation warning goes away", location: location, category: category)]
        default:
            return []
        }
    }

    static func quoted(_ text: String?) -> String {
        text.map { "`\($0)`" } ?? "none"
    }
}
