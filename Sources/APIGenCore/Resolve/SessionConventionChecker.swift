/// Checks what `api.sessions` names against the endpoints and types: each log-in endpoint exists and
/// its reply has a String at the `session-id` path; the log-out endpoint exists, takes the session id
/// in a String input and needs nothing else; the error type has a String `code` to compare with
/// `invalid-session-codes`; and no endpoint's client method takes a session method's name.
struct SessionConventionChecker {
    let model: APIModel
    var diagnostics = DiagnosticCollector()

    /// The client methods the convention adds, which no endpoint's method may be named.
    static let methodNames = ["openSession", "closeSession"]

    init(model: APIModel) { self.model = model }

    mutating func check() {
        guard let sessions = model.settings.sessions else { return }
        let endpoints = Dictionary(model.endpoints.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        for logIn in sessions.logIn {
            guard let endpoint = endpoints[logIn.name] else {
                problem(.unknownEndpoint(logIn.name, keyword: "log-in"), at: logIn.location)
                continue
            }
            if Self.sessionIDField(of: endpoint, sessions: sessions, model: model) == nil {
                problem(.noSessionID(operationID: endpoint.operationID, path: sessions.sessionID.name), at: sessions.sessionID.location)
            }
        }
        if let logOut = sessions.logOut, let parameter = sessions.logOutParameter {
            if let endpoint = endpoints[logOut.name] {
                let inputs = endpoint.inputs
                if inputs.first(where: { $0.name == parameter.name })?.type != .string {
                    problem(.noLogOutParameter(operationID: endpoint.operationID, parameter: parameter.name), at: parameter.location)
                }
                for input in inputs where input.isRequired && input.name != parameter.name {
                    problem(.logOutNeedsMore(operationID: endpoint.operationID, input: input.name), at: logOut.location)
                }
            } else {
                problem(.unknownEndpoint(logOut.name, keyword: "log-out"), at: logOut.location)
            }
        }
        if !sessions.invalidSessionCodes.isEmpty,
            model.type(named: model.settings.errors.type)?.fields.first(where: { $0.name == "code" })?.type != .string
        {
            problem(.errorTypeWithoutCode(model.settings.errors.type), at: sessions.sessionID.location)
        }
        for endpoint in model.endpoints {
            let method = SwiftName.bare(endpoint.operationID, upperFirst: false)
            if Self.methodNames.contains(method) {
                problem(.methodNameTaken(operationID: endpoint.operationID, swiftName: method), at: endpoint.origin.location)
            }
        }
    }

    private mutating func problem(_ problem: DiagnosticMessage.SessionProblem, at location: SourceLocation) {
        diagnostics.append(.sessionConventionNotMet(problem), at: location)
    }

    /// The fields from the log-in reply down to the session id, if the path leads to a String field.
    static func sessionIDField(of endpoint: Endpoint, sessions: APISettings.Sessions, model: APIModel) -> [Field]? {
        var fields = endpoint.response?.fields ?? []
        var path: [Field] = []
        let names = sessions.sessionID.name.split(separator: ".").map(String.init)
        for (index, name) in names.enumerated() {
            guard let field = fields.first(where: { $0.name == name }) else { return nil }
            path.append(field)
            if index == names.count - 1 { return field.type == .string ? path : nil }
            guard case .named(let typeName) = field.type, let type = model.type(named: typeName) else { return nil }
            fields = type.fields
        }
        return nil
    }
}
